// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/check_in_rows.h"

#include "core/store/database.h"
#include "core/store/store_error.h"

#include <sqlite3.h>
#include <unordered_map>

namespace spasmguide::rows {

namespace {

// The ordered string lists of a check-in: table and value column.
struct ListTable {
    const char* table;
    const char* column;
    std::vector<std::string> CheckIn::*member;
};

constexpr ListTable kLists[] = {
    {"check_in_triggers", "trigger_id", &CheckIn::triggers},
    {"check_in_tags", "tag", &CheckIn::freeTags},
    {"check_in_worse", "worse_id", &CheckIn::worse},
    {"check_in_red_flags", "sign_id", &CheckIn::newRedFlagIds},
};

std::optional<std::int64_t> rowIdOf(Database& db, const char* sql, const std::string& uuid) {
    auto statement = db.prepare(sql);
    statement.bindText(1, uuid);
    return statement.step() ? std::optional(statement.columnInt64(0)) : std::nullopt;
}

constexpr const char* kInsertCheckInSql =
    "INSERT INTO check_ins (uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, movement, breathing, "
    "note, new_red_flag, modified_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)";
constexpr const char* kUpdateCheckInSql =
    "UPDATE check_ins SET uuid = ?1, episode_id = ?2, at = ?3, at_ms = ?4, pain = ?5, heat_product = ?6, "
    "heat_minutes = ?7, movement = ?8, breathing = ?9, note = ?10, new_red_flag = ?11, modified_ms = ?12 "
    "WHERE id = ?13";

constexpr const char* kListTables[] = {"check_in_areas",       "check_in_triggers", "check_in_tags",
                                       "check_in_medications", "check_in_worse",    "check_in_red_flags"};

std::string listInsertSql(const ListTable& list) {
    return std::string("INSERT INTO ") + list.table + " (check_in_id, position, " + list.column + ") VALUES (?, ?, ?)";
}

std::string filterSql(CheckInFilter filter) {
    return filter == CheckInFilter::ByEpisodeRow ? "c.episode_id = ?1" : "c.id = ?1";
}

} // namespace

Timestamp parseStoredTime(std::string_view text) {
    const auto stamp = Timestamp::fromIso8601(text);
    if (!stamp) {
        throw StoreError(SQLITE_CORRUPT, "a stored time is not ISO 8601");
    }
    return *stamp;
}

std::optional<std::int64_t> episodeRowId(Database& db, const std::string& uuid) {
    return rowIdOf(db, "SELECT id FROM episodes WHERE uuid = ?", uuid);
}

std::optional<std::int64_t> checkInRowId(Database& db, const std::string& uuid) {
    return rowIdOf(db, "SELECT id FROM check_ins WHERE uuid = ?", uuid);
}

CheckInWriter::CheckInWriter(Database& db)
    : m_db(db), m_insert(db.prepare(kInsertCheckInSql)), m_update(db.prepare(kUpdateCheckInSql)),
      m_area(db.prepare("INSERT INTO check_in_areas (check_in_id, area) VALUES (?, ?)")),
      m_lists{db.prepare(listInsertSql(kLists[0])), db.prepare(listInsertSql(kLists[1])),
              db.prepare(listInsertSql(kLists[2])), db.prepare(listInsertSql(kLists[3]))},
      m_medication(db.prepare("INSERT INTO check_in_medications (check_in_id, position, name, taken_at, taken_ms) "
                              "VALUES (?, ?, ?, ?, ?)")) {
    for (std::size_t i = 0; i < m_deletes.size(); ++i) {
        m_deletes[i] = db.prepare(std::string("DELETE FROM ") + kListTables[i] + " WHERE check_in_id = ?");
    }
}

std::int64_t CheckInWriter::write(std::int64_t episodeRow, const CheckIn& checkIn, std::optional<std::int64_t> rowId,
                                  std::int64_t modifiedMs) {
    Statement& statement = rowId ? m_update : m_insert;
    statement.bindText(1, checkIn.id).bindInt64(2, episodeRow);
    statement.bindText(3, checkIn.at.toIso8601()).bindInt64(4, checkIn.at.epochMs);
    // Bindings outlive reset(), so every column is bound each time, NULLs too.
    if (checkIn.pain) {
        statement.bindInt64(5, *checkIn.pain);
    } else {
        statement.bindNull(5);
    }
    if (checkIn.heat) {
        statement.bindText(6, checkIn.heat->product).bindInt64(7, checkIn.heat->minutes);
    } else {
        statement.bindNull(6).bindNull(7);
    }
    statement.bindInt64(8, checkIn.movement ? 1 : 0).bindInt64(9, checkIn.breathing ? 1 : 0);
    statement.bindText(10, checkIn.note).bindInt64(11, checkIn.newRedFlag ? 1 : 0).bindInt64(12, modifiedMs);
    if (rowId) {
        statement.bindInt64(13, *rowId);
    }
    statement.run();
    statement.reset();
    const std::int64_t row = rowId ? *rowId : m_db.lastInsertRowId();
    if (rowId) {
        for (Statement& remove : m_deletes) {
            remove.bindInt64(1, row).run();
            remove.reset();
        }
    }
    insertLists(row, checkIn);
    return row;
}

void CheckInWriter::insertLists(std::int64_t row, const CheckIn& checkIn) {
    for (const BodyArea value : checkIn.areas) {
        m_area.bindInt64(1, row).bindText(2, toString(value)).run();
        m_area.reset();
    }
    for (std::size_t list = 0; list < m_lists.size(); ++list) {
        const auto& values = checkIn.*kLists[list].member;
        for (std::size_t i = 0; i < values.size(); ++i) {
            m_lists[list].bindInt64(1, row).bindInt64(2, static_cast<std::int64_t>(i)).bindText(3, values[i]).run();
            m_lists[list].reset();
        }
    }
    for (std::size_t i = 0; i < checkIn.medications.size(); ++i) {
        const auto& taken = checkIn.medications[i];
        m_medication.bindInt64(1, row).bindInt64(2, static_cast<std::int64_t>(i)).bindText(3, taken.name);
        m_medication.bindText(4, taken.takenAt.toIso8601()).bindInt64(5, taken.takenAt.epochMs).run();
        m_medication.reset();
    }
}

void writeCheckIn(Database& db, std::int64_t episodeRow, const CheckIn& checkIn, std::optional<std::int64_t> rowId,
                  std::int64_t modifiedMs) {
    CheckInWriter(db).write(episodeRow, checkIn, rowId, modifiedMs);
}

void rememberDeleted(Database& db, const char* table, const std::string& uuid, std::int64_t deletedMs) {
    db.prepare(std::string("INSERT OR REPLACE INTO deleted_records (uuid, deleted_ms) SELECT uuid, ?1 FROM ") + table +
               " WHERE uuid = ?2")
        .bindInt64(1, deletedMs)
        .bindText(2, uuid)
        .run();
}

void readCheckInColumns(Statement& row, CheckIn& checkIn) {
    checkIn.at = parseStoredTime(row.columnView(3));
    checkIn.pain = row.columnIsNull(4) ? std::nullopt : std::optional(row.columnInt(4));
    if (row.columnIsNull(5)) {
        checkIn.heat.reset();
    } else {
        HeatUse& heat = checkIn.heat ? *checkIn.heat : checkIn.heat.emplace();
        heat.product.assign(row.columnView(5));
        heat.minutes = row.columnInt(6);
    }
    checkIn.movement = row.columnInt(7) != 0;
    checkIn.breathing = row.columnInt(8) != 0;
    checkIn.note.assign(row.columnView(9));
    checkIn.newRedFlag = row.columnInt(10) != 0;
}

std::vector<CheckIn> readCheckIns(Database& db, CheckInFilter filter, std::int64_t key) {
    std::vector<CheckIn> result;
    std::unordered_map<std::int64_t, std::size_t> indexOfRow;
    auto main =
        db.prepare("SELECT c.id, c.uuid, e.uuid, c.at, c.pain, c.heat_product, c.heat_minutes, c.movement, "
                   "c.breathing, c.note, c.new_red_flag FROM check_ins c JOIN episodes e ON e.id = c.episode_id "
                   "WHERE " +
                   filterSql(filter) + " ORDER BY c.at_ms, c.id");
    main.bindInt64(1, key);
    while (main.step()) {
        CheckIn checkIn;
        checkIn.id = main.columnText(1);
        checkIn.episodeId = main.columnText(2);
        readCheckInColumns(main, checkIn);
        indexOfRow.emplace(main.columnInt64(0), result.size());
        result.push_back(std::move(checkIn));
    }
    if (result.empty()) {
        return result;
    }
    const std::string join = " x JOIN check_ins c ON c.id = x.check_in_id WHERE " + filterSql(filter);
    auto areas = db.prepare("SELECT x.check_in_id, x.area FROM check_in_areas" + join);
    areas.bindInt64(1, key);
    while (areas.step()) {
        if (const auto area = bodyAreaFromString(areas.columnText(1))) {
            result[indexOfRow.at(areas.columnInt64(0))].areas.insert(*area);
        }
    }
    for (const ListTable& list : kLists) {
        auto values = db.prepare(std::string("SELECT x.check_in_id, x.") + list.column + " FROM " + list.table + join +
                                 " ORDER BY x.check_in_id, x.position");
        values.bindInt64(1, key);
        while (values.step()) {
            (result[indexOfRow.at(values.columnInt64(0))].*list.member).push_back(values.columnText(1));
        }
    }
    auto medications = db.prepare("SELECT x.check_in_id, x.name, x.taken_at FROM check_in_medications" + join +
                                  " ORDER BY x.check_in_id, x.position");
    medications.bindInt64(1, key);
    while (medications.step()) {
        result[indexOfRow.at(medications.columnInt64(0))].medications.push_back(
            {medications.columnText(1), parseStoredTime(medications.columnText(2))});
    }
    return result;
}

} // namespace spasmguide::rows
