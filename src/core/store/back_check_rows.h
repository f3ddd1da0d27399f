// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/back_check_model.h"

#include <cstdint>
#include <optional>
#include <vector>

namespace spasmguide {

class Database;

// Row-level reads and writes of back checks behind EpisodeStore and the importer. Callers own the transaction.
namespace rows {

// Which back checks a read returns: one episode's (by its row), one by its own row, or every episode's.
struct BackCheckFilter {
    std::optional<std::int64_t> episodeRow;
    std::optional<std::int64_t> row;
};
// Oldest first (by time taken, then by the order they were recorded).
[[nodiscard]] std::vector<BackCheckRecord> readBackChecks(Database& db, const BackCheckFilter& filter);

// Insert, or rewrite the row already holding the record's UUID (under whichever episode it was); `modifiedMs` is
// when it was last changed. Returns true when it was added.
bool writeBackCheck(Database& db, std::int64_t episodeRow, const BackCheckRecord& check, std::int64_t modifiedMs);

} // namespace rows
} // namespace spasmguide
