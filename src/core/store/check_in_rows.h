// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_model.h"
#include "core/store/statement.h"

#include <array>
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

// Writes the check-in's own columns (into `rowId`, or a new row when nullopt) and all its lists; `modifiedMs` is
// when it was last changed (now for an edit here, the file's time for an import).
void writeCheckIn(Database& db, std::int64_t episodeRow, const CheckIn& checkIn, std::optional<std::int64_t> rowId,
                  std::int64_t modifiedMs);
// Writes check-ins with its statements prepared once, for an import that writes many.
class CheckInWriter final {
public:
    explicit CheckInWriter(Database& db);
    // As writeCheckIn; returns the row.
    std::int64_t write(std::int64_t episodeRow, const CheckIn& checkIn, std::optional<std::int64_t> rowId,
                       std::int64_t modifiedMs);

private:
    void insertLists(std::int64_t row, const CheckIn& checkIn);

    Database& m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_area;
    std::array<Statement, 4> m_lists; // triggers, tags, worse, red flags
    Statement m_medication;
    std::array<Statement, 6> m_deletes;
};

// Remembers that the record with `uuid` in `table` (if there is one) was deleted at `deletedMs`, so an import does
// not bring it back unless the file's copy changed after that.
void rememberDeleted(Database& db, const char* table, const std::string& uuid, std::int64_t deletedMs);

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
