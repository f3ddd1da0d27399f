// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/pattern_result.h"

#include <cstdint>
#include <string>
#include <vector>

namespace spasmguide {

class Database;

// Row-level reads and writes of pattern-finder results behind EpisodeStore. Callers own the transaction.
namespace rows {

void insertPatternResult(Database& db, std::int64_t episodeRow, const SavedPatternResult& result,
                         std::int64_t modifiedMs);
// One episode's results, oldest first; each gets `episodeId`.
[[nodiscard]] std::vector<SavedPatternResult> patternResultsOf(Database& db, std::int64_t episodeRow,
                                                               const std::string& episodeId);

} // namespace rows
} // namespace spasmguide
