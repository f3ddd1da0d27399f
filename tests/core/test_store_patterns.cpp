// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_error.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

SavedPatternResult sampleResult(const std::string& episodeId, int minutes) {
    SavedPatternResult result;
    result.episodeId = episodeId;
    result.savedAt = at(minutes);
    result.fits = {{"sciatica", 5}, {"disc", 3}};
    result.answers = {{"leg", {"below-knee"}}, {"sitting", {"worse"}}, {"habits", {"lifting", "poor-sleep"}}};
    result.contentVersion = "2026.11.1";
    return result;
}

} // namespace

TEST_CASE("a saved pattern result reads back exactly, and the latest save wins") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    CHECK_FALSE(store->latestPatternResult(episode).has_value());

    const auto first = sampleResult(episode, 30);
    store->savePatternResult(first);
    CHECK(store->latestPatternResult(episode) == first);

    auto second = sampleResult(episode, 45);
    second.fits.clear(); // no pattern fitted
    second.answers = {{"leg", {"no"}}};
    store->savePatternResult(second);
    CHECK(store->latestPatternResult(episode) == second);

    // An earlier time saved later does not replace the latest by time.
    store->savePatternResult(sampleResult(episode, 10));
    CHECK(store->latestPatternResult(episode) == second);
}

TEST_CASE("pattern results belong to their episode and go with it") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto kept = store->startEpisode(sampleEpisode());
    const auto removed = store->startEpisode(sampleEpisode(100));
    store->savePatternResult(sampleResult(kept, 30));
    store->savePatternResult(sampleResult(removed, 130));

    REQUIRE(store->deleteEpisode(removed));
    CHECK_FALSE(store->latestPatternResult(removed).has_value());
    CHECK(store->database().queryInt64("SELECT count(*) FROM pattern_results") == 1);
    CHECK(store->latestPatternResult(kept).has_value());
    CHECK_THROWS_AS(store->savePatternResult(sampleResult("no-such-episode", 0)), StoreError);
}

TEST_CASE("a pattern result written differently by another version reads as empty lists, not an error") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    store->savePatternResult(sampleResult(episode, 30));
    store->database().exec("UPDATE pattern_results SET fits = '{\"odd\": 1}', answers = 'not json'");
    const auto read = store->latestPatternResult(episode);
    REQUIRE(read.has_value());
    CHECK(read->fits.empty());
    CHECK(read->answers.empty());
    CHECK(read->contentVersion == "2026.11.1");
}
