// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QVBoxLayout;

namespace spasmguide {

// A boxed notice that reads as what it is without colour: an icon and a kind word ("Safety", ...)
// lead the text, and screen readers hear the kind first.
class Callout final : public QFrame {
    Q_OBJECT

public:
    enum class Kind { Safety, Warning, Info, Disclaimer, Evidence, Urgent };

    Callout(Kind kind, const QString& title, const QString& text, QWidget* parent = nullptr);

    // Adds a note under the text, set apart from it (a research note beside the author's words); none when empty.
    void setNote(const QString& text);
    // Adds a "Sources:" line; `html` must already be escaped (see sourcesHtml()).
    void setSourcesHtml(const QString& html);
    // Inserts into the text column (0 is above the heading).
    void insertWidget(int index, QWidget* widget);

    [[nodiscard]] static QString kindName(Kind kind);

private:
    QVBoxLayout* m_column = nullptr;
};

} // namespace spasmguide
