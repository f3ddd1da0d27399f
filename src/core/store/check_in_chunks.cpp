// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/check_in_chunks.h"

#include "core/store/check_in_rows.h"
#include "core/store/database.h"

#include <algorithm>
#include <string>

namespace spasmguide {

namespace {

// Row ids closer than this share one range scan; the rows in between that belong to other chunks are skipped.
constexpr std::int64_t kMaxGap = 64;

Statement rangeQuery(Database& db, const std::string& columns, const char* table, bool ordered) {
    return db.prepare("SELECT check_in_id, " + columns + " FROM " + table + " WHERE check_in_id BETWEEN ?1 AND ?2" +
                      (ordered ? " ORDER BY check_in_id, position" : ""));
}

// Empties a reused check-in's lists; the vectors keep their capacity.
void clearLists(CheckIn& c) {
    c.areas.clear();
    c.triggers.clear();
    c.freeTags.clear();
    c.medications.clear();
    c.worse.clear();
    c.newRedFlagIds.clear();
}

} // namespace

CheckInChunks::CheckInChunks(Database& db)
    : m_main(db.prepare(
          "SELECT c.id, c.episode_id, c.uuid, c.at, c.pain, c.heat_product, c.heat_minutes, "
          "c.movement, c.breathing, c.note, c.new_red_flag, c.modified_ms FROM check_ins c JOIN episodes e ON "
          "e.id = c.episode_id ORDER BY e.started_ms, e.id, c.at_ms, c.id")),
      m_lists{rangeQuery(db, "area", "check_in_areas", false),
              rangeQuery(db, "trigger_id", "check_in_triggers", true),
              rangeQuery(db, "tag", "check_in_tags", true),
              rangeQuery(db, "worse_id", "check_in_worse", true),
              rangeQuery(db, "sign_id", "check_in_red_flags", true),
              rangeQuery(db, "name, taken_at", "check_in_medications", true)} {}

std::size_t CheckInChunks::fill(std::vector<Row>& rows) {
    m_sorted.clear();
    std::size_t count = 0;
    while (!m_done && count < kChunkSize) {
        if (!m_main.step()) {
            m_done = true;
            break;
        }
        if (count == rows.size()) {
            rows.emplace_back();
        }
        Row& row = rows[count];
        row.rowId = m_main.columnInt64(0);
        row.episodeRow = m_main.columnInt64(1);
        CheckIn& c = row.checkIn;
        c.id.assign(m_main.columnView(2));
        rows::readCheckInColumns(m_main, c);
        row.modifiedMs = m_main.columnOptionalInt64(11);
        clearLists(c);
        m_sorted.emplace_back(row.rowId, count++);
    }
    std::sort(m_sorted.begin(), m_sorted.end());
    for (std::size_t start = 0; start < m_sorted.size();) {
        std::size_t end = start + 1;
        while (end < m_sorted.size() && m_sorted[end].first - m_sorted[end - 1].first <= kMaxGap) {
            ++end;
        }
        readRange(rows, m_sorted[start].first, m_sorted[end - 1].first, start);
        start = end;
    }
    return count;
}

void CheckInChunks::readRange(std::vector<Row>& rows, std::int64_t first, std::int64_t last, std::size_t sortedFrom) {
    for (std::size_t list = 0; list < m_lists.size(); ++list) {
        Statement& query = m_lists[list];
        query.bindInt64(1, first).bindInt64(2, last);
        // Both sides are in row id order, so one forward walk matches each list row to its check-in.
        std::size_t at = sortedFrom;
        while (query.step()) {
            const auto rowId = query.columnInt64(0);
            while (m_sorted[at].first < rowId) {
                ++at;
            }
            if (m_sorted[at].first == rowId) {
                apply(static_cast<List>(list), query, rows[m_sorted[at].second].checkIn);
            }
        }
        query.reset();
    }
}

void CheckInChunks::apply(List list, const Statement& row, CheckIn& checkIn) const {
    switch (list) {
    case List::Areas:
        if (const auto area = bodyAreaFromString(row.columnView(1))) {
            checkIn.areas.insert(*area);
        }
        break;
    case List::Triggers:
        checkIn.triggers.emplace_back(row.columnView(1));
        break;
    case List::Tags:
        checkIn.freeTags.emplace_back(row.columnView(1));
        break;
    case List::Worse:
        checkIn.worse.emplace_back(row.columnView(1));
        break;
    case List::RedFlags:
        checkIn.newRedFlagIds.emplace_back(row.columnView(1));
        break;
    case List::Medications:
        checkIn.medications.push_back({std::string(row.columnView(1)), rows::parseStoredTime(row.columnView(2))});
        break;
    case List::Count:
        break;
    }
}

} // namespace spasmguide
