// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QBoxLayout;
class QHBoxLayout;
class QScrollArea;
class QVBoxLayout;

namespace spasmguide {

// The frame every screen shares: a scrolling body (text reflows and scrolls at 200% size) and a
// fixed footer for navigation buttons, so Back/Next never scroll out of reach.
class ScreenPage : public QWidget {
    Q_OBJECT

public:
    explicit ScreenPage(const QString& screenId, QWidget* parent = nullptr);

    [[nodiscard]] QString screenId() const { return m_screenId; }
    // How far the body is scrolled, so a screen rebuilt from edited content keeps the reader's place.
    [[nodiscard]] int scrollPosition() const;
    void setScrollPosition(int position);
    // A button for the footer, after its first one (Back): tools such as "Read aloud".
    void addFooterButton(QWidget* button);

protected:
    [[nodiscard]] QVBoxLayout* body() const { return m_body; }
    [[nodiscard]] QHBoxLayout* footer() const { return m_footer; }
    // Removes and deletes everything in the body, for screens rebuilt from new content.
    void clearBody();

private:
    QString m_screenId;
    QScrollArea* m_scroll = nullptr;
    QVBoxLayout* m_body = nullptr;
    QHBoxLayout* m_footer = nullptr;
};

} // namespace spasmguide
