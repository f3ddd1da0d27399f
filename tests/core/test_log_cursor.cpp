// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange_test_support.h"
#include "generated_log.h"
#include "store/check_in_chunks.h"
#include "store/log_cursor.h"
#include "store/transaction.h"

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
        // Blocks of 100 alternate between the episodes, so each one's row ids have gaps wider than one range scan.
        for (int block = 0; block < total / 100; ++block) {
            const auto& episodeId = block % 2 == 0 ? later : earlier;
            std::vector<CheckIn> checkIns;
            for (int i = 0; i < 100; ++i) {
                const int n = block * 100 + i;
                CheckIn checkIn = n % 7 == 0 ? fullCheckIn(episodeId, 0) : CheckIn{};
                checkIn.id = "check-in-" + std::to_string(n);
                checkIn.episodeId = episodeId;
                checkIn.at = at(total - n); // newest stored first
                checkIn.pain = n % 11;
                checkIn.note = n % 7 == 0 ? checkIn.note.substr(0, 40) : "";
                checkIns.push_back(std::move(checkIn));
            }
            store->mergeCheckIns(episodeId, checkIns, transaction);
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
