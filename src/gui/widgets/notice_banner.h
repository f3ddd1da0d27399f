// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QString>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace spasmguide {

// A strip across the top of the window that says something in words, with the buttons that act on it: the
// content's problems, an old log that was set aside, a log that could not be opened. Drawn as a caution (an
// icon-free band with a border, plus the words: never colour alone), see AppStyle.
class NoticeBanner final : public QFrame {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoticeBanner)

public:
    // `name` is the object name the tests and the style find it by; `accessibleName` what a screen reader calls it.
    NoticeBanner(const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    void setText(const QString& text);
    [[nodiscard]] QString text() const;
    // A button at the end of the strip; `accessibleName` says what it acts on, since the text alone may not.
    QPushButton* addButton(const QString& name, const QString& text, const QString& accessibleName);

private:
    QLabel* m_text = nullptr;
    QHBoxLayout* m_row = nullptr;
};

} // namespace spasmguide
