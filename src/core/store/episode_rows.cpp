// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/episode_rows.h"

#include "core/store/database.h"

namespace spasmguide::rows {

EpisodeWriter::EpisodeWriter(Database& db)
    : m_db(db), m_insert(db.prepare("INSERT INTO episodes (uuid, started_at, started_ms, ended_at, ended_ms, note, "
                                    "modified_ms, back_to_usual_at, back_to_usual_ms) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?9, ?10)")),
      m_update(db.prepare("UPDATE episodes SET uuid = ?1, started_at = ?2, started_ms = ?3, ended_at = ?4, "
                          "ended_ms = ?5, note = ?6, modified_ms = ?7, back_to_usual_at = ?9, "
                          "back_to_usual_ms = ?10 WHERE id = ?8")),
      m_deleteTriage(db.prepare("DELETE FROM episode_triage WHERE episode_id = ?")),
      m_insertTriage(db.prepare("INSERT INTO episode_triage (episode_id, position, sign_id) VALUES (?, ?, ?)")) {}

void EpisodeWriter::bindColumns(Statement& statement, const Episode& episode, std::int64_t modifiedMs) {
    statement.bindText(1, episode.id).bindText(2, episode.startedAt.toIso8601());
    statement.bindInt64(3, episode.startedAt.epochMs);
    // Bindings outlive reset(), so the end is bound either way.
    if (episode.endedAt) {
        statement.bindText(4, episode.endedAt->toIso8601()).bindInt64(5, episode.endedAt->epochMs);
    } else {
        statement.bindNull(4).bindNull(5);
    }
    statement.bindText(6, episode.note).bindInt64(7, modifiedMs);
    if (episode.backToUsual) {
        statement.bindText(9, episode.backToUsual->toIso8601()).bindInt64(10, episode.backToUsual->epochMs);
    } else {
        statement.bindNull(9).bindNull(10);
    }
}

std::int64_t EpisodeWriter::insert(const Episode& episode, std::int64_t modifiedMs) {
    bindColumns(m_insert, episode, modifiedMs);
    m_insert.run();
    m_insert.reset();
    const auto row = m_db.lastInsertRowId();
    writeTriage(row, episode.triageTicked);
    return row;
}

void EpisodeWriter::rewrite(std::int64_t row, const Episode& episode, std::int64_t modifiedMs) {
    bindColumns(m_update, episode, modifiedMs);
    m_update.bindInt64(8, row).run();
    m_update.reset();
    m_deleteTriage.bindInt64(1, row).run();
    m_deleteTriage.reset();
    writeTriage(row, episode.triageTicked);
}

void EpisodeWriter::writeTriage(std::int64_t row, const std::vector<std::string>& ticked) {
    for (std::size_t i = 0; i < ticked.size(); ++i) {
        m_insertTriage.bindInt64(1, row).bindInt64(2, static_cast<std::int64_t>(i)).bindText(3, ticked[i]).run();
        m_insertTriage.reset();
    }
}

} // namespace spasmguide::rows
