// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day-by-day plan's checklist, kept with its episode (deleted with it).
#include "store/check_in_rows.h"
#include "store/clock.h"
#include "store/episode_store.h"
#include "store/store_error.h"
#include "store/transaction.h"

#include <sqlite3.h>

namespace spasmguide {

std::vector<std::string> EpisodeStore::planTicks(const std::string& episodeId, int day) {
    auto select = m_db.prepare("SELECT t.item_id FROM episode_plan_ticks t JOIN episodes e ON e.id = t.episode_id "
                               "WHERE e.uuid = ? AND t.day = ? ORDER BY t.item_id");
    select.bindText(1, episodeId).bindInt64(2, day);
    std::vector<std::string> ids;
    while (select.step()) {
        ids.push_back(select.columnText(0));
    }
    return ids;
}

bool EpisodeStore::setPlanTick(const std::string& episodeId, int day, const std::string& itemId, bool ticked) {
    if (day < 1) {
        throw StoreError(SQLITE_CONSTRAINT_CHECK, "a plan day is 1 or later");
    }
    Transaction transaction(m_db);
    const auto episodeRow = rows::episodeRowId(m_db, episodeId);
    if (!episodeRow) {
        return false;
    }
    if (ticked) {
        m_db.prepare(
                "INSERT OR IGNORE INTO episode_plan_ticks (episode_id, day, item_id, ticked_at) VALUES (?, ?, ?, ?)")
            .bindInt64(1, *episodeRow)
            .bindInt64(2, day)
            .bindText(3, itemId)
            .bindText(4, Timestamp::local(m_clock->now()).toIso8601())
            .run();
    } else {
        m_db.prepare("DELETE FROM episode_plan_ticks WHERE episode_id = ? AND day = ? AND item_id = ?")
            .bindInt64(1, *episodeRow)
            .bindInt64(2, day)
            .bindText(3, itemId)
            .run();
    }
    transaction.commit();
    return true;
}

} // namespace spasmguide
