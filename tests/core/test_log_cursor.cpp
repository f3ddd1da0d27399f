// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/check_in_chunks.h"
#include "core/store/check_in_rows.h"
#include "core/store/log_cursor.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "exchange_test_support.h"
#include "generated_log.h"

#include <algorithm>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

LogSnapshot walk(EpisodeStore& store) {
    LogSnapshot walked;
    LogCursor cursor(store);
    while (cursor.nextEpisode()) {
        walked.episodes.push_back(cursor.episode());
        walked.checkIns.emplace_back();
        while (cursor.nextCheckIn()) {
            walked.checkIns.back().push_back(cursor.checkIn());
        }
        walked.counts.push_back(static_cast<int>(walked.checkIns.back().size()));
        walked.activities.emplace_back(); // the cursor walks episodes and check-ins; these logs have no tool records
        walked.backChecks.emplace_back(); // nor back checks
    }
    return walked;
}

// The store's own reads, oldest episode first like the cursor.
LogSnapshot oldestFirst(EpisodeStore& store) {
    LogSnapshot stored = snapshot(store);
    std::reverse(stored.episodes.begin(), stored.episodes.end());
    std::reverse(stored.checkIns.begin(), stored.checkIns.end());
    std::reverse(stored.counts.begin(), stored.counts.end());
    return stored;
}

} // namespace

TEST_CASE("the log cursor walks every episode and check-in in history order, empty episodes included") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    fillLog(*store); // same start times: ties break by insertion
    const LogSnapshot stored = oldestFirst(*store);
    CHECK(walk(*store) == stored);

    LogCursor skipping(*store); // leaving check-ins unread does not derail the next episode
    REQUIRE(skipping.nextEpisode());
    REQUIRE(skipping.nextEpisode());
    CHECK(skipping.episode() == stored.episodes[1]);
    REQUIRE(skipping.nextCheckIn());
    CHECK(skipping.checkIn() == stored.checkIns[1].front());
}

TEST_CASE("the log cursor reads many chunks right when row ids are out of time order and far apart") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto later = store->startEpisode(sampleEpisode(5000));
    const auto earlier = store->startEpisode(sampleEpisode(0)); // stored second, walked first
    const int total = static_cast<int>(CheckInChunks::kChunkSize) * 2 + 300;
    {
        Transaction transaction(store->database());
        rows::CheckInWriter writer(store->database());
        // Blocks of 100 alternate between the episodes, so each one's row ids have gaps wider than one range scan.
        for (int block = 0; block < total / 100; ++block) {
            const auto& episodeId = block % 2 == 0 ? later : earlier;
            const auto episodeRow = rows::episodeRowId(store->database(), episodeId).value();
            for (int i = 0; i < 100; ++i) {
                const int n = block * 100 + i;
                CheckIn checkIn = n % 7 == 0 ? fullCheckIn(episodeId, 0) : CheckIn{};
                checkIn.id = "check-in-" + std::to_string(n);
                checkIn.episodeId = episodeId;
                checkIn.at = at(total - n); // newest stored first
                checkIn.pain = n % 11;
                checkIn.note = n % 7 == 0 ? checkIn.note.substr(0, 40) : "";
                writer.write(episodeRow, checkIn, std::nullopt, checkIn.at.epochMs);
            }
        }
        transaction.commit();
    }
    REQUIRE(store->checkInCount() == total / 100 * 100);
    const LogSnapshot walked = walk(*store);
    CHECK(walked.counts == std::vector<int>{total / 200 * 100, total / 200 * 100 + total / 100 % 2 * 100});
    CHECK(walked == oldestFirst(*store));
}

TEST_CASE("the log cursor walks a generated log across chunks as the store reads it") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    generateLog(*store, 300, 10); // the benchmark's log, small: 3,000 check-ins fill more than one chunk
    REQUIRE(store->checkInCount() == 3000);
    CHECK(walk(*store) == oldestFirst(*store));
}

TEST_CASE("a log cursor left mid-walk stops reading, and the store can be used again") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    generateLog(*store, 1000, 10);
    {
        LogCursor cursor(*store);
        REQUIRE(cursor.nextEpisode());
        REQUIRE(cursor.nextCheckIn());
    } // as a cancelled export leaves it
    const auto episodeId = store->startEpisode(sampleEpisode());
    CHECK(store->addCheckIn(fullCheckIn(episodeId)).size() == 36);
    CHECK(store->checkInCount() == 10001);
}

TEST_CASE("a damaged time deep in the log surfaces as a StoreError from the walk, not from the cursor's thread") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    generateLog(*store, 1000, 10);
    store->database().exec("UPDATE check_ins SET at = 'not a time' WHERE id = 9000");
    LogCursor cursor(*store);
    int checkIns = 0;
    const auto walkAll = [&] {
        while (cursor.nextEpisode()) {
            while (cursor.nextCheckIn()) {
                ++checkIns;
            }
        }
    };
    CHECK_THROWS_AS(walkAll(), StoreError);
    const int chunk = static_cast<int>(CheckInChunks::kChunkSize);
    CHECK(checkIns == 8999 / chunk * chunk); // every chunk before the damaged one was handed out
}
