// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tools' half of EpisodeStore: heat and breathing sessions and medicines taken, recorded into an episode.
#include "core/store/activity_rows.h"
#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"

#include <sqlite3.h>

namespace spasmguide {

namespace {

std::int64_t epochMs(std::chrono::system_clock::time_point moment) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(moment.time_since_epoch()).count();
}

} // namespace

std::int64_t EpisodeStore::requireEpisodeRow(const std::string& episodeId) {
    const auto row = rows::episodeRowId(m_db, episodeId);
    if (!row) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the record's episode does not exist");
    }
    return *row;
}

std::string EpisodeStore::addHeatSession(HeatSession session) {
    if (session.id.empty()) {
        session.id = newUuid();
    }
    Transaction transaction(m_db);
    rows::writeHeatSession(m_db, requireEpisodeRow(session.episodeId), session, nowMs());
    transaction.commit();
    return session.id;
}

std::string EpisodeStore::addBreathingSession(BreathingSession session) {
    if (session.id.empty()) {
        session.id = newUuid();
    }
    Transaction transaction(m_db);
    rows::writeBreathingSession(m_db, requireEpisodeRow(session.episodeId), session, nowMs());
    transaction.commit();
    return session.id;
}

std::string EpisodeStore::addMedication(MedicationEntry entry) {
    if (entry.id.empty()) {
        entry.id = newUuid();
    }
    Transaction transaction(m_db);
    rows::writeMedication(m_db, requireEpisodeRow(entry.episodeId), entry, nowMs());
    transaction.commit();
    return entry.id;
}

bool EpisodeStore::deleteActivity(const std::string& id) {
    Transaction transaction(m_db);
    int removed = 0;
    for (const char* table : {"heat_sessions", "breathing_sessions", "medication_entries"}) {
        rows::rememberDeleted(m_db, table, id, nowMs());
        m_db.prepare(std::string("DELETE FROM ") + table + " WHERE uuid = ?").bindText(1, id).run();
        removed += m_db.changes();
    }
    transaction.commit();
    return removed > 0;
}

EpisodeActivities EpisodeStore::activities(const std::string& episodeId) {
    const auto row = rows::episodeRowId(m_db, episodeId);
    return row ? rows::readActivities(m_db, {row, 0, 0}) : EpisodeActivities{};
}

EpisodeActivities EpisodeStore::activitiesBetween(std::chrono::system_clock::time_point from,
                                                  std::chrono::system_clock::time_point to) {
    return rows::readActivities(m_db, {std::nullopt, epochMs(from), epochMs(to)});
}

} // namespace spasmguide
