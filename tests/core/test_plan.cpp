// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day-by-day plan: which day of an episode it is (midnight, DST, travel), the phases it shows, the
// validator's plan rules and the checklist kept with the episode.
#include "core/content/content_loader.h"
#include "core/content/content_validator.h"
#include "core/plan/episode_day.h"
#include "core/store/store_error.h"
#include "store_test_support.h"
#include "zones.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace spasmguide;
using namespace std::chrono;
using nlohmann::json;
using spasmguide::test::ChangingZone;
using spasmguide::test::ContentCopy;
using spasmguide::test::FakeClock;
using spasmguide::test::FixedZone;
using spasmguide::test::TempDir;

namespace {

// A UTC moment: year-month-day hour:minute.
system_clock::time_point utc(year_month_day date, int hour, int minute = 0) {
    return sys_days(date) + hours(hour) + minutes(minute);
}

// The start as the person's clock (at `offset`) recorded it.
Timestamp started(system_clock::time_point moment, int offset) {
    return Timestamp::fromTimePoint(moment, offset);
}

std::vector<std::string> validate(const ContentCopy& root) {
    ContentValidator validator(sys_days{December / 7 / 2026});
    std::vector<std::string> out;
    std::string report;
    for (const auto& d : validator.validateRoot(root.path())) {
        if (d.severity == Severity::Note) {
            continue; // which Roland-Morris form a translation shows: test_measures_content.cpp
        }
        out.push_back(d.format());
        report += out.back() + '\n';
    }
    UNSCOPED_INFO(report);
    return out;
}

// How many of `lines` contain `text`.
long countIn(const std::vector<std::string>& lines, const std::string& text) {
    return std::count_if(lines.begin(), lines.end(),
                         [&text](const std::string& line) { return line.find(text) != std::string::npos; });
}

// Whether one of `lines` contains `text`.
bool anyContains(const std::vector<std::string>& lines, const std::string& text) {
    return std::any_of(lines.begin(), lines.end(),
                       [&text](const std::string& line) { return line.find(text) != std::string::npos; });
}

json readJson(const ContentCopy& root, const std::string& file) {
    return json::parse(std::ifstream(root.path() / file));
}

} // namespace

TEST_CASE("day 1 is the start's calendar day, and day 2 begins at the person's midnight, not 24 hours later") {
    const FixedZone berlin(60);
    const auto start = started(utc(2026y / November / 23, 22, 50), 60);        // 23:50 local
    CHECK(episodeDay(start, utc(2026y / November / 23, 22, 59), berlin) == 1); // 23:59
    CHECK(episodeDay(start, utc(2026y / November / 23, 23, 0), berlin) == 2);  // 00:00, ten minutes later
    CHECK(episodeDay(start, utc(2026y / November / 24, 22, 49), berlin) == 2); // 23:49 the next day
    CHECK(episodeDay(start, utc(2026y / November / 25, 23, 0), berlin) == 4);  // the 26th, 00:00
    CHECK(episodeDay(start, utc(2026y / December / 3, 12, 0), berlin) == 11);  // the 3rd of December
    CHECK(dateOfDay(start, 4) == sys_days(2026y / November / 26));
    // In UTC it started on the 23rd as well, but a zone far ahead had already reached the 24th.
    const auto tokyo = started(utc(2026y / November / 23, 16, 0), 9 * 60); // 01:00 on the 24th
    CHECK(episodeDay(tokyo, utc(2026y / November / 24, 14, 59), FixedZone(9 * 60)) == 1);
    CHECK(episodeDay(tokyo, utc(2026y / November / 24, 15, 0), FixedZone(9 * 60)) == 2);
}

TEST_CASE("a DST change does not add or skip a day") {
    // Europe/London, spring forward on 29 March 2026 at 01:00 UTC: 01:00 GMT becomes 02:00 BST.
    const auto springForward = utc(2026y / March / 29, 1);
    const ChangingZone london(0, springForward, 60);
    const auto start = started(utc(2026y / March / 28, 23, 30), 0); // 23:30 GMT on Saturday
    CHECK(episodeDay(start, utc(2026y / March / 28, 23, 59), london) == 1);
    CHECK(episodeDay(start, utc(2026y / March / 29, 0, 30), london) == 2);  // 00:30 GMT on Sunday
    CHECK(episodeDay(start, utc(2026y / March / 29, 22, 59), london) == 2); // 23:59 BST
    CHECK(episodeDay(start, utc(2026y / March / 29, 23, 0), london) == 3);  // 00:00 BST on Monday

    // Fall back on 25 October 2026 at 01:00 UTC: 02:00 BST becomes 01:00 GMT, a 25-hour Sunday.
    const auto fallBack = utc(2026y / October / 25, 1);
    const ChangingZone autumn(60, fallBack, 0);
    const auto evening = started(utc(2026y / October / 24, 22, 30), 60);        // 23:30 BST on Saturday
    CHECK(episodeDay(evening, utc(2026y / October / 25, 0, 30), autumn) == 2);  // 01:30 BST, before the change
    CHECK(episodeDay(evening, utc(2026y / October / 25, 1, 30), autumn) == 2);  // 01:30 GMT, the hour again
    CHECK(episodeDay(evening, utc(2026y / October / 25, 23, 59), autumn) == 2); // 23:59 GMT, 25 hours in
    CHECK(episodeDay(evening, utc(2026y / October / 26, 0, 0), autumn) == 3);   // Monday
}

