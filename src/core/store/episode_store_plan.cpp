// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day-by-day plan's checklist, kept with its episode (deleted with it).
#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <sqlite3.h>

namespace spasmguide {

std::vector<std::string> EpisodeStore::planTicks(const std::string& episodeId, int day) {
    auto select = m_db.prepare("SELECT t.item_id FROM episode_plan_ticks t JOIN episodes e ON e.id = t.episode_id "
                               "WHERE e.uuid = ? AND t.day = ? AND t.ticked = 1 ORDER BY t.item_id");
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
    // An untick stays as a row with its time (ticked = 0), so an import does not tick the item again.
    m_db.prepare("INSERT INTO episode_plan_ticks (episode_id, day, item_id, ticked_at, ticked, modified_ms) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (episode_id, day, item_id) DO UPDATE SET "
                 "ticked = excluded.ticked, ticked_at = excluded.ticked_at, modified_ms = excluded.modified_ms "
                 "WHERE ticked != excluded.ticked")
        .bindInt64(1, *episodeRow)
        .bindInt64(2, day)
        .bindText(3, itemId)
        .bindText(4, Timestamp::local(m_clock->now()).toIso8601())
        .bindInt64(5, ticked ? 1 : 0)
        .bindInt64(6, nowMs())
        .run();
    transaction.commit();
    return true;
}

std::map<std::string, std::vector<PlanTick>> EpisodeStore::allPlanTicks() {
    auto select = m_db.prepare("SELECT e.uuid, t.day, t.item_id FROM episode_plan_ticks t JOIN episodes e ON "
                               "e.id = t.episode_id WHERE t.ticked = 1 ORDER BY e.uuid, t.day, t.item_id");
    std::map<std::string, std::vector<PlanTick>> ticks;
    while (select.step()) {
        ticks[select.columnText(0)].push_back({select.columnInt(1), select.columnText(2)});
    }
    return ticks;
}

} // namespace spasmguide
