// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/widgets/wrapped_text.h"

#include <QLabel>
#include <QString>
#include <string>

class QWidget;

namespace spasmguide {

// A word-wrapping plain-text label that shapes its text once and remembers its height for each width (see
// WrappedText). It stays a QLabel for accessibility, buddies and alignment; only measuring and painting are its own.
class WrapLabel final : public QLabel {
    Q_OBJECT

public:
    using QLabel::QLabel;
    ~WrapLabel() override;

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void measure() const; // again only when the text or font changed
    [[nodiscard]] QSize margins() const;

    mutable WrappedText m_text;
};

[[nodiscard]] inline QString qstr(const std::string& text) {
    return QString::fromStdString(text);
}

// A word-wrapped, plain-text label: content is never interpreted as HTML.
QLabel* makeTextLabel(const QString& text, QWidget* parent = nullptr);
// A heading `scale` times the base font size, bold; marked as a heading for screen readers.
QLabel* makeHeading(const QString& text, double scale, QWidget* parent = nullptr);
// Muted text for notes and small print: the body size, so it stays easy to read (still AA contrast).
QLabel* makeNote(const QString& text, QWidget* parent = nullptr);

// Relative font sizes keep text scaling with the system font and the text-size setting.
void scaleFont(QWidget* widget, double scale, bool bold = false);
// After the application font changed (Settings → Text size): every widget sized by scaleFont() follows.
void rescaleFonts(QWidget* root);

} // namespace spasmguide
