// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The tools' half of EpisodeStore: heat and breathing sessions and medicines taken, recorded into an episode.
#include "store/activity_rows.h"
#include "store/check_in_rows.h"
#include "store/episode_store.h"
#include "store/store_error.h"
#include "store/transaction.h"
#include "store/uuid.h"

#include <sqlite3.h>
#include <unordered_map>

namespace spasmguide {

namespace {

std::int64_t epochMs(std::chrono::system_clock::time_point moment) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(moment.time_since_epoch()).count();
}

// Merges one list: a record equal to the stored one is left alone, any other is written under `episodeRow`.
template <typename Record, typename Write>
void mergeList(const std::vector<Record>& stored, const std::vector<Record>& incoming, const std::string& episodeId,
               std::vector<MergeOutcome>& outcomes, Write&& write) {
    std::unordered_map<std::string, const Record*> byId;
    for (const Record& record : stored) {
        byId.emplace(record.id, &record);
    }
    for (const Record& record : incoming) {
        Record placed = record;
        placed.episodeId = episodeId;
        if (const auto found = byId.find(placed.id); found != byId.end() && *found->second == placed) {
            outcomes.push_back(MergeOutcome::Unchanged);
            continue;
        }
        outcomes.push_back(write(placed) == rows::ActivityWrite::Added ? MergeOutcome::Added : MergeOutcome::Updated);
    }
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
    rows::writeHeatSession(m_db, requireEpisodeRow(session.episodeId), session);
    transaction.commit();
    return session.id;
}

std::string EpisodeStore::addBreathingSession(BreathingSession session) {
    if (session.id.empty()) {
        session.id = newUuid();
    }
    Transaction transaction(m_db);
    rows::writeBreathingSession(m_db, requireEpisodeRow(session.episodeId), session);
    transaction.commit();
    return session.id;
}

std::string EpisodeStore::addMedication(MedicationEntry entry) {
    if (entry.id.empty()) {
        entry.id = newUuid();
    }
    Transaction transaction(m_db);
    rows::writeMedication(m_db, requireEpisodeRow(entry.episodeId), entry);
    transaction.commit();
    return entry.id;
}

bool EpisodeStore::deleteActivity(const std::string& id) {
    Transaction transaction(m_db);
    int removed = 0;
    for (const char* table : {"heat_sessions", "breathing_sessions", "medication_entries"}) {
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

std::vector<MergeOutcome> EpisodeStore::mergeActivities(const std::string& episodeId, const EpisodeActivities& incoming,
                                                        const Transaction& /*transaction*/) {
    const auto episodeRow = requireEpisodeRow(episodeId);
    const auto stored = rows::readActivities(m_db, {episodeRow, 0, 0});
    std::vector<MergeOutcome> outcomes;
    outcomes.reserve(incoming.heat.size() + incoming.breathing.size() + incoming.medications.size());
    mergeList(stored.heat, incoming.heat, episodeId, outcomes,
              [&](const HeatSession& record) { return rows::writeHeatSession(m_db, episodeRow, record); });
    mergeList(stored.breathing, incoming.breathing, episodeId, outcomes,
              [&](const BreathingSession& record) { return rows::writeBreathingSession(m_db, episodeRow, record); });
    mergeList(stored.medications, incoming.medications, episodeId, outcomes,
              [&](const MedicationEntry& record) { return rows::writeMedication(m_db, episodeRow, record); });
    return outcomes;
}

} // namespace spasmguide
