// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/insights.h"

#include <QCoreApplication>
#include <QStringList>

namespace spasmguide {

// The insights in plain sentences with their numbers, in the order a person would ask: how often, how long, how
// bad, what recurs, what was followed by less pain. Honest about little data.
class InsightsText final {
    Q_DECLARE_TR_FUNCTIONS(InsightsText)

public:
    [[nodiscard]] static QStringList sentences(const Insights& insights);
    // "36 hours", "about 3 days": episode lengths read best in the larger unit once past two days.
    [[nodiscard]] static QString duration(double hours);
};

} // namespace spasmguide