TEST_CASE("a flight across zones counts the person's own dates, never a day below 1") {
    // Started 22:00 on Monday in New York (UTC-5), then in London (UTC+0) from Tuesday 02:00 UTC.
    const auto start = started(utc(2026y / November / 24, 3, 0), -300);
    const ChangingZone trip(-300, utc(2026y / November / 24, 10, 0), 0);
    CHECK(episodeDay(start, utc(2026y / November / 24, 4, 0), trip) == 1);  // still Monday 23:00 in New York
    CHECK(episodeDay(start, utc(2026y / November / 24, 11, 0), trip) == 2); // Tuesday 11:00 in London
    // Westward: started at 00:30 on Tuesday in London, now 20:00 on Monday in Los Angeles.
    const auto west = started(utc(2026y / November / 24, 0, 30), 0);
    CHECK(episodeDay(west, utc(2026y / November / 24, 4, 0), FixedZone(-480)) == 1);
    CHECK(episodeDay(west, utc(2026y / November / 25, 8, 0), FixedZone(-480)) == 2); // Wednesday 00:00 there
}

TEST_CASE("a start no real episode can have is day 1 and undated, not day 99812 or a year before 1970") {
    const auto now = utc(2026y / December / 7, 12, 0);
    const Timestamp yearOne{-62135596800000, 0}; // 0001-01-01
    CHECK_FALSE(isDatedStart(yearOne, now));
    CHECK(episodeDay(yearOne, now, FixedZone(0)) == 1);
    const Timestamp nextYear = started(utc(2027y / December / 7, 12, 0), 0);
    CHECK_FALSE(isDatedStart(nextYear, now));
    CHECK(episodeDay(nextYear, now, FixedZone(0)) == 1);
    const Timestamp lastWeek = started(utc(2026y / November / 30, 12, 0), 0);
    CHECK(isDatedStart(lastWeek, now));
    CHECK(episodeDay(lastWeek, now, FixedZone(0)) == 8);
    // An hour ahead (a clock a little fast) is still a real start.
    CHECK(isDatedStart(started(utc(2026y / December / 7, 13, 0), 0), now));
}

TEST_CASE("the shipped plan covers every day: three phases, the last one open-ended") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(result.bundle);
    const auto& plan = result.bundle->plan;
    REQUIRE(plan.phases.size() == 3);
    CHECK(plan.phaseForDay(1)->id == "first-72-hours");
    CHECK(plan.phaseForDay(3)->id == "first-72-hours");
    CHECK(plan.phaseForDay(4)->id == "days-4-to-10");
    CHECK(plan.phaseForDay(13)->id == "days-4-to-10"); // the seed's "next 10 days" after the first 72 hours
    CHECK(plan.phaseForDay(14)->id == "after-day-10"); // ids stay as published: ticks refer to them
    CHECK(plan.phaseForDay(400)->id == "after-day-10");
    CHECK(plan.phaseAfter(*plan.phaseForDay(2))->fromDay == 4);
    CHECK(plan.phaseAfter(plan.phases.back()) == nullptr);
    CHECK(plan.movementReminder.everyMinutes == 30);
    for (const auto& phase : plan.phases) {
        CHECK_FALSE(phase.toDo.empty());
        CHECK_FALSE(phase.avoid.empty());
        CHECK_FALSE(phase.seeClinicianIf.empty());
        for (const auto* list : {&phase.toDo, &phase.avoid, &phase.seeClinicianIf}) {
            for (const auto& item : *list) {
                INFO(item.id);
                CHECK_FALSE(item.sources.empty()); // every piece of advice is cited
            }
        }
    }
    const auto& review = result.bundle->manifest.partReviews.at("plan");
    CHECK(review.status == "draft");
    CHECK_THAT(review.notes, Catch::StartsWith("Awaits the author's review"));

    const auto spanish = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "es");
    REQUIRE(spanish.bundle);
    CHECK(spanish.bundle->plan.phases[1].fromDay == 4); // days are borrowed from English
    CHECK(spanish.bundle->plan.phases[1].title == "Días 4–13");
    CHECK(spanish.bundle->plan.phases[0].toDo[0].sources == plan.phases[0].toDo[0].sources);
}

