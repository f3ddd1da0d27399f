// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Insights across episodes on small hand-made histories (exact figures) and a large generated one.
#include "core/insights/insights.h"
#include "generated_log.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

constexpr int kDay = 24 * 60; // minutes

// An ended episode starting `startDay` days after the base time, lasting `hours`, with check-ins given as
// (minutes after the start, pain, heat?, movement?) and the same trigger and worse lists on the first one.
std::string addEpisode(EpisodeStore& store, int startDay, int hours,
                       const std::vector<std::tuple<int, int, bool, bool>>& points,
                       const std::vector<std::string>& triggers = {}, const std::vector<std::string>& worse = {}) {
    Episode episode;
    episode.startedAt = at(startDay * kDay);
    episode.endedAt = at(startDay * kDay + hours * 60);
    const auto id = store.startEpisode(episode);
    bool first = true;
    for (const auto& [minutes, pain, heat, movement] : points) {
        CheckIn checkIn;
        checkIn.episodeId = id;
        checkIn.at = at(startDay * kDay + minutes);
        checkIn.pain = pain;
        if (heat) {
            checkIn.heat = HeatUse{"Wheat bag", 20};
        }
        checkIn.movement = movement;
        if (first) {
            checkIn.triggers = triggers;
            checkIn.worse = worse;
            first = false;
        }
        store.addCheckIn(checkIn);
    }
    return id;
}

double valueOf(const std::optional<double>& value) {
    REQUIRE(value.has_value());
    return *value;
}

std::chrono::system_clock::time_point dayAfterBase(int day) {
    return at(day * kDay).timePoint();
}

} // namespace

TEST_CASE("an empty log has no figures and says there is not enough") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto insights = computeInsights(store->database(), dayAfterBase(0));
    CHECK(insights.episodes == 0);
    CHECK_FALSE(insights.enoughForPatterns());
    CHECK_FALSE(insights.medianDaysBetween);
    CHECK_FALSE(insights.medianHours);
    CHECK_FALSE(insights.averagePeak);
    CHECK(insights.triggers.empty());
    CHECK(insights.relief.empty());
}

TEST_CASE("two episodes give their figures but not enough for a pattern") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    addEpisode(*store, 0, 48, {{0, 8, true, false}, {120, 6, false, false}}, {"lifting"});
    addEpisode(*store, 10, 24, {{0, 6, false, false}}, {"lifting", "stress"});
    const auto insights = computeInsights(store->database(), dayAfterBase(30));
    CHECK(insights.episodes == 2);
    CHECK(insights.checkIns == 3);
    CHECK_FALSE(insights.enoughForPatterns());
    CHECK(valueOf(insights.medianDaysBetween) == Approx(10.0));
    CHECK(valueOf(insights.perMonth) == Approx(2.0)); // 2 episodes in 30 days
    CHECK(insights.endedEpisodes == 2);
    CHECK(valueOf(insights.medianHours) == Approx(36.0));
    CHECK(valueOf(insights.longestHours) == Approx(48.0));
    CHECK(valueOf(insights.averagePeak) == Approx(7.0));
    CHECK(insights.highestPeak == 8);
    CHECK(insights.peaks == std::vector<EpisodePeak>{{at(0).epochMs, 8}, {at(10 * kDay).epochMs, 6}});
    CHECK(insights.triggers == std::vector<RecurringItem>{{"lifting", 2}}); // stress only once
    CHECK(insights.relief.empty()); // heat was followed by a check-in once: too few
}

TEST_CASE("recurring triggers and the biggest pain drops over several episodes") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    // Heat is followed by drops of 3, 2 and 4; movement by 1, 0 and -1 (worse); an open episode counts too.
    addEpisode(*store, 0, 72, {{0, 8, true, false}, {60, 5, false, true}, {600, 4, false, false}}, {"lifting"},
               {"static-postures"});
    addEpisode(*store, 7, 30, {{0, 7, true, false}, {60, 5, false, true}, {600, 5, false, false}},
               {"lifting", "twisting"}, {"static-postures", "ice"});
    addEpisode(*store, 21, 20, {{0, 9, true, false}, {60, 5, false, true}, {600, 6, false, false}},
               {"twisting", "lifting"});
    Episode open;
    open.startedAt = at(28 * kDay);
    store->startEpisode(open);

    const auto insights = computeInsights(store->database(), dayAfterBase(30));
    CHECK(insights.episodes == 4);
    CHECK(insights.enoughForPatterns());
    CHECK(insights.endedEpisodes == 3);
    CHECK(valueOf(insights.medianHours) == Approx(30.0));
    CHECK(valueOf(insights.medianDaysBetween) == Approx(7.0)); // gaps 7, 14, 7
    CHECK(insights.peaks.size() == 3);                         // the open episode has no check-ins
    CHECK(valueOf(insights.averagePeak) == Approx(8.0));
    CHECK(insights.triggers == std::vector<RecurringItem>{{"lifting", 3}, {"twisting", 2}});
    CHECK(insights.worse == std::vector<RecurringItem>{{"static-postures", 2}});
    REQUIRE(insights.relief.size() == 2);
    CHECK(insights.relief[0].what == "heat");
    CHECK(insights.relief[0].times == 3);
    CHECK(insights.relief[0].averageDrop == Approx(3.0));
    CHECK(insights.relief[1].what == "movement");
    CHECK(insights.relief[1].averageDrop == Approx(0.0));
}

TEST_CASE("insights over a large log come from SQL on a read-only connection") {
    TempDir dir;
    FakeClock clock;
    constexpr int kEpisodes = 3000;
    {
        auto store = openStore(dir.path(), clock);
        generateLog(*store, kEpisodes);
    }
    const auto started = std::chrono::steady_clock::now();
    const auto insights =
        computeInsights(EpisodeStore::databasePath(dir.path()),
                        std::chrono::system_clock::from_time_t(1700000000) + std::chrono::hours(24 * kEpisodes));
    const auto elapsed = std::chrono::steady_clock::now() - started;
    CHECK(elapsed < std::chrono::seconds(10));
    CHECK(insights.episodes == kEpisodes);
    CHECK(insights.checkIns == kEpisodes * 10);
    CHECK(valueOf(insights.medianDaysBetween) == Approx(1.0));
    CHECK(valueOf(insights.perMonth) == Approx(30.0));
    CHECK(valueOf(insights.medianHours) == Approx(40000.0 / 3600.0));
    CHECK(insights.triggers == std::vector<RecurringItem>{{"lifting", kEpisodes}, {"twisting", kEpisodes}});
    CHECK(insights.worse == std::vector<RecurringItem>{{"bed-rest", kEpisodes}});
    // Pain is (episode + j) % 11 at the j-th check-in; heat is on even j, movement on odd j.
    double heatDrops = 0;
    int heatTimes = 0;
    for (int episode = 1; episode <= kEpisodes; ++episode) {
        for (int j = 0; j < 9; j += 2) {
            heatDrops += (episode + j) % 11 - (episode + j + 1) % 11;
            ++heatTimes;
        }
    }
    const auto heat = std::find_if(insights.relief.begin(), insights.relief.end(),
                                   [](const ReliefItem& r) { return r.what == "heat"; });
    REQUIRE(heat != insights.relief.end());
    CHECK(heat->times == heatTimes);
    CHECK(heat->averageDrop == Approx(heatDrops / heatTimes));
    CHECK(insights.relief.size() == 4);
}
