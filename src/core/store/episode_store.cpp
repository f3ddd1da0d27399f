// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/episode_store.h"

#include "core/store/check_in_rows.h"
#include "core/store/data_files.h"
#include "core/store/episode_rows.h"
#include "core/store/migrations.h"
#include "core/store/store_opener.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"
#include "core/time/clock.h"

#include <algorithm>
#include <iterator>

namespace spasmguide {

namespace {
constexpr const char* kEpisodeColumns = "e.id, e.uuid, e.started_at, e.ended_at, e.note, e.back_to_usual_at";
} // namespace

OpenResult EpisodeStore::open(const std::filesystem::path& dataDir, const Clock& clock, OpenOptions options) {
    return openEpisodeStore(dataDir, clock, schemaMigrations(), options);
}

std::filesystem::path EpisodeStore::databasePath(const std::filesystem::path& dataDir) {
    return data_files::databasePath(dataDir);
}

std::vector<std::filesystem::path> EpisodeStore::dataFiles(const std::filesystem::path& dataDir) {
    return data_files::allDataFiles(dataDir);
}

EpisodeStore::EpisodeStore(Database db, const Clock& clock, std::filesystem::path path)
    : m_db(std::move(db)), m_clock(&clock), m_path(std::move(path)) {}

Episode EpisodeStore::readEpisode(Statement& row, int firstColumn) {
    Episode episode;
    episode.id = row.columnText(firstColumn + 1);
    episode.startedAt = rows::parseStoredTime(row.columnText(firstColumn + 2));
    if (const auto ended = row.columnOptionalText(firstColumn + 3)) {
        episode.endedAt = rows::parseStoredTime(*ended);
    }
    episode.note = row.columnText(firstColumn + 4);
    if (const auto back = row.columnOptionalText(firstColumn + 5)) {
        episode.backToUsual = rows::parseStoredTime(*back);
    }
    episode.triageTicked = triageOf(row.columnInt64(firstColumn));
    return episode;
}

std::vector<std::string> EpisodeStore::triageOf(std::int64_t episodeRow) {
    std::vector<std::string> ticked;
    auto statement = m_db.prepare("SELECT sign_id FROM episode_triage WHERE episode_id = ? ORDER BY position");
    statement.bindInt64(1, episodeRow);
    while (statement.step()) {
        ticked.push_back(statement.columnText(0));
    }
    return ticked;
}

std::string EpisodeStore::startEpisode(Episode episode) {
    if (episode.id.empty()) {
        episode.id = newUuid();
    }
    Transaction transaction(m_db);
    insertEpisode(episode, nowMs());
    transaction.commit();
    return episode.id;
}

std::int64_t EpisodeStore::nowMs() const {
    return Timestamp::fromTimePoint(m_clock->now(), 0).epochMs;
}

std::int64_t EpisodeStore::insertEpisode(const Episode& episode, std::int64_t modifiedMs) {
    return rows::EpisodeWriter(m_db).insert(episode, modifiedMs);
}

bool EpisodeStore::endEpisode(const std::string& id, const Timestamp& endedAt) {
    Transaction transaction(m_db);
    auto update = m_db.prepare("UPDATE episodes SET ended_at = ?, ended_ms = ?, modified_ms = ? WHERE uuid = ?");
    update.bindText(1, endedAt.toIso8601()).bindInt64(2, endedAt.epochMs).bindInt64(3, nowMs()).bindText(4, id).run();
    const bool found = m_db.changes() > 0;
    transaction.commit();
    return found;
}

bool EpisodeStore::updateEpisode(const Episode& episode) {
    Transaction transaction(m_db);
    const auto row = rows::episodeRowId(m_db, episode.id);
    if (!row) {
        return false;
    }
    checkMeasuresWithin(*row, episode);
    rewriteEpisode(*row, episode, nowMs());
    transaction.commit();
    return true;
}

void EpisodeStore::rewriteEpisode(std::int64_t row, const Episode& episode, std::int64_t modifiedMs) {
    rows::EpisodeWriter(m_db).rewrite(row, episode, modifiedMs);
}

bool EpisodeStore::deleteEpisode(const std::string& id) {
    Transaction transaction(m_db);
    // Everything that goes with the episode is remembered as deleted, so an import does not bring it back.
    for (const char* table :
         {"check_ins", "heat_sessions", "breathing_sessions", "medication_entries", "back_checks"}) {
        m_db.prepare(std::string("INSERT OR REPLACE INTO deleted_records (uuid, deleted_ms) SELECT t.uuid, ?1 FROM ") +
                     table + " t JOIN episodes e ON e.id = t.episode_id WHERE e.uuid = ?2")
            .bindInt64(1, nowMs())
            .bindText(2, id)
            .run();
    }
    rows::rememberDeleted(m_db, "episodes", id, nowMs());
    m_db.prepare("DELETE FROM episodes WHERE uuid = ?").bindText(1, id).run();
    const bool found = m_db.changes() > 0;
    transaction.commit();
    return found;
}

std::optional<Episode> EpisodeStore::episode(const std::string& id) {
    auto statement = m_db.prepare(std::string("SELECT ") + kEpisodeColumns + " FROM episodes e WHERE e.uuid = ?");
    statement.bindText(1, id);
    return statement.step() ? std::optional(readEpisode(statement, 0)) : std::nullopt;
}

std::optional<Episode> EpisodeStore::currentEpisode() {
    auto statement = m_db.prepare(std::string("SELECT ") + kEpisodeColumns +
                                  " FROM episodes e WHERE e.ended_ms IS NULL ORDER BY e.started_ms DESC, e.id DESC "
                                  "LIMIT 1");
    return statement.step() ? std::optional(readEpisode(statement, 0)) : std::nullopt;
}

std::int64_t EpisodeStore::episodeCount() {
    return m_db.queryInt64("SELECT count(*) FROM episodes");
}

std::int64_t EpisodeStore::checkInCount() {
    return m_db.queryInt64("SELECT count(*) FROM check_ins");
}

std::vector<EpisodeSummary> EpisodeStore::listEpisodes(std::int64_t offset, std::int64_t limit) {
    // Each subquery reads only the episode's slice of the covering index check_ins_by_episode.
    auto statement = m_db.prepare(std::string("SELECT ") + kEpisodeColumns +
                                  ", e.started_ms, e.ended_ms,"
                                  " (SELECT count(*) FROM check_ins c WHERE c.episode_id = e.id),"
                                  " (SELECT max(c.pain) FROM check_ins c WHERE c.episode_id = e.id),"
                                  " (SELECT c.pain FROM check_ins c WHERE c.episode_id = e.id AND c.pain IS NOT NULL"
                                  "  ORDER BY c.at_ms DESC, c.id DESC LIMIT 1)"
                                  " FROM episodes e ORDER BY e.started_ms DESC, e.id DESC LIMIT ? OFFSET ?");
    statement.bindInt64(1, std::max<std::int64_t>(limit, 0)).bindInt64(2, std::max<std::int64_t>(offset, 0));
    const auto nowMs = Timestamp::fromTimePoint(m_clock->now(), 0).epochMs;
    std::vector<EpisodeSummary> page;
    while (statement.step()) {
        EpisodeSummary summary;
        summary.episode = readEpisode(statement, 0);
        const auto startedMs = statement.columnInt64(6);
        const auto endMs = statement.columnOptionalInt64(7).value_or(nowMs);
        summary.duration = std::chrono::milliseconds(std::max<std::int64_t>(endMs - startedMs, 0));
        summary.checkInCount = statement.columnInt(8);
        if (!statement.columnIsNull(9)) { // max() is NULL without a rated check-in
            summary.peakPain = statement.columnInt(9);
            summary.latestPain = statement.columnInt(10);
        }
        page.push_back(std::move(summary));
    }
    return page;
}

std::vector<std::filesystem::path> EpisodeStore::deleteAllData() {
    if (m_path.empty()) {
        m_db.close();
        return {};
    }
    const auto dataDir = m_path.parent_path();
    const auto before = data_files::allDataFiles(dataDir);
    // Closing the last connection removes the -wal and -shm files itself; they count as removed too.
    m_db.close();
    data_files::removeAll(dataDir);
    std::vector<std::filesystem::path> removed;
    std::error_code ec;
    std::copy_if(before.begin(), before.end(), std::back_inserter(removed),
                 [&](const std::filesystem::path& file) { return !std::filesystem::exists(file, ec); });
    return removed;
}

} // namespace spasmguide