TEST_CASE("plan phases must run from day 1 without gaps or overlaps, only the last one open-ended") {
    ContentCopy root;
    auto plan = readJson(root, "en/plan.json");
    plan["phases"][1]["fromDay"] = 5;
    plan["phases"][1].erase("toDay");
    root.write("en/plan.json", plan.dump(2));
    auto found = validate(root);
    CHECK(countIn(found, "/en/plan.json:") == 2);
    CHECK(countIn(found, ": error: ") == 2); // es, compared file by file, keeps its own days
    CHECK(anyContains(found, "error: this phase starts on day 5, but the previous one ends on day 3"));
    CHECK(anyContains(found, "error: only the last phase may leave out \"toDay\" (at /phases/1)"));

    plan = readJson(ContentCopy(), "en/plan.json");
    plan["phases"][0]["fromDay"] = 2;
    plan["phases"][2]["toDay"] = 20;
    plan["phases"][2]["avoid"][0]["id"] = "heat-sessions";
    root.write("en/plan.json", plan.dump(2));
    found = validate(root);
    CHECK(countIn(found, "/en/plan.json:") == 3);
    CHECK(anyContains(found, "error: duplicate plan item id \"heat-sessions\" (first used at line"));
    CHECK(anyContains(found, "error: the first phase starts on day 1 (at /phases/0/fromDay)"));
    CHECK(anyContains(found, "error: the last phase has no \"toDay\""));
}

TEST_CASE("the plan's review record is checked like the manifest's, and a translation's is its own") {
    ContentCopy root;
    auto manifest = readJson(root, "es/manifest.json");
    manifest["partReviews"]["plan"].erase("date");
    root.write("es/manifest.json", manifest.dump(2));
    auto found = validate(root);
    REQUIRE(found.size() == 1); // a date is no text to translate: no fallback warning
    CHECK_THAT(found[0], Catch::EndsWith("error: the review's \"date\" must be the translation's own, not the "
                                         "base's (at /partReviews/plan/date)"));
    manifest.erase("partReviews");
    root.write("es/manifest.json", manifest.dump(2));
    found = validate(root);
    REQUIRE(found.size() == 7); // the fallback, and one error for each of the six parts es has its own file for
    CHECK(anyContains(found, "error: a translation needs its own review of \"plan\" (status, by, date) "
                             "(at /partReviews/plan)"));

    auto base = readJson(root, "en/manifest.json");
    base["partReviews"]["plan"]["date"] = "2026-13-01";
    root.write("en/manifest.json", base.dump(2));
    found = validate(root);
    REQUIRE_FALSE(found.empty());
    CHECK_THAT(found[0], Catch::Contains("error: not a date"));
}

TEST_CASE("plan ticks are kept per episode and day, survive reopening and go with their episode") {
    TempDir dir;
    FakeClock clock;
    std::string id;
    {
        auto store = test::openStore(dir.path(), clock);
        id = store->startEpisode(test::sampleEpisode());
        CHECK(store->planTicks(id, 1).empty());
        CHECK(store->setPlanTick(id, 1, "heat-sessions", true));
        CHECK(store->setPlanTick(id, 1, "breathe-slowly", true));
        CHECK(store->setPlanTick(id, 1, "heat-sessions", true)); // twice is once
        CHECK(store->setPlanTick(id, 2, "heat-sessions", true));
        CHECK(store->setPlanTick(id, 2, "heat-sessions", false));
        CHECK(store->setPlanTick(id, 2, "never-ticked", false));
        CHECK_FALSE(store->setPlanTick("no-such-episode", 1, "heat-sessions", true));
        CHECK_THROWS_AS(store->setPlanTick(id, 0, "heat-sessions", true), StoreError);
    }
    auto store = test::openStore(dir.path(), clock);
    CHECK(store->planTicks(id, 1) == std::vector<std::string>{"breathe-slowly", "heat-sessions"});
    CHECK(store->planTicks(id, 2).empty());
    CHECK(store->planTicks("no-such-episode", 1).empty());
    REQUIRE(store->deleteEpisode(id));
    CHECK(store->database().queryInt64("SELECT COUNT(*) FROM episode_plan_ticks") == 0);
}
