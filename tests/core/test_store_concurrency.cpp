// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_error.h"
#include "store_test_support.h"

#include <atomic>
#include <thread>

using namespace spasmguide;
using namespace spasmguide::test;

TEST_CASE("a second connection sees each committed check-in, and its open read does not block the store") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    RawConnection reader(EpisodeStore::databasePath(dir.path()));

    store->addCheckIn(fullCheckIn(episodeId));
    CHECK(reader.text("SELECT count(*) FROM check_ins") == "1");

    REQUIRE(reader.exec("BEGIN") == SQLITE_OK);
    CHECK(reader.text("SELECT count(*) FROM check_ins") == "1");
    store->addCheckIn(fullCheckIn(episodeId, 20));               // WAL: the writer does not wait for the reader
    CHECK(reader.text("SELECT count(*) FROM check_ins") == "1"); // the reader keeps its snapshot
    REQUIRE(reader.exec("COMMIT") == SQLITE_OK);
    CHECK(reader.text("SELECT count(*) FROM check_ins") == "2");
}

TEST_CASE("reads on another thread never fail or go backwards while the store writes") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    std::atomic<bool> done{false};
    std::atomic<int> errors{0};
    std::atomic<int> regressions{0};
    std::atomic<int> reads{0};
    std::thread readerThread([&] {
        RawConnection reader(EpisodeStore::databasePath(dir.path()));
        int last = 0;
        while (!done) {
            const std::string count = reader.text("SELECT count(*) FROM check_ins");
            if (count.empty()) {
                ++errors;
                continue;
            }
            const int now = std::stoi(count);
            regressions += now < last ? 1 : 0;
            last = now;
            ++reads;
        }
    });
    constexpr int kWrites = 100;
    for (int i = 0; i < kWrites; ++i) {
        store->addCheckIn(fullCheckIn(episodeId, i));
    }
    // Let the reader see at least one read after the last write.
    const int readsAtEnd = reads;
    while (reads < readsAtEnd + 1 && errors == 0) {
        std::this_thread::yield();
    }
    done = true;
    readerThread.join();
    CHECK(errors == 0);
    CHECK(regressions == 0);
    CHECK(store->database().queryInt64("SELECT count(*) FROM check_ins") == kWrites);
}

TEST_CASE("another writer holding the lock makes a save fail cleanly, and the next save works") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    RawConnection other(EpisodeStore::databasePath(dir.path()));
    REQUIRE(other.exec("BEGIN IMMEDIATE") == SQLITE_OK);
    try {
        store->addCheckIn(fullCheckIn(episodeId));
        FAIL("the save should have reported the busy database");
    } catch (const StoreError& error) {
        CHECK(error.primaryCode() == SQLITE_BUSY);
    }
    REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
    CHECK(store->checkIns(episodeId).empty());
    store->addCheckIn(fullCheckIn(episodeId));
    CHECK(store->checkIns(episodeId).size() == 1);
}

TEST_CASE("a second store on the same file sees the first one's writes") {
    TempDir dir;
    FakeClock clock;
    auto first = openStore(dir.path(), clock);
    auto second = openStore(dir.path(), clock);
    const auto episodeId = first->startEpisode(sampleEpisode());
    const auto checkInId = first->addCheckIn(fullCheckIn(episodeId));
    CHECK(second->checkIn(checkInId) == first->checkIn(checkInId));
    second->endEpisode(episodeId, at(100));
    CHECK(first->episode(episodeId)->endedAt == at(100));
}
