// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/link_label.h"

#include "gui/widgets/text.h"

#include <QDesktopServices>
#include <QFontMetrics>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace spasmguide {
namespace {

// The escapes QString::toHtmlEscaped() makes, undone.
QString unescaped(QString text) {
    text.replace(QLatin1String("&lt;"), QLatin1String("<"));
    text.replace(QLatin1String("&gt;"), QLatin1String(">"));
    text.replace(QLatin1String("&quot;"), QLatin1String("\""));
    text.replace(QLatin1String("&#39;"), QLatin1String("'"));
    text.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return text;
}

bool isActivationKey(const QKeyEvent* event) {
    return event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_Space;
}

} // namespace

LinkLabel::LinkLabel(const QString& html, const QString& accessibleName, QWidget* parent) : QWidget(parent) {
    parse(html);
    setProperty("role", QStringLiteral("muted"));
    setAccessibleName(accessibleName);
    setAccessibleDescription(m_plain);
    setSizePolicy(QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::Label));
    if (!m_links.empty()) {
        setFocusPolicy(Qt::StrongFocus);
        setMouseTracking(true); // the pointer becomes a hand over a link
    }
}

void LinkLabel::parse(const QString& html) {
    const QLatin1String open("<a href=\"");
    const QLatin1String close("</a>");
    qsizetype position = 0;
    while (position < html.size()) {
        const qsizetype anchor = html.indexOf(open, position);
        const qsizetype hrefEnd = anchor < 0 ? -1 : html.indexOf(QLatin1String("\">"), anchor + open.size());
        const qsizetype end = hrefEnd < 0 ? -1 : html.indexOf(close, hrefEnd);
        if (end < 0) {
            m_plain += unescaped(html.mid(position));
            break;
        }
        m_plain += unescaped(html.mid(position, anchor - position));
        const QString text = unescaped(html.mid(hrefEnd + 2, end - hrefEnd - 2));
        const QUrl url(unescaped(html.mid(anchor + open.size(), hrefEnd - anchor - open.size())));
        m_links.push_back({static_cast<int>(m_plain.size()), static_cast<int>(text.size()), url});
        m_plain += text;
        position = end + close.size();
    }
}

void LinkLabel::measure() const {
    m_text.setText(m_plain, font());
}

int LinkLabel::heightForWidth(int width) const {
    measure();
    return m_text.height(width);
}

QSize LinkLabel::sizeHint() const {
    measure();
    const int maxWidth = QFontMetrics(font()).averageCharWidth() * 80;
    const int width = std::min(static_cast<int>(std::ceil(m_text.naturalWidth())) + 1, maxWidth);
    return {width, heightForWidth(width)};
}

QSize LinkLabel::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    return {std::min(sizeHint().width(), metrics.averageCharWidth() * 8), metrics.height()};
}

void LinkLabel::paintEvent(QPaintEvent*) {
    measure();
    const int estimate = m_text.height(width());
    QPainter painter(this);
    painter.setPen(palette().color(QPalette::WindowText));
    const QColor linkColor = palette().color(QPalette::Link);
    std::vector<WrappedText::Span> spans;
    for (const Link& link : m_links) {
        spans.push_back({link.start, link.length, linkColor});
    }
    if (m_text.draw(&painter, QPointF(0, 0), width(), Qt::AlignLeft, spans) != estimate) {
        updateGeometry(); // the real layout disagreed with the estimate, and wins
    }
    if (hasFocus() && m_focusedLink >= 0) {
        // The focused link is outlined in the focus colour, as buttons are.
        const Link& link = m_links.at(static_cast<std::size_t>(m_focusedLink));
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Highlight), 2));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF& rect : m_text.rangeRects(link.start, link.length, width(), Qt::AlignLeft)) {
            painter.drawRoundedRect(rect.adjusted(-2, 0, 2, 0), 3, 3);
        }
    }
}

void LinkLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        m_text.invalidate();
        updateGeometry();
    }
    QWidget::changeEvent(event);
}

int LinkLabel::linkAt(const QPoint& position) {
    measure();
    const int character = m_text.positionAt(position, width(), Qt::AlignLeft);
    for (std::size_t i = 0; i < m_links.size(); ++i) {
        if (character >= m_links[i].start && character < m_links[i].start + m_links[i].length) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

void LinkLabel::open(int index) {
    if (index < 0 || index >= linkCount()) {
        return;
    }
    const QUrl url = linkUrl(index);
    Q_EMIT linkActivated(url);
    if (m_openExternalLinks) {
        QDesktopServices::openUrl(url);
    }
}

void LinkLabel::mouseMoveEvent(QMouseEvent* event) {
    if (linkAt(event->position().toPoint()) >= 0) {
        setCursor(Qt::PointingHandCursor);
    } else {
        unsetCursor();
    }
    QWidget::mouseMoveEvent(event);
}

void LinkLabel::mousePressEvent(QMouseEvent* event) {
    m_pressedLink = event->button() == Qt::LeftButton ? linkAt(event->position().toPoint()) : -1;
    QWidget::mousePressEvent(event);
}

void LinkLabel::mouseReleaseEvent(QMouseEvent* event) {
    const int link = event->button() == Qt::LeftButton ? linkAt(event->position().toPoint()) : -1;
    if (link >= 0 && link == m_pressedLink) {
        m_focusedLink = link;
        open(link);
    }
    m_pressedLink = -1;
    QWidget::mouseReleaseEvent(event);
}

bool LinkLabel::event(QEvent* event) {
    // Enter and Space open the focused link, before any shortcut on the screen takes them.
    if (event->type() == QEvent::ShortcutOverride && m_focusedLink >= 0 &&
        isActivationKey(static_cast<QKeyEvent*>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

void LinkLabel::keyPressEvent(QKeyEvent* event) {
    if (m_focusedLink >= 0 && isActivationKey(event)) {
        open(m_focusedLink);
        return;
    }
    QWidget::keyPressEvent(event);
}

void LinkLabel::focusInEvent(QFocusEvent* event) {
    if (event->reason() == Qt::BacktabFocusReason) {
        m_focusedLink = linkCount() - 1;
    } else if (event->reason() != Qt::MouseFocusReason &&
               (m_focusedLink < 0 || event->reason() == Qt::TabFocusReason)) {
        m_focusedLink = 0; // a click focuses the link clicked, if any (see mouseReleaseEvent)
    }
    update();
    QWidget::focusInEvent(event);
}

void LinkLabel::focusOutEvent(QFocusEvent* event) {
    update();
    QWidget::focusOutEvent(event);
}

bool LinkLabel::focusNextPrevChild(bool next) {
    // Tab moves from link to link inside the note before it moves on.
    const int target = m_focusedLink + (next ? 1 : -1);
    if (hasFocus() && target >= 0 && target < linkCount()) {
        m_focusedLink = target;
        update();
        return true;
    }
    return QWidget::focusNextPrevChild(next);
}

} // namespace spasmguide
