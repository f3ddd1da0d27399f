// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"

#include <cstdint>
#include <optional>
#include <string>

namespace spasmguide {

class Database;

// Row-level reads and writes of the tools' records behind EpisodeStore. Callers own the transaction.
namespace rows {

// Which records a read returns: one episode's, or every episode's within [fromMs, toMs) by start or time taken.
struct ActivityFilter {
    std::optional<std::int64_t> episodeRow;
    std::int64_t fromMs = 0;
    std::int64_t toMs = 0;
};
[[nodiscard]] EpisodeActivities readActivities(Database& db, const ActivityFilter& filter);

// Insert, or rewrite the row already holding the record's UUID (under whichever episode it was); `modifiedMs` is
// when it was last changed.
enum class ActivityWrite { Added, Updated };
ActivityWrite writeHeatSession(Database& db, std::int64_t episodeRow, const HeatSession& session,
                               std::int64_t modifiedMs);
ActivityWrite writeBreathingSession(Database& db, std::int64_t episodeRow, const BreathingSession& session,
                                    std::int64_t modifiedMs);
ActivityWrite writeMedication(Database& db, std::int64_t episodeRow, const MedicationEntry& entry,
                              std::int64_t modifiedMs);

} // namespace rows
} // namespace spasmguide
