// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/episode_model.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace spasmguide {

class Database;
class Statement;

// Row-level reads and writes behind EpisodeStore. Callers own the transaction.
namespace rows {

[[nodiscard]] std::optional<std::int64_t> episodeRowId(Database& db, const std::string& uuid);
[[nodiscard]] std::optional<std::int64_t> checkInRowId(Database& db, const std::string& uuid);

// Writes the check-in's own columns (into `rowId`, or a new row when nullopt) and all its lists.
void writeCheckIn(Database& db, std::int64_t episodeRow, const CheckIn& checkIn, std::optional<std::int64_t> rowId);

enum class CheckInFilter { ByEpisodeRow, ByCheckInRow };
// Check-ins ordered by time, lists included: seven queries however many check-ins match.
[[nodiscard]] std::vector<CheckIn> readCheckIns(Database& db, CheckInFilter filter, std::int64_t key);

// Parses a stored ISO 8601 text; a malformed one means the file was edited or damaged.
[[nodiscard]] Timestamp parseStoredTime(std::string_view text);

// Fills a check-in's own columns from a row whose columns 3 to 10 are, in order: at, pain, heat_product,
// heat_minutes, movement, breathing, note, new_red_flag (every query that reads check-ins selects them so).
// Texts are assigned into the strings already there, so a reused CheckIn costs no allocation.
void readCheckInColumns(Statement& row, CheckIn& checkIn);

} // namespace rows
} // namespace spasmguide
