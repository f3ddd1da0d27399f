// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Hidden ([.bench]): run with `test_store "[.bench]"`. Prints how long the exports of a large generated log take.
#include "exchange/csv_export.h"
#include "exchange/json_export.h"
#include "store/log_cursor.h"
#include "store_test_support.h"

#include <chrono>
#include <ctime>
#include <iostream>
#include <streambuf>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// Counts bytes and throws them away, so the timing is the export's, not the disk's.
class CountingBuffer final : public std::streambuf {
public:
    std::int64_t bytes = 0;

protected:
    int_type overflow(int_type c) override {
        ++bytes;
        return c;
    }
    std::streamsize xsputn(const char*, std::streamsize count) override {
        bytes += count;
        return count;
    }
};

// Episodes a day apart with ten check-ins each and typical lists, written straight in SQL in seconds. Check-ins
// are inserted in time order, as the app writes them, so their row ids follow the log order.
void generate(EpisodeStore& store, int episodes) {
    auto& db = store.database();
    db.exec("BEGIN");
    db.exec("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < " + std::to_string(episodes) +
            ") INSERT INTO episodes (uuid, started_at, started_ms, ended_at, ended_ms, note) SELECT "
            "'episode-' || i, strftime('%Y-%m-%dT%H:%M:%S+00:00', 1700000000 + i * 86400, 'unixepoch'), "
            "(1700000000 + i * 86400) * 1000, strftime('%Y-%m-%dT%H:%M:%S+00:00', 1700040000 + i * 86400, "
            "'unixepoch'), (1700040000 + i * 86400) * 1000, 'episode note' FROM n");
    db.exec("WITH RECURSIVE k(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM k WHERE j < 9) INSERT INTO check_ins "
            "(uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, movement, breathing, note, "
            "new_red_flag) SELECT 'check-in-' || e.id || '-' || j, e.id, strftime('%Y-%m-%dT%H:%M:%S+01:00', "
            "e.started_ms / 1000 + j * 3600 + 3600, 'unixepoch'), e.started_ms + j * 3600000, (e.id + j) % 11, "
            "CASE WHEN j % 2 = 0 THEN 'Wheat bag' END, CASE WHEN j % 2 = 0 THEN 20 END, j % 2, 1, "
            "'Felt stiff after sitting, \"better\" after a walk', 0 FROM episodes e, k ORDER BY e.id, j");
    db.exec("INSERT INTO check_in_areas SELECT id, 'low-back-centre' FROM check_ins;"
            "INSERT INTO check_in_areas SELECT id, 'hip-left' FROM check_ins;"
            "INSERT INTO check_in_triggers SELECT id, 0, 'lifting' FROM check_ins;"
            "INSERT INTO check_in_triggers SELECT id, 1, 'twisting' FROM check_ins;"
            "INSERT INTO check_in_tags SELECT id, 0, 'gardening' FROM check_ins;"
            "INSERT INTO check_in_medications SELECT id, 0, 'Ibuprofen 400 mg', at, at_ms FROM check_ins;"
            "INSERT INTO check_in_worse SELECT id, 0, 'bed-rest' FROM check_ins;");
    db.exec("COMMIT");
}

// Wall seconds, then the process's CPU seconds: on a busy machine the two differ.
template <typename Export> std::string seconds(Export run) {
    const auto start = std::chrono::steady_clock::now();
    const auto cpuStart = std::clock();
    run();
    const double cpu = static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC;
    const double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return std::to_string(wall) + " s (CPU " + std::to_string(cpu) + " s)";
}

} // namespace

TEST_CASE("exports of a large log stream in reasonable time", "[.bench]") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const int episodes = 100'000;
    std::cout << "generating " << episodes << " episodes..." << std::endl;
    generate(*store, episodes);
    REQUIRE(store->checkInCount() == std::int64_t{episodes} * 10);

    const auto walkSeconds = seconds([&] {
        LogCursor cursor(*store);
        while (cursor.nextEpisode()) {
            while (cursor.nextCheckIn()) {
            }
        }
    });
    std::cout << "cursor walk " << walkSeconds << std::endl;
    CountingBuffer csvBytes;
    std::ostream csv(&csvBytes);
    const auto csvSeconds = seconds([&] { REQUIRE(exportCsv(*store, csv)); });
    CountingBuffer jsonBytes;
    std::ostream json(&jsonBytes);
    const auto jsonSeconds = seconds([&] { REQUIRE(exportJson(*store, json, {"bench", "bench", at(0)})); });
    std::cout << store->checkInCount() << " check-ins: CSV " << csvSeconds << " (" << csvBytes.bytes << " bytes), JSON "
              << jsonSeconds << " (" << jsonBytes.bytes << " bytes)" << std::endl;
}
