// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/back_check_rows.h"

#include "core/store/check_in_rows.h"
#include "core/store/database.h"
#include "core/store/store_error.h"

#include <array>
#include <sqlite3.h>

namespace spasmguide {

namespace {
constexpr std::array<std::string_view, 3> kAskedNames{"baseline", "weekly", "episode-ended"};
} // namespace

std::string_view toString(BackCheckAsked asked) {
    return kAskedNames.at(static_cast<std::size_t>(asked));
}

std::optional<BackCheckAsked> backCheckAskedFromString(std::string_view text) {
    for (std::size_t i = 0; i < kAskedNames.size(); ++i) {
        if (kAskedNames[i] == text) {
            return static_cast<BackCheckAsked>(i);
        }
    }
    return std::nullopt;
}

namespace rows {

std::vector<BackCheckRecord> readBackChecks(Database& db, const BackCheckFilter& filter) {
    std::string sql = "SELECT b.uuid, e.uuid, b.taken_at, b.asked, b.rmdq_answers, b.pgic FROM back_checks b "
                      "JOIN episodes e ON e.id = b.episode_id";
    if (filter.row) {
        sql += " WHERE b.id = ?1";
    } else if (filter.episodeRow) {
        sql += " WHERE b.episode_id = ?1";
    }
    auto statement = db.prepare(sql + " ORDER BY b.episode_id, b.taken_ms, b.id");
    if (filter.row || filter.episodeRow) {
        statement.bindInt64(1, filter.row ? *filter.row : *filter.episodeRow);
    }
    std::vector<BackCheckRecord> found;
    while (statement.step()) {
        BackCheckRecord& check = found.emplace_back();
        check.id = statement.columnText(0);
        check.episodeId = statement.columnText(1);
        check.takenAt = parseStoredTime(statement.columnView(2));
        const auto asked = backCheckAskedFromString(statement.columnView(3));
        // The table's CHECKs keep these right; a file edited behind SQLite's back is damaged.
        if (!asked) {
            throw StoreError(SQLITE_CORRUPT, "a back check's kind is not one the log knows");
        }
        check.asked = *asked;
        if (!statement.columnIsNull(4)) {
            check.rmdq = answersFromText(statement.columnView(4));
            if (!check.rmdq) {
                throw StoreError(SQLITE_CORRUPT, "a back check's Roland-Morris answers are malformed");
            }
        }
        if (!statement.columnIsNull(5)) {
            check.pgic = pgicFromValue(statement.columnInt64(5));
            if (!check.pgic) {
                throw StoreError(SQLITE_CORRUPT, "a back check's PGIC is outside 1 to 7");
            }
        }
    }
    return found;
}

bool writeBackCheck(Database& db, std::int64_t episodeRow, const BackCheckRecord& check, std::int64_t modifiedMs) {
    auto existing = db.prepare("SELECT id FROM back_checks WHERE uuid = ?");
    existing.bindText(1, check.id);
    const auto row = existing.step() ? std::optional(existing.columnInt64(0)) : std::nullopt;
    auto statement = db.prepare(
        row ? "UPDATE back_checks SET uuid = ?1, episode_id = ?2, taken_at = ?3, taken_ms = ?4, asked = ?5, "
              "rmdq_answers = ?6, pgic = ?7, modified_ms = ?8 WHERE id = ?9"
            : "INSERT INTO back_checks (uuid, episode_id, taken_at, taken_ms, asked, rmdq_answers, pgic, modified_ms) "
              "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)");
    statement.bindText(1, check.id).bindInt64(2, episodeRow);
    statement.bindText(3, check.takenAt.toIso8601()).bindInt64(4, check.takenAt.epochMs);
    statement.bindText(5, toString(check.asked));
    if (check.rmdq) {
        statement.bindText(6, toAnswerText(*check.rmdq));
    } else {
        statement.bindNull(6);
    }
    if (check.pgic) {
        statement.bindInt64(7, pgicValue(*check.pgic));
    } else {
        statement.bindNull(7);
    }
    statement.bindInt64(8, modifiedMs);
    if (row) {
        statement.bindInt64(9, *row);
    }
    statement.run();
    return !row;
}

} // namespace rows
} // namespace spasmguide
