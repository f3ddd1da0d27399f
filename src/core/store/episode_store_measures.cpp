// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The measures' half of EpisodeStore: back checks (Roland-Morris and PGIC) and the day back to usual activities.
#include "core/store/back_check_rows.h"
#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"
#include "core/store/plausible_time.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <sqlite3.h>

namespace spasmguide {

namespace {

// When the episode with that row began (epoch ms).
std::int64_t startedMsOf(Database& db, std::int64_t episodeRow) {
    auto select = db.prepare("SELECT started_ms FROM episodes WHERE id = ?");
    select.bindInt64(1, episodeRow);
    if (!select.step()) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the record's episode does not exist");
    }
    return select.columnInt64(0);
}

// A measure's time must fall within its episode and the clock's plausible range.
void checkTime(Database& db, std::int64_t episodeRow, const Timestamp& at, const Clock& clock, const char* what) {
    if (!isPlausibleTime(at.epochMs, clock.now())) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, std::string(what) + " is before 1970 or more than a day ahead");
    }
    if (at.epochMs < startedMsOf(db, episodeRow)) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, std::string(what) + " is before its episode began");
    }
}

} // namespace

void EpisodeStore::checkBackCheck(const BackCheckRecord& check) {
    if (!check.rmdq && !check.pgic) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, "a back check holds neither the Roland-Morris answers nor a PGIC");
    }
    // Pgic is an enum: a cast can carry any number into it.
    if (check.pgic && !pgicFromValue(pgicValue(*check.pgic))) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, "a PGIC answer is a number from 1 to 7");
    }
    if (!backCheckAskedFromString(toString(check.asked))) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, "a back check's kind is not one the log knows");
    }
}

void EpisodeStore::checkMeasuresWithin(std::int64_t episodeRow, const Episode& episode) {
    if (episode.backToUsual) {
        if (!isPlausibleTime(episode.backToUsual->epochMs, m_clock->now())) {
            throw StoreError(SQLITE_CONSTRAINT_CHECK,
                             "the day back to usual activities is before 1970 or more than a day ahead");
        }
        if (episode.backToUsual->epochMs < episode.startedAt.epochMs) {
            throw StoreError(SQLITE_CONSTRAINT_CHECK, "the episode would start after its day back to usual activities");
        }
    }
    auto first = m_db.prepare("SELECT min(taken_ms) FROM back_checks WHERE episode_id = ?");
    first.bindInt64(1, episodeRow);
    if (first.step() && !first.columnIsNull(0) && first.columnInt64(0) < episode.startedAt.epochMs) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, "the episode would start after its first back check");
    }
}

std::string EpisodeStore::addBackCheck(BackCheckRecord check) {
    if (check.id.empty()) {
        check.id = newUuid();
    }
    checkBackCheck(check);
    Transaction transaction(m_db);
    const auto episodeRow = requireEpisodeRow(check.episodeId);
    checkTime(m_db, episodeRow, check.takenAt, *m_clock, "a back check's time");
    if (!rows::writeBackCheck(m_db, episodeRow, check, nowMs())) {
        throw StoreError(SQLITE_CONSTRAINT_UNIQUE, "a back check with this id is already recorded");
    }
    transaction.commit();
    return check.id;
}

bool EpisodeStore::updateBackCheck(const BackCheckRecord& check) {
    checkBackCheck(check);
    Transaction transaction(m_db);
    auto existing = m_db.prepare("SELECT 1 FROM back_checks WHERE uuid = ?");
    existing.bindText(1, check.id);
    if (!existing.step()) {
        return false;
    }
    const auto episodeRow = requireEpisodeRow(check.episodeId);
    checkTime(m_db, episodeRow, check.takenAt, *m_clock, "a back check's time");
    rows::writeBackCheck(m_db, episodeRow, check, nowMs());
    transaction.commit();
    return true;
}

bool EpisodeStore::deleteBackCheck(const std::string& id) {
    Transaction transaction(m_db);
    rows::rememberDeleted(m_db, "back_checks", id, nowMs());
    m_db.prepare("DELETE FROM back_checks WHERE uuid = ?").bindText(1, id).run();
    const bool found = m_db.changes() > 0;
    transaction.commit();
    return found;
}

std::vector<BackCheckRecord> EpisodeStore::backChecks(const std::string& episodeId) {
    const auto row = rows::episodeRowId(m_db, episodeId);
    return row ? rows::readBackChecks(m_db, {row, std::nullopt}) : std::vector<BackCheckRecord>{};
}

std::optional<BackCheckRecord> EpisodeStore::latestBackCheck(const std::string& episodeId) {
    const auto row = rows::episodeRowId(m_db, episodeId);
    if (!row) {
        return std::nullopt;
    }
    auto select =
        m_db.prepare("SELECT id FROM back_checks WHERE episode_id = ? ORDER BY taken_ms DESC, id DESC LIMIT 1");
    select.bindInt64(1, *row);
    if (!select.step()) {
        return std::nullopt;
    }
    auto found = rows::readBackChecks(m_db, {std::nullopt, select.columnInt64(0)});
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::map<std::string, std::vector<BackCheckRecord>> EpisodeStore::allBackChecks() {
    std::map<std::string, std::vector<BackCheckRecord>> byEpisode;
    for (auto& check : rows::readBackChecks(m_db, {})) {
        byEpisode[check.episodeId].push_back(std::move(check));
    }
    return byEpisode;
}

bool EpisodeStore::setBackToUsual(const std::string& episodeId, const std::optional<Timestamp>& backToUsual) {
    Transaction transaction(m_db);
    const auto row = rows::episodeRowId(m_db, episodeId);
    if (!row) {
        return false;
    }
    if (backToUsual) {
        checkTime(m_db, *row, *backToUsual, *m_clock, "the day back to usual activities");
    }
    auto update =
        m_db.prepare("UPDATE episodes SET back_to_usual_at = ?, back_to_usual_ms = ?, modified_ms = ? WHERE id = ?");
    update.bindOptionalText(1, backToUsual ? std::optional(backToUsual->toIso8601()) : std::nullopt);
    update.bindOptionalInt64(2, backToUsual ? std::optional(backToUsual->epochMs) : std::nullopt);
    update.bindInt64(3, nowMs()).bindInt64(4, *row).run();
    transaction.commit();
    return true;
}

} // namespace spasmguide
