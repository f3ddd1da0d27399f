// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QWidget>

class QCheckBox;

namespace spasmguide {

// A warning sign with a large check box, its text and an optional detail line. The text wraps (a plain
// QCheckBox cannot), and clicking anywhere on the row toggles it.
class SignRow final : public QWidget {
    Q_OBJECT

public:
    SignRow(const RedFlag& sign, QWidget* parent = nullptr);

    [[nodiscard]] const QString& signId() const { return m_id; }
    [[nodiscard]] QCheckBox* checkBox() const { return m_check; }
    [[nodiscard]] bool isChecked() const;
    void setChecked(bool checked);

Q_SIGNALS:
    void toggled(const QString& signId, bool checked);

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;

private:
    QString m_id;
    QCheckBox* m_check = nullptr;
};

} // namespace spasmguide
