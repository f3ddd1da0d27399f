// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/widgets/wrapped_text.h"

#include <QUrl>
#include <QWidget>
#include <vector>

namespace spasmguide {

// A muted, word-wrapped note in which some words are links (sources), opened in the web browser when clicked.
// Tab reaches each link in turn and Enter or Space opens it; the link with keyboard focus is outlined. It is
// painted like WrapLabel (WrappedText): a QLabel with rich text builds a text document and lays it out a dozen
// times before it is first shown, about a millisecond for the one note on the first screen.
class LinkLabel final : public QWidget {
    Q_OBJECT

public:
    // `html` is escaped text with <a href="...">...</a> links, as the screens build it; `accessibleName`
    // says what the note is ("Sources").
    LinkLabel(const QString& html, const QString& accessibleName, QWidget* parent = nullptr);

    [[nodiscard]] const QString& text() const { return m_text.text(); }
    [[nodiscard]] int linkCount() const { return static_cast<int>(m_links.size()); }
    [[nodiscard]] QUrl linkUrl(int index) const { return m_links.at(static_cast<std::size_t>(index)).url; }
    // On by default; off, a link only emits linkActivated().
    void setOpenExternalLinks(bool open) { m_openExternalLinks = open; }

    [[nodiscard]] bool hasHeightForWidth() const override { return true; }
    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void linkActivated(const QUrl& url);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    struct Link {
        int start = 0;
        int length = 0;
        QUrl url;
    };

    void parse(const QString& html);
    void measure() const; // again only after a font change
    [[nodiscard]] int linkAt(const QPoint& position);
    void open(int index);

    QString m_plain;
    std::vector<Link> m_links;
    mutable WrappedText m_text;
    int m_focusedLink = -1;
    int m_pressedLink = -1;
    bool m_openExternalLinks = true;
};

} // namespace spasmguide
