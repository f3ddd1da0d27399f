// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_store.h"

#include <cstdint>
#include <string>

namespace spasmguide::test {

// A UUID-shaped random id from one 16-byte blob (SQL expression over `h`, the blob's lower-case hex), so the
// generated file has the size and index shape of a real log.
inline constexpr const char* kUuidFromHex = "substr(h, 1, 8) || '-' || substr(h, 9, 4) || '-4' || substr(h, 14, 3) || "
                                            "'-a' || substr(h, 18, 3) || '-' || substr(h, 21, 12)";

// Writes `episodes` ended episodes a day apart with `checkInsPerEpisode` check-ins each and typical lists, straight
// in SQL: a million check-ins take seconds instead of the minutes a million durable saves would. Check-ins are
// inserted in time order, as the app writes them, so their row ids follow the log order. The note has a comma and
// quotes, so CSV quoting is exercised on every row.
// `firstStart` (Unix seconds) and `secondsApart` place the episodes: a log of 100,000 a day apart would reach the 23rd
// century, which an import refuses, so the import benchmark packs them closer (they may overlap).
inline void generateLog(EpisodeStore& store, int episodes, int checkInsPerEpisode = 10,
                        std::int64_t firstStart = 1700000000, std::int64_t secondsApart = 86400) {
    const std::string start = std::to_string(firstStart);
    const std::string end = std::to_string(firstStart + 40000);
    const std::string apart = std::to_string(secondsApart);
    auto& db = store.database();
    const auto cacheSize = db.queryInt64("PRAGMA cache_size");
    db.exec("PRAGMA cache_size = -262144"); // 256 MiB while generating: random UUIDs make index inserts random
    db.exec("BEGIN");
    db.exec(std::string("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ") +
            std::to_string(episodes) +
            "), r AS (SELECT i, lower(hex(randomblob(16))) AS h FROM n) INSERT INTO episodes (uuid, started_at, "
            "started_ms, ended_at, ended_ms, note) SELECT " +
            kUuidFromHex + ", strftime('%Y-%m-%dT%H:%M:%S+00:00', " + start + " + i * " + apart + ", 'unixepoch'), (" +
            start + " + i * " + apart + ") * 1000, strftime('%Y-%m-%dT%H:%M:%S+00:00', " + end + " + i * " + apart +
            ", 'unixepoch'), (" + end + " + i * " + apart + ") * 1000, 'episode note' FROM r");
    db.exec("INSERT INTO episode_triage SELECT id, 0, 'fever' FROM episodes");
    // Row ids given explicitly, (episode - 1) * n + j + 1, so they follow the log order whatever order SQLite picks.
    const std::string perEpisode = std::to_string(checkInsPerEpisode);
    db.exec("WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j + 1 < " + perEpisode +
            "), r AS (SELECT e.id, e.started_ms, j, lower(hex(randomblob(16))) AS h FROM episodes e, k) "
            "INSERT INTO check_ins (id, uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, movement, "
            "breathing, note, new_red_flag) SELECT (id - 1) * " +
            perEpisode + " + j + 1, " + kUuidFromHex +
            ", id, strftime('%Y-%m-%dT%H:%M:%S+01:00', started_ms / 1000 + j * 3600 + 3600, 'unixepoch'), "
            "started_ms + j * 3600000, (id + j) % 11, CASE WHEN j % 2 = 0 THEN 'Wheat bag' END, "
            "CASE WHEN j % 2 = 0 THEN 20 END, j % 2, 1, 'Felt stiff after sitting, \"better\" after a walk', 0 FROM r");
    db.exec("INSERT INTO check_in_areas SELECT id, 'low-back-centre' FROM check_ins;"
            "INSERT INTO check_in_areas SELECT id, 'hip-left' FROM check_ins;"
            "INSERT INTO check_in_triggers SELECT id, 0, 'lifting' FROM check_ins;"
            "INSERT INTO check_in_triggers SELECT id, 1, 'twisting' FROM check_ins;"
            "INSERT INTO check_in_tags SELECT id, 0, 'gardening' FROM check_ins;"
            "INSERT INTO check_in_medications SELECT id, 0, 'Ibuprofen 400 mg', at, at_ms FROM check_ins;"
            "INSERT INTO check_in_worse SELECT id, 0, 'bed-rest' FROM check_ins;");
    // Dated as the app dates them: last changed when they were recorded.
    db.exec("UPDATE episodes SET modified_ms = ended_ms; UPDATE check_ins SET modified_ms = at_ms;");
    db.exec("COMMIT");
    db.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
}

} // namespace spasmguide::test
