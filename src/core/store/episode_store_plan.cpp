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

std::map<std::string, std::vector<PlanTick>> EpisodeStore::allPlanTicks() {
    auto select = m_db.prepare("SELECT e.uuid, t.day, t.item_id FROM episode_plan_ticks t JOIN episodes e ON "
                               "e.id = t.episode_id ORDER BY e.uuid, t.day, t.item_id");
    std::map<std::string, std::vector<PlanTick>> ticks;
    while (select.step()) {
        ticks[select.columnText(0)].push_back({select.columnInt(1), select.columnText(2)});
    }
    return ticks;
}

std::size_t EpisodeStore::mergePlanTicks(const std::string& episodeId, const std::vector<PlanTick>& ticks,
                                         const Transaction&) {
    const auto episodeRow = rows::episodeRowId(m_db, episodeId);
    if (!episodeRow) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the ticks' episode does not exist");
    }
    auto insert = m_db.prepare(
        "INSERT OR IGNORE INTO episode_plan_ticks (episode_id, day, item_id, ticked_at) VALUES (?, ?, ?, ?)");
    const std::string now = Timestamp::local(m_clock->now()).toIso8601();
    std::size_t added = 0;
    for (const auto& tick : ticks) {
        insert.bindInt64(1, *episodeRow).bindInt64(2, tick.day).bindText(3, tick.itemId).bindText(4, now).run();
        added += static_cast<std::size_t>(m_db.changes());
        insert.reset();
    }
    return added;
}

} // namespace spasmguide
