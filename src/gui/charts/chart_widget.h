// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/charts/chart_painter.h"

#include <QWidget>

namespace spasmguide {

// Shows one chart drawn by chart_painter; screen readers get the same content as a sentence.
class ChartWidget final : public QWidget {
    Q_OBJECT

public:
    explicit ChartWidget(const QString& title, QWidget* parent = nullptr);

    void setPainSeries(std::vector<PainPoint> points);
    void setCounts(std::vector<CountBar> bars);
    [[nodiscard]] QString summary() const { return accessibleDescription(); }

    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    [[nodiscard]] ChartStyle style() const;

    enum class Kind { Pain, Counts } m_kind = Kind::Pain;
    std::vector<PainPoint> m_points;
    std::vector<CountBar> m_bars;
};

} // namespace spasmguide
