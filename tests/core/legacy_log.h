// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"
#include "core/store/episode_model.h"
#include "core/store/uuid.h"

#include <string>

namespace spasmguide::test {

// Writes an episode and one of its check-ins (lists included) with the columns schema version 1 already had, as an
// older SpasmGuide would have: the store's own writes need the current schema. Gives both their ids.
inline void writeLegacyEpisode(Database& db, Episode& episode, CheckIn& checkIn) {
    episode.id = newUuid();
    checkIn.id = newUuid();
    checkIn.episodeId = episode.id;
    auto e = db.prepare("INSERT INTO episodes (uuid, started_at, started_ms, ended_at, ended_ms, note) "
                        "VALUES (?, ?, ?, ?, ?, ?)");
    e.bindText(1, episode.id).bindText(2, episode.startedAt.toIso8601()).bindInt64(3, episode.startedAt.epochMs);
    if (episode.endedAt) {
        e.bindText(4, episode.endedAt->toIso8601()).bindInt64(5, episode.endedAt->epochMs);
    }
    e.bindText(6, episode.note).run();
    const auto episodeRow = db.lastInsertRowId();
    for (std::size_t i = 0; i < episode.triageTicked.size(); ++i) {
        db.prepare("INSERT INTO episode_triage VALUES (?, ?, ?)")
            .bindInt64(1, episodeRow)
            .bindInt64(2, static_cast<std::int64_t>(i))
            .bindText(3, episode.triageTicked[i])
            .run();
    }
    auto c = db.prepare("INSERT INTO check_ins (uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, "
                        "movement, breathing, note, new_red_flag) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    c.bindText(1, checkIn.id).bindInt64(2, episodeRow).bindText(3, checkIn.at.toIso8601());
    c.bindInt64(4, checkIn.at.epochMs).bindInt64(5, checkIn.pain.value_or(0));
    if (checkIn.heat) {
        c.bindText(6, checkIn.heat->product).bindInt64(7, checkIn.heat->minutes);
    }
    c.bindInt64(8, checkIn.movement).bindInt64(9, checkIn.breathing).bindText(10, checkIn.note);
    c.bindInt64(11, checkIn.newRedFlag).run();
    const auto row = db.lastInsertRowId();
    for (const BodyArea area : checkIn.areas) {
        db.prepare("INSERT INTO check_in_areas VALUES (?, ?)").bindInt64(1, row).bindText(2, toString(area)).run();
    }
    const auto list = [&](const char* table, const std::vector<std::string>& values) {
        for (std::size_t i = 0; i < values.size(); ++i) {
            db.prepare(std::string("INSERT INTO ") + table + " VALUES (?, ?, ?)")
                .bindInt64(1, row)
                .bindInt64(2, static_cast<std::int64_t>(i))
                .bindText(3, values[i])
                .run();
        }
    };
    list("check_in_triggers", checkIn.triggers);
    list("check_in_tags", checkIn.freeTags);
    list("check_in_worse", checkIn.worse);
    list("check_in_red_flags", checkIn.newRedFlagIds);
    for (std::size_t i = 0; i < checkIn.medications.size(); ++i) {
        const auto& taken = checkIn.medications[i];
        db.prepare("INSERT INTO check_in_medications VALUES (?, ?, ?, ?, ?)")
            .bindInt64(1, row)
            .bindInt64(2, static_cast<std::int64_t>(i))
            .bindText(3, taken.name)
            .bindText(4, taken.takenAt.toIso8601())
            .bindInt64(5, taken.takenAt.epochMs)
            .run();
    }
}

} // namespace spasmguide::test
