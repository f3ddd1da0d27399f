// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import half of EpisodeStore: merges by stable id inside a transaction the caller holds.
#include "store/check_in_rows.h"
#include "store/episode_store.h"
#include "store/store_error.h"

#include <sqlite3.h>
#include <unordered_map>

namespace spasmguide {

MergeOutcome EpisodeStore::mergeEpisode(const Episode& incoming, const Transaction& /*transaction*/) {
    const auto row = rows::episodeRowId(m_db, incoming.id);
    if (!row) {
        insertEpisode(incoming);
        return MergeOutcome::Added;
    }
    if (episode(incoming.id) == incoming) {
        return MergeOutcome::Unchanged;
    }
    rewriteEpisode(*row, incoming);
    return MergeOutcome::Updated;
}

std::vector<MergeOutcome> EpisodeStore::mergeCheckIns(const std::string& episodeId,
                                                      const std::vector<CheckIn>& incoming,
                                                      const Transaction& /*transaction*/) {
    const auto episodeRow = rows::episodeRowId(m_db, episodeId);
    if (!episodeRow) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the check-ins' episode does not exist");
    }
    // One bulk read per episode (seven queries) rather than one per check-in.
    std::unordered_map<std::string, CheckIn> stored;
    for (CheckIn& checkIn : rows::readCheckIns(m_db, rows::CheckInFilter::ByEpisodeRow, *episodeRow)) {
        stored.emplace(checkIn.id, std::move(checkIn));
    }
    std::vector<MergeOutcome> outcomes;
    outcomes.reserve(incoming.size());
    for (const CheckIn& checkIn : incoming) {
        CheckIn placed = checkIn;
        placed.episodeId = episodeId;
        if (const auto found = stored.find(placed.id); found != stored.end() && found->second == placed) {
            outcomes.push_back(MergeOutcome::Unchanged);
            continue;
        }
        const auto row = rows::checkInRowId(m_db, placed.id); // may sit under another episode
        rows::writeCheckIn(m_db, *episodeRow, placed, row);
        outcomes.push_back(row ? MergeOutcome::Updated : MergeOutcome::Added);
    }
    return outcomes;
}

} // namespace spasmguide
