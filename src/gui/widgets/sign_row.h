// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "gui/widgets/wrapped_text.h"

#include <QCheckBox>

namespace spasmguide {

// A warning sign: a large check box, its text and an optional detail line, all one check box that paints its
// own wrapped text (a plain QCheckBox cannot wrap). The whole row is the click target, Space toggles it, and
// screen readers hear the sign as the check box's name and the detail as its description. One widget instead
// of a row of four keeps the first screen quick to show.
class SignRow final : public QCheckBox {
    Q_OBJECT

public:
    explicit SignRow(const RedFlag& sign, QWidget* parent = nullptr);

    [[nodiscard]] const QString& signId() const { return m_id; }
    // Where the text starts: the check box and the gap after it.
    [[nodiscard]] static int textIndent();

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    [[nodiscard]] bool hitButton(const QPoint& position) const override;

private:
    struct Geometry {
        int firstRow = 0; // the check box and the sign's text, side by side
        int textTop = 0;
        int detailTop = 0;
        int total = 0;
    };
    void measure() const; // again only after a font change
    [[nodiscard]] Geometry geometryFor(int width) const;
    [[nodiscard]] int textWidth(int width) const;

    QString m_id;
    QString m_signText;
    QString m_detail;
    mutable WrappedText m_text;
    mutable WrappedText m_detailText;
    mutable bool m_measured = false;
};

} // namespace spasmguide
