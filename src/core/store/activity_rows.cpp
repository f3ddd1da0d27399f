// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/activity_rows.h"

#include "core/store/check_in_rows.h"
#include "core/store/database.h"

namespace spasmguide::rows {

namespace {

// The WHERE clause every read shares: ?1 is the episode row, or ?1 and ?2 bound the time column.
std::string whereOf(const ActivityFilter& filter, const char* timeColumn) {
    if (filter.episodeRow) {
        return " WHERE t.episode_id = ?1 ORDER BY t." + std::string(timeColumn) + ", t.id";
    }
    return std::string(" WHERE t.") + timeColumn + " >= ?1 AND t." + timeColumn + " < ?2 ORDER BY t." + timeColumn +
           ", t.id";
}

Statement prepareRead(Database& db, const ActivityFilter& filter, const std::string& columns, const char* table,
                      const char* timeColumn) {
    auto statement = db.prepare("SELECT t.uuid, e.uuid, " + columns + " FROM " + table +
                                " t JOIN episodes e ON e.id = t.episode_id" + whereOf(filter, timeColumn));
    if (filter.episodeRow) {
        statement.bindInt64(1, *filter.episodeRow);
    } else {
        statement.bindInt64(1, filter.fromMs).bindInt64(2, filter.toMs);
    }
    return statement;
}

std::optional<std::int64_t> rowOf(Database& db, const char* table, const std::string& uuid) {
    auto statement = db.prepare(std::string("SELECT id FROM ") + table + " WHERE uuid = ?");
    statement.bindText(1, uuid);
    return statement.step() ? std::optional(statement.columnInt64(0)) : std::nullopt;
}

// Runs `insertSql` or, when a row holds the UUID, `updateSql` (whose ?9 is that row). ?1 is the UUID, ?2 the
// episode row, ?10 the modification time, the rest bound by `bind`.
template <typename Bind>
ActivityWrite write(Database& db, const char* table, const std::string& uuid, std::int64_t episodeRow,
                    std::int64_t modifiedMs, const std::string& insertSql, const std::string& updateSql, Bind&& bind) {
    const auto row = rowOf(db, table, uuid);
    auto statement = db.prepare(row ? updateSql : insertSql);
    statement.bindText(1, uuid).bindInt64(2, episodeRow).bindInt64(10, modifiedMs);
    bind(statement);
    if (row) {
        statement.bindInt64(9, *row);
    }
    statement.run();
    return row ? ActivityWrite::Updated : ActivityWrite::Added;
}

} // namespace

EpisodeActivities readActivities(Database& db, const ActivityFilter& filter) {
    EpisodeActivities found;
    auto heat = prepareRead(db, filter, "t.started_at, t.product, t.planned_minutes, t.duration_ms, t.finished",
                            "heat_sessions", "started_ms");
    while (heat.step()) {
        found.heat.push_back({heat.columnText(0), heat.columnText(1), parseStoredTime(heat.columnView(2)),
                              heat.columnText(3), heat.columnInt(4), std::chrono::milliseconds(heat.columnInt64(5)),
                              heat.columnInt(6) != 0});
    }
    auto breathing =
        prepareRead(db, filter, "t.started_at, t.inhale_seconds, t.exhale_seconds, t.breaths, t.duration_ms",
                    "breathing_sessions", "started_ms");
    while (breathing.step()) {
        found.breathing.push_back({breathing.columnText(0), breathing.columnText(1),
                                   parseStoredTime(breathing.columnView(2)), breathing.columnInt(3),
                                   breathing.columnInt(4), breathing.columnInt(5),
                                   std::chrono::milliseconds(breathing.columnInt64(6))});
    }
    auto medication = prepareRead(db, filter, "t.name, t.taken_at", "medication_entries", "taken_ms");
    while (medication.step()) {
        found.medications.push_back({medication.columnText(0), medication.columnText(1), medication.columnText(2),
                                     parseStoredTime(medication.columnView(3))});
    }
    return found;
}

ActivityWrite writeHeatSession(Database& db, std::int64_t episodeRow, const HeatSession& session,
                               std::int64_t modifiedMs) {
    return write(db, "heat_sessions", session.id, episodeRow, modifiedMs,
                 "INSERT INTO heat_sessions (uuid, episode_id, started_at, started_ms, product, planned_minutes, "
                 "duration_ms, finished, modified_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10)",
                 "UPDATE heat_sessions SET uuid = ?1, episode_id = ?2, started_at = ?3, started_ms = ?4, product = ?5, "
                 "planned_minutes = ?6, duration_ms = ?7, finished = ?8, modified_ms = ?10 WHERE id = ?9",
                 [&](Statement& s) {
                     s.bindText(3, session.startedAt.toIso8601()).bindInt64(4, session.startedAt.epochMs);
                     s.bindText(5, session.product).bindInt64(6, session.plannedMinutes);
                     s.bindInt64(7, session.duration.count()).bindInt64(8, session.finished ? 1 : 0);
                 });
}

ActivityWrite writeBreathingSession(Database& db, std::int64_t episodeRow, const BreathingSession& session,
                                    std::int64_t modifiedMs) {
    return write(db, "breathing_sessions", session.id, episodeRow, modifiedMs,
                 "INSERT INTO breathing_sessions (uuid, episode_id, started_at, started_ms, inhale_seconds, "
                 "exhale_seconds, breaths, duration_ms, modified_ms) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?10)",
                 "UPDATE breathing_sessions SET uuid = ?1, episode_id = ?2, started_at = ?3, started_ms = ?4, "
                 "inhale_seconds = ?5, exhale_seconds = ?6, breaths = ?7, duration_ms = ?8, modified_ms = ?10 "
                 "WHERE id = ?9",
                 [&](Statement& s) {
                     s.bindText(3, session.startedAt.toIso8601()).bindInt64(4, session.startedAt.epochMs);
                     s.bindInt64(5, session.inhaleSeconds).bindInt64(6, session.exhaleSeconds);
                     s.bindInt64(7, session.breaths).bindInt64(8, session.duration.count());
                 });
}

ActivityWrite writeMedication(Database& db, std::int64_t episodeRow, const MedicationEntry& entry,
                              std::int64_t modifiedMs) {
    return write(db, "medication_entries", entry.id, episodeRow, modifiedMs,
                 "INSERT INTO medication_entries (uuid, episode_id, name, taken_at, taken_ms, modified_ms) "
                 "VALUES (?1, ?2, ?3, ?4, ?5, ?10)",
                 "UPDATE medication_entries SET uuid = ?1, episode_id = ?2, name = ?3, taken_at = ?4, taken_ms = ?5, "
                 "modified_ms = ?10 WHERE id = ?9",
                 [&](Statement& s) {
                     s.bindText(3, entry.name).bindText(4, entry.takenAt.toIso8601());
                     s.bindInt64(5, entry.takenAt.epochMs);
                 });
}

} // namespace spasmguide::rows
