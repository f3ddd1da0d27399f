// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_widget.h"

#include <QFontMetrics>
#include <QPainter>

namespace spasmguide {

ChartWidget::ChartWidget(const QString& title, QWidget* parent) : QWidget(parent) {
    setAccessibleName(title);
    setFocusPolicy(Qt::TabFocus); // screen-reader users can land on it and hear the summary
    setMinimumHeight(160);
    setPainSeries({});
}

void ChartWidget::setPainSeries(std::vector<PainPoint> points) {
    m_kind = Kind::Pain;
    m_points = std::move(points);
    setAccessibleDescription(describePainOverTime(m_points));
    setToolTip(accessibleDescription());
    update();
}

void ChartWidget::setCounts(std::vector<CountBar> bars) {
    m_kind = Kind::Counts;
    m_bars = std::move(bars);
    setAccessibleDescription(describeCounts(m_bars));
    setToolTip(accessibleDescription());
    updateGeometry();
    update();
}

QSize ChartWidget::sizeHint() const {
    const int line = fontMetrics().height();
    if (m_kind == Kind::Counts) {
        return {480, std::max(160, static_cast<int>(m_bars.size()) * (line + 10))};
    }
    return {640, line * 14};
}

ChartStyle ChartWidget::style() const {
    return {palette().color(QPalette::WindowText), palette().color(QPalette::Mid), palette().color(QPalette::Highlight),
            palette().color(QPalette::Base), font()};
}

void ChartWidget::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    const QRectF area = QRectF(rect()).adjusted(4, 4, -4, -4);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_kind == Kind::Counts) {
        paintCounts(painter, area, m_bars, style());
    } else {
        paintPainOverTime(painter, area, m_points, style());
    }
    if (hasFocus()) {
        painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
        painter.drawRect(rect().adjusted(1, 1, -2, -2));
    }
}

} // namespace spasmguide
