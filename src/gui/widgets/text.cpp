// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/text.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace spasmguide {

void scaleFont(QWidget* widget, double scale, bool bold) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
    // Remembered, so rescaleFonts() can follow a new text size without rebuilding the screen.
    widget->setProperty("fontScale", scale);
}

void rescaleFonts(QWidget* root) {
    const auto apply = [](QWidget* widget) {
        const QVariant scale = widget->property("fontScale");
        if (scale.isValid()) {
            QFont font = QApplication::font(widget);
            font.setPointSizeF(font.pointSizeF() * scale.toDouble());
            font.setBold(widget->font().bold());
            widget->setFont(font);
        }
    };
    apply(root);
    for (auto* child : root->findChildren<QWidget*>()) {
        apply(child);
    }
}

WrapLabel::~WrapLabel() = default;

void WrapLabel::measure() const {
    m_text.setText(text(), font());
}

QSize WrapLabel::margins() const {
    const QMargins m = contentsMargins();
    return {m.left() + m.right() + 2 * margin(), m.top() + m.bottom() + 2 * margin()};
}

int WrapLabel::heightForWidth(int width) const {
    measure();
    return m_text.height(width - margins().width()) + margins().height();
}

QSize WrapLabel::sizeHint() const {
    measure();
    // Prefer one line, up to a comfortable reading width; layouts give less and ask for the height.
    const int maxWidth = QFontMetrics(font()).averageCharWidth() * 80;
    const int width = std::min(static_cast<int>(std::ceil(m_text.naturalWidth())) + 1, maxWidth) + margins().width();
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    const int width = std::min(sizeHint().width(), metrics.averageCharWidth() * 8 + margins().width());
    return {width, metrics.height() + margins().height()};
}

void WrapLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_text.invalidate(); // measure again
    }
    QLabel::changeEvent(event);
}

void WrapLabel::paintEvent(QPaintEvent*) {
    measure();
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    const int estimate = m_text.height(area.width());
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    // QLabel centres vertically by default; keep its alignment rules.
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter) {
        top += std::max(0, (area.height() - estimate) / 2);
    } else if (alignment() & Qt::AlignBottom) {
        top += std::max(0, area.height() - estimate);
    }
    if (m_text.draw(&painter, QPointF(area.left(), top), area.width(), alignment()) != estimate) {
        updateGeometry(); // the real layout disagreed with the estimate, and wins
    }
}

QLabel* makeTextLabel(const QString& text, QWidget* parent) {
    auto* label = new WrapLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(
        Qt::NoTextInteraction); // selectable labels each build a text document: slow start-up
    return label;
}

QLabel* makeHeading(const QString& text, double scale, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    scaleFont(label, scale, true);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    label->setProperty("role", QStringLiteral("muted"));
    return label;
}

} // namespace spasmguide
