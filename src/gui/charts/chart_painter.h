// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <cstdint>
#include <vector>

class QPainter;

namespace spasmguide {

struct PainPoint {
    std::int64_t epochMs = 0;
    int pain = 0;            // 0-10
    bool startsLine = false; // not joined to the point before (a new episode, in the report's chart)
};

struct CountBar {
    QString label;
    int count = 0;
};

// Colours and font for a chart, so the screen and a printed report can share the painting code.
struct ChartStyle {
    QColor text;
    QColor grid;
    QColor line;
    QColor background;
    QFont font;
};

// Pain (0-10) over time: grid, a line with a marker and the value at each check-in.
void paintPainOverTime(QPainter& painter, const QRectF& area, const std::vector<PainPoint>& points,
                       const ChartStyle& style);

// Horizontal bars, each labelled with its name and count (the length is never the only cue).
void paintCounts(QPainter& painter, const QRectF& area, const std::vector<CountBar>& bars, const ChartStyle& style);

// What the charts show, in words, for screen readers and for the report's text.
[[nodiscard]] QString describePainOverTime(const std::vector<PainPoint>& points);
[[nodiscard]] QString describeCounts(const std::vector<CountBar>& bars);

} // namespace spasmguide
