// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/breath_circle.h"

#include <QPainter>
#include <algorithm>

namespace spasmguide {

BreathCircle::BreathCircle(QWidget* parent) : QWidget(parent) {
    setMinimumSize(160, 160);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
}

void BreathCircle::setProgress(double progress) {
    m_progress = std::clamp(progress, 0.0, 1.0);
    update();
}

void BreathCircle::paintEvent(QPaintEvent*) {
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const double side = std::min(width(), height()) - 8.0;
    const QPointF centre = QRectF(rect()).center();
    const QColor accent = palette().color(QPalette::Highlight);
    // The outline shows the full breath, so the filling circle has something to grow towards.
    painter.setPen(QPen(palette().color(QPalette::WindowText), 2));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, side / 2, side / 2);
    const double radius = side / 2 * (0.25 + 0.75 * m_progress);
    painter.setPen(Qt::NoPen);
    painter.setBrush(accent);
    painter.drawEllipse(centre, radius, radius);
}

} // namespace spasmguide
