// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_painter.h"

#include "gui/log/local_time.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QStringList>
#include <algorithm>

namespace spasmguide {

void paintPainOverTime(QPainter& painter, const QRectF& area, const std::vector<PainPoint>& points,
                       const ChartStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const QFontMetricsF metrics(style.font);
    const qreal left = area.left() + metrics.horizontalAdvance(QStringLiteral("10")) + 10;
    const qreal bottom = area.bottom() - metrics.height() - 6;
    const QRectF plot(QPointF(left, area.top() + metrics.height() / 2), QPointF(area.right() - 10, bottom));

    // Grid and the 0-10 scale.
    for (int level = 0; level <= 10; level += 2) {
        const qreal y = plot.bottom() - plot.height() * level / 10.0;
        painter.setPen(QPen(style.grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(style.text);
        painter.drawText(QRectF(area.left(), y - metrics.height() / 2, left - area.left() - 6, metrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(level));
    }
    if (points.empty()) {
        painter.drawText(plot, Qt::AlignCenter, QCoreApplication::translate("Charts", "No check-ins yet"));
        painter.restore();
        return;
    }

    const auto [first, last] = std::minmax_element(
        points.begin(), points.end(), [](const PainPoint& a, const PainPoint& b) { return a.epochMs < b.epochMs; });
    const double span = std::max<double>(1.0, static_cast<double>(last->epochMs - first->epochMs));
    auto position = [&](const PainPoint& p) {
        const double x = points.size() == 1 ? 0.5 : static_cast<double>(p.epochMs - first->epochMs) / span;
        return QPointF(plot.left() + plot.width() * x, plot.bottom() - plot.height() * p.pain / 10.0);
    };

    std::vector<PainPoint> sorted(points);
    std::sort(sorted.begin(), sorted.end(),
              [](const PainPoint& a, const PainPoint& b) { return a.epochMs < b.epochMs; });
    QPainterPath path(position(sorted.front()));
    for (const auto& p : sorted) {
        if (p.startsLine) {
            path.moveTo(position(p));
        } else {
            path.lineTo(position(p));
        }
    }
    painter.setPen(QPen(style.line, 3));
    painter.drawPath(path);
    const bool labelled = sorted.size() <= 24; // numbers on every marker while they stay readable
    for (const auto& p : sorted) {
        const QPointF at = position(p);
        painter.setPen(QPen(style.line, 2));
        painter.setBrush(style.background);
        painter.drawEllipse(at, 5, 5);
        if (labelled) {
            painter.setPen(style.text);
            painter.drawText(QRectF(at.x() - 20, at.y() - metrics.height() - 6, 40, metrics.height()), Qt::AlignCenter,
                             QString::number(p.pain));
        }
    }
    painter.setPen(style.text);
    const QRectF axis(plot.left(), bottom + 4, plot.width(), metrics.height());
    painter.drawText(axis, Qt::AlignLeft | Qt::AlignVCenter, shortDateTime(first->epochMs));
    if (last->epochMs != first->epochMs) {
        painter.drawText(axis, Qt::AlignRight | Qt::AlignVCenter, shortDateTime(last->epochMs));
    }
    painter.restore();
}

void paintCounts(QPainter& painter, const QRectF& area, const std::vector<CountBar>& bars, const ChartStyle& style) {
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(style.font);
    const QFontMetricsF metrics(style.font);
    if (bars.empty()) {
        painter.setPen(style.text);
        painter.drawText(area, Qt::AlignCenter, QCoreApplication::translate("Charts", "Nothing recorded yet"));
        painter.restore();
        return;
    }
    qreal labelWidth = 0;
    int most = 1;
    for (const auto& bar : bars) {
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.label));
        most = std::max(most, bar.count);
    }
    labelWidth = std::min(labelWidth + 12, area.width() * 0.45);
    // Rows share the height, but a lone bar stays a bar, not a block.
    const qreal rowHeight =
        std::clamp(area.height() / static_cast<qreal>(bars.size()), metrics.height() + 8, metrics.height() * 2.2);
    const qreal countWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 8;
    qreal y = area.top();
    for (const auto& bar : bars) {
        painter.setPen(style.text);
        const QString label = metrics.elidedText(bar.label, Qt::ElideRight, labelWidth - 12);
        painter.drawText(QRectF(area.left(), y, labelWidth - 12, rowHeight), Qt::AlignRight | Qt::AlignVCenter, label);
        const qreal barWidth = (area.width() - labelWidth - countWidth) * bar.count / most;
        const QRectF barRect(area.left() + labelWidth, y + rowHeight * 0.2, barWidth, rowHeight * 0.6);
        painter.fillRect(barRect, style.line);
        painter.drawText(QRectF(barRect.right() + 6, y, countWidth, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         QString::number(bar.count));
        y += rowHeight;
    }
    painter.restore();
}

QString describePainOverTime(const std::vector<PainPoint>& points) {
    if (points.empty()) {
        return QCoreApplication::translate("Charts", "Pain over time: no check-ins yet.");
    }
    std::vector<PainPoint> sorted(points);
    std::sort(sorted.begin(), sorted.end(),
              [](const PainPoint& a, const PainPoint& b) { return a.epochMs < b.epochMs; });
    const auto peak = std::max_element(sorted.begin(), sorted.end(),
                                       [](const PainPoint& a, const PainPoint& b) { return a.pain < b.pain; });
    return QCoreApplication::translate("Charts",
                                       "Pain over time: %n check-in(s) from %1 to %2. First %3, peak %4 on %5, "
                                       "latest %6 out of 10.",
                                       nullptr, static_cast<int>(sorted.size()))
        .arg(shortDateTime(sorted.front().epochMs), shortDateTime(sorted.back().epochMs))
        .arg(sorted.front().pain)
        .arg(peak->pain)
        .arg(shortDateTime(peak->epochMs))
        .arg(sorted.back().pain);
}

QString describeCounts(const std::vector<CountBar>& bars) {
    if (bars.empty()) {
        return QCoreApplication::translate("Charts", "Nothing recorded yet.");
    }
    QStringList parts;
    for (const auto& bar : bars) {
        parts << QStringLiteral("%1: %2").arg(bar.label).arg(bar.count);
    }
    return parts.join(QStringLiteral("; ")) + QLatin1Char('.');
}

} // namespace spasmguide
