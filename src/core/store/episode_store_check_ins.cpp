// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in half of EpisodeStore; the episode half is in episode_store.cpp.
#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"

#include <sqlite3.h>

namespace spasmguide {

std::string EpisodeStore::addCheckIn(CheckIn checkIn) {
    if (checkIn.id.empty()) {
        checkIn.id = newUuid();
    }
    Transaction transaction(m_db);
    const auto episodeRow = rows::episodeRowId(m_db, checkIn.episodeId);
    if (!episodeRow) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the check-in's episode does not exist");
    }
    rows::writeCheckIn(m_db, *episodeRow, checkIn, std::nullopt, nowMs());
    transaction.commit();
    return checkIn.id;
}

bool EpisodeStore::updateCheckIn(const CheckIn& checkIn) {
    Transaction transaction(m_db);
    const auto row = rows::checkInRowId(m_db, checkIn.id);
    if (!row) {
        return false;
    }
    const auto episodeRow = rows::episodeRowId(m_db, checkIn.episodeId);
    if (!episodeRow) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the check-in's episode does not exist");
    }
    rows::writeCheckIn(m_db, *episodeRow, checkIn, row, nowMs());
    transaction.commit();
    return true;
}

bool EpisodeStore::deleteCheckIn(const std::string& id) {
    Transaction transaction(m_db);
    rows::rememberDeleted(m_db, "check_ins", id, nowMs());
    m_db.prepare("DELETE FROM check_ins WHERE uuid = ?").bindText(1, id).run();
    const bool found = m_db.changes() > 0;
    transaction.commit();
    return found;
}

std::optional<CheckIn> EpisodeStore::checkIn(const std::string& id) {
    const auto row = rows::checkInRowId(m_db, id);
    if (!row) {
        return std::nullopt;
    }
    auto found = rows::readCheckIns(m_db, rows::CheckInFilter::ByCheckInRow, *row);
    return found.empty() ? std::nullopt : std::optional(std::move(found.front()));
}

std::vector<CheckIn> EpisodeStore::checkIns(const std::string& episodeId) {
    const auto row = rows::episodeRowId(m_db, episodeId);
    return row ? rows::readCheckIns(m_db, rows::CheckInFilter::ByEpisodeRow, *row) : std::vector<CheckIn>{};
}

} // namespace spasmguide
