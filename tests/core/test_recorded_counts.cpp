// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Counting triggers, free tags and "made it worse" items across the whole log, for the history's chart.
#include "core/store/database.h"
#include "core/store/recorded_counts.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

CheckIn entry(const std::string& episodeId, int minutes, std::vector<std::string> triggers,
              std::vector<std::string> tags, std::vector<std::string> worse) {
    CheckIn checkIn;
    checkIn.episodeId = episodeId;
    checkIn.at = at(minutes);
    checkIn.pain = 5;
    checkIn.triggers = std::move(triggers);
    checkIn.freeTags = std::move(tags);
    checkIn.worse = std::move(worse);
    return checkIn;
}

} // namespace

TEST_CASE("the whole log's triggers, tags and worse items are counted per check-in, most often first") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto first = store->startEpisode(sampleEpisode(0));
    const auto second = store->startEpisode(sampleEpisode(600));
    store->addCheckIn(entry(first, 10, {"lifting", "twisting"}, {"gardening"}, {"bed-rest"}));
    store->addCheckIn(entry(first, 20, {"lifting"}, {"gardening", "gardening"}, {}));
    store->addCheckIn(entry(second, 610, {"lifting", "stress"}, {}, {"bed-rest", "sitting-long"}));
    store->addCheckIn(entry(second, 620, {}, {}, {}));

    const auto counts = countRecorded(store->database());
    CHECK(counts.checkIns == 4);
    CHECK(counts.triggers == std::vector<RecordedCount>{{"lifting", 3}, {"stress", 1}, {"twisting", 1}}); // ties by id
    CHECK(counts.freeTags == std::vector<RecordedCount>{{"gardening", 2}}); // twice in one check-in counts once
    CHECK(counts.worse == std::vector<RecordedCount>{{"bed-rest", 2}, {"sitting-long", 1}});

    SECTION("a read-only connection of its own sees the same, while the store stays open for writing") {
        const auto again = countRecorded(store->path());
        CHECK(again.triggers == counts.triggers);
        store->addCheckIn(entry(second, 630, {"stress"}, {}, {}));
        CHECK(countRecorded(store->path()).triggers.at(1) == RecordedCount{"stress", 2});
    }
}

TEST_CASE("an empty log counts nothing") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto counts = countRecorded(store->database());
    CHECK(counts.checkIns == 0);
    CHECK(counts.triggers.empty());
    CHECK(counts.freeTags.empty());
    CHECK(counts.worse.empty());
}
