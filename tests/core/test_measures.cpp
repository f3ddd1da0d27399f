// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome measures' rules, each a pure function: the Roland-Morris score and its answers as the log keeps them,
// the PGIC scale, when the weekly back check is offered, "back to usual activities after N days", the clinically
// important change (IMMPACT for pain, Ostelo 2008 for the Roland-Morris) on a table of series, the report's
// period, and English plurals in core text.
#include "core/measures/back_to_usual.h"
#include "core/measures/important_change.h"
#include "core/measures/pgic.h"
#include "core/measures/rmdq.h"
#include "core/measures/weekly_check.h"
#include "core/report/report_period.h"
#include "core/text/plural.h"
#include "zones.h"

#include <catch2/catch.hpp>
#include <set>
#include <vector>

using namespace spasmguide;
using namespace std::chrono;
using spasmguide::test::ChangingZone;
using spasmguide::test::FixedZone;

namespace {

// A UTC moment: year-month-day hour:minute.
system_clock::time_point utc(year_month_day date, int hour, int minute = 0) {
    return sys_days(date) + hours(hour) + minutes(minute);
}

// The moment as a clock `offset` minutes ahead of UTC recorded it.
Timestamp recorded(system_clock::time_point moment, int offset = 0) {
    return Timestamp::fromTimePoint(moment, offset);
}

// Day `day` of an episode that began on 1 December 2026 at 10:00 UTC, at `hour` UTC.
Timestamp onDay(int day, int hour = 12) {
    return recorded(sys_days{December / 1 / 2026} + days(day - 1) + hours(hour));
}

const Timestamp kStart = onDay(1, 10);

// A series of readings, one a day from day 1.
std::vector<ScoredReading> daily(const std::vector<int>& values) {
    std::vector<ScoredReading> readings;
    int day = 1;
    for (const int value : values) {
        readings.push_back({onDay(day++), value});
    }
    return readings;
}

} // namespace

TEST_CASE("the Roland-Morris score is the number of statements ticked, 0 to 24") {
    RmdqAnswers answers;
    CHECK(rmdqScore(answers) == 0);
    answers.ticked[0] = answers.ticked[12] = answers.ticked[23] = true;
    CHECK(rmdqScore(answers) == 3);
    answers.ticked.fill(true);
    CHECK(rmdqScore(answers) == kRmdqMaxScore);
    CHECK(kRmdqMaxScore == 24);
}

TEST_CASE("the answers are kept as 24 characters of 0 and 1, and anything else is refused") {
    RmdqAnswers answers;
    answers.ticked[0] = answers.ticked[23] = true;
    CHECK(toAnswerText(answers) == "100000000000000000000001");
    CHECK(answersFromText("100000000000000000000001") == answers);
    CHECK(answersFromText(toAnswerText(RmdqAnswers{})) == RmdqAnswers{});
    for (const char* bad : {"", "10000000000000000000000", "1000000000000000000000010", "10000000000000000000000x",
                            "1000000000000000000000 1",
                            "\xEF\xBB\xBF"
                            "100000000000000000000"}) {
        INFO('"' << bad << '"');
        CHECK_FALSE(answersFromText(bad));
    }
}

TEST_CASE("the compiled-in form has 24 different statements in the published order") {
    const auto& statements = rmdqStatements();
    CHECK(statements.front() == "I stay at home most of the time because of my back.");
    CHECK(statements[8] == "I get dressed more slowly than usual because of my back.");
    CHECK(statements.back() == "I stay in bed most of the time because of my back.");
    CHECK(std::set<std::string_view>(statements.begin(), statements.end()).size() == 24);
    CHECK(rmdqInstructions().substr(0, 40) == "When your back hurts, you may find it di");
}

TEST_CASE("the PGIC has seven answers, 1 very much improved to 7 very much worse") {
    CHECK(pgicFromValue(1) == Pgic::VeryMuchImproved);
    CHECK(pgicFromValue(4) == Pgic::NoChange);
    CHECK(pgicFromValue(7) == Pgic::VeryMuchWorse);
    for (const long long outside : {0LL, 8LL, -1LL, 1LL << 40}) {
        CHECK_FALSE(pgicFromValue(outside));
    }
    for (int value = 1; value <= 7; ++value) {
        CHECK(pgicValue(*pgicFromValue(value)) == value);
    }
}

TEST_CASE("the back check is offered at the start, then on day 8 and not on day 6 or 7") {
    const FixedZone utcZone(0);
    SECTION("the baseline: no questionnaire in this episode yet") {
        CHECK(backCheckDue(kStart, true, std::nullopt, kStart.timePoint(), utcZone) == BackCheck::Baseline);
        CHECK(backCheckDue(kStart, true, std::nullopt, onDay(5).timePoint(), utcZone) == BackCheck::Baseline);
        // One from an earlier episode does not count.
        CHECK(backCheckDue(kStart, true, onDay(-3), onDay(2).timePoint(), utcZone) == BackCheck::Baseline);
    }
    SECTION("an ended episode offers none") {
        CHECK(backCheckDue(kStart, false, std::nullopt, onDay(2).timePoint(), utcZone) == BackCheck::NotDue);
        CHECK(backCheckDue(kStart, false, onDay(1), onDay(9).timePoint(), utcZone) == BackCheck::NotDue);
    }
    SECTION("weekly from the last one") {
        const auto baseline = onDay(1, 11);
        for (const auto& [day, due] : std::vector<std::pair<int, BackCheck>>{{1, BackCheck::NotDue},
                                                                             {6, BackCheck::NotDue},
                                                                             {7, BackCheck::NotDue},
                                                                             {8, BackCheck::Weekly},
                                                                             {12, BackCheck::Weekly}}) {
            INFO("day " << day);
            CHECK(backCheckDue(kStart, true, baseline, onDay(day, 9).timePoint(), utcZone) == due);
        }
        // Once taken again on day 9, the next is due on day 16.
        CHECK(backCheckDue(kStart, true, onDay(9), onDay(15, 23).timePoint(), utcZone) == BackCheck::NotDue);
        CHECK(backCheckDue(kStart, true, onDay(9), onDay(16, 0).timePoint(), utcZone) == BackCheck::Weekly);
    }
    SECTION("calendar days of the person's clock, not 24-hour spans") {
        // Taken at 23:50 on day 1, offered again at 00:10 on day 8: six days and 20 minutes later.
        const auto lateOnDay1 = recorded(onDay(1, 23).timePoint() + minutes(50));
        CHECK(backCheckDue(kStart, true, lateOnDay1, onDay(8, 0).timePoint() + minutes(10), utcZone) ==
              BackCheck::Weekly);
        // 23:30 on day 1 at UTC+1 (22:30 UTC); seven days later at 00:30 in UTC+1 it is day 8 there, still day 7 in
        // UTC.
        const auto taken = recorded(utc(December / 1 / 2026, 22, 30), 60);
        const auto now = utc(December / 7 / 2026, 23, 30);
        CHECK(backCheckDue(kStart, true, taken, now, FixedZone(60)) == BackCheck::Weekly);
        CHECK(backCheckDue(kStart, true, taken, now, utcZone) == BackCheck::NotDue);
    }
    SECTION("a clock set back before the last one offers nothing") {
        CHECK(backCheckDue(kStart, true, onDay(9), onDay(3).timePoint(), utcZone) == BackCheck::NotDue);
    }
}

TEST_CASE("\"I'm back to my usual activities\" is offered once pain has eased from its peak, and only once") {
    using Pain = std::vector<int>;
    for (const auto& [pain, offered] : std::vector<std::pair<Pain, bool>>{{{}, false},
                                                                          {{7}, false},
                                                                          {{7, 5}, true},
                                                                          {{3, 6}, false},
                                                                          {{6, 4, 6}, false},
                                                                          {{4, 8, 7}, true},
                                                                          {{0, 0}, false}}) {
        INFO(Catch::Detail::stringify(pain));
        CHECK(offersBackToUsual(pain, false) == offered);
        CHECK_FALSE(offersBackToUsual(pain, true));
    }
}

TEST_CASE("back to usual activities after N calendar days, in words with real plurals") {
    CHECK(daysToUsualActivities(kStart, onDay(1, 20)) == 0);
    CHECK(daysToUsualActivities(kStart, onDay(2, 1)) == 1);
    CHECK(daysToUsualActivities(kStart, onDay(4)) == 3);
    // Started at 23:50, back at 00:10 the next morning by the same clock: one calendar day.
    const auto lateStart = recorded(utc(December / 1 / 2026, 22, 50), 60);
    CHECK(daysToUsualActivities(lateStart, recorded(utc(December / 1 / 2026, 23, 10), 60)) == 1);
    // A clock set wrong never gives a negative number.
    CHECK(daysToUsualActivities(kStart, recorded(kStart.timePoint() - days(3))) == 0);
    CHECK(describeBackToUsual(0) == "back to usual activities the same day");
    CHECK(describeBackToUsual(1) == "back to usual activities after 1 day");
    CHECK(describeBackToUsual(3) == "back to usual activities after 3 days");
}

TEST_CASE("pain falls by a clinically important amount at 2 points and 30% together (IMMPACT)") {
    using Status = ImportantChange::Status;
    struct Row {
        std::vector<int> pain;
        Status status;
        std::optional<int> day; // when met
    };
    const std::vector<Row> table{
        {{}, Status::TooFewReadings, {}}, {{7}, Status::TooFewReadings, {}}, {{6, 4}, Status::Met, 2}, // 2 points, 33%
        {{7, 5}, Status::NotYet, {}},    // 2 points, only 29%
        {{7, 4}, Status::Met, 2},        // 3 points, 43%
        {{10, 7}, Status::Met, 2},       // exactly 30%, 3 points
        {{10, 8, 7}, Status::Met, 3},    // 20% first, then exactly 30%
        {{5, 4, 3}, Status::Met, 3},     // 1 point, then 2 points (40%)
        {{2, 0}, Status::Met, 2},        // all the way down
        {{1, 0}, Status::NotYet, {}},    // 1 point is never enough, whatever the percentage
        {{4, 6, 8}, Status::NotYet, {}}, // a rise
        {{5, 5, 5}, Status::NotYet, {}}, // no change
        {{6, 9, 4, 7}, Status::Met, 3},  // a rise first; met on day 3 even though pain rose again
        {{0, 0}, Status::NotYet, {}},    // nothing to fall from
        {{8, 6, 6, 5}, Status::Met, 4},  // the first reading is the baseline, not the peak
    };
    for (const auto& row : table) {
        INFO(Catch::Detail::stringify(row.pain));
        const auto change = findImportantChange(Measure::Pain, daily(row.pain), kStart);
        CHECK(change.status == row.status);
        CHECK(change.day == row.day);
        if (!row.pain.empty()) {
            CHECK(change.first == row.pain.front());
        }
        if (row.day) {
            REQUIRE(change.at);
            CHECK(change.at->value == row.pain[static_cast<std::size_t>(*row.day - 1)]);
        }
    }
}

TEST_CASE("the Roland-Morris score falls by a clinically important amount at 5 points or 30% (Ostelo 2008)") {
    using Status = ImportantChange::Status;
    CHECK(isImportantFall(Measure::Rmdq, 20, 15));       // 5 points, 25%
    CHECK_FALSE(isImportantFall(Measure::Rmdq, 20, 16)); // 4 points, 20%
    CHECK(isImportantFall(Measure::Rmdq, 10, 7));        // exactly 30%
    CHECK_FALSE(isImportantFall(Measure::Rmdq, 10, 8));  // 20%
    CHECK(isImportantFall(Measure::Rmdq, 3, 2));         // 1 point is 33% of 3
    CHECK_FALSE(isImportantFall(Measure::Rmdq, 0, 0));   // no fall is never important, whatever the percentage
    CHECK_FALSE(isImportantFall(Measure::Rmdq, 12, 14));
    CHECK(isImportantFall(Measure::Rmdq, 24, 0));
    // The same fall means different things on the two scales: 2 of 7 is 29%.
    CHECK_FALSE(isImportantFall(Measure::Pain, 7, 5));
    CHECK(isImportantFall(Measure::Rmdq, 6, 4));

    const std::vector<ScoredReading> weekly{{onDay(1), 16}, {onDay(8), 13}, {onDay(15), 11}};
    const auto change = findImportantChange(Measure::Rmdq, weekly, kStart);
    CHECK(change.status == Status::Met);
    CHECK(change.day == 15); // 5 points (31%) on day 15; 3 points (19%) on day 8 was not enough
    CHECK(findImportantChange(Measure::Rmdq, std::vector<ScoredReading>{{onDay(1), 16}}, kStart).status ==
          Status::TooFewReadings);
}

TEST_CASE("the day a change was met is the day its reading was recorded, by the clock it was recorded with") {
    // Started at 22:00 at UTC+1 on 1 December (21:00 UTC); rated 6, then 3 at 00:30 on 2 December, UTC+1.
    const auto start = recorded(utc(December / 1 / 2026, 21), 60);
    const std::vector<ScoredReading> series{{start, 6}, {recorded(utc(December / 1 / 2026, 23, 30), 60), 3}};
    CHECK(findImportantChange(Measure::Pain, series, start).day == 2);
}

TEST_CASE("the important change in English sentences") {
    ImportantChange met{ImportantChange::Status::Met, 6, ScoredReading{onDay(3), 3}, 3};
    CHECK(describeImportantChange(Measure::Pain, met) == "Pain fell by a clinically important amount by day 3");
    CHECK(describeImportantChange(Measure::Rmdq, met) ==
          "The Roland-Morris score fell by a clinically important amount by day 3");
    ImportantChange notYet{ImportantChange::Status::NotYet, 6, std::nullopt, std::nullopt};
    CHECK(describeImportantChange(Measure::Pain, notYet) == "Pain has not fallen by a clinically important amount yet");
    CHECK(describeImportantChange(Measure::Rmdq, ImportantChange{}) ==
          "Too few Roland-Morris scores yet to see a clinically important change");
}

TEST_CASE("the report's period: the open episode or the last four weeks by default, and each choice") {
    const FixedZone zone(60);
    const auto now = utc(December / 8 / 2026, 15);
    const auto midnight = [&zone](year_month_day date) { return startOfLocalDay(sys_days(date), zone); };
    CHECK(defaultPeriodChoice(true) == PeriodChoice::ThisEpisode);
    CHECK(defaultPeriodChoice(false) == PeriodChoice::LastFourWeeks);
    CHECK(midnight(December / 8 / 2026) == utc(December / 7 / 2026, 23));

    auto select = [&](PeriodRequest request, std::optional<EpisodeSpan> episode = std::nullopt) {
        return selectReportPeriod(request, now, zone, episode);
    };
    SECTION("the last two or four weeks end now and begin at a local midnight, today included") {
        CHECK(select({PeriodChoice::LastTwoWeeks, {}, {}}).period == ReportPeriod{midnight(November / 25 / 2026), now});
        CHECK(select({PeriodChoice::LastFourWeeks, {}, {}}).period ==
              ReportPeriod{midnight(November / 11 / 2026), now});
    }
    SECTION("all of the log") {
        CHECK(select({PeriodChoice::All, {}, {}}).period == ReportPeriod{std::nullopt, now});
    }
    SECTION("this episode: from its start to its end, or to now while it is open") {
        const auto start = recorded(utc(December / 2 / 2026, 7), 60);
        const auto end = recorded(utc(December / 6 / 2026, 18), 60);
        CHECK(select({PeriodChoice::ThisEpisode, {}, {}}, EpisodeSpan{start, std::nullopt}).period ==
              ReportPeriod{start.timePoint(), now});
        CHECK(select({PeriodChoice::ThisEpisode, {}, {}}, EpisodeSpan{start, end}).period ==
              ReportPeriod{start.timePoint(), end.timePoint()});
        const auto none = select({PeriodChoice::ThisEpisode, {}, {}});
        CHECK_FALSE(none.period);
        CHECK(none.problem == "there is no episode in the log yet");
    }
    SECTION("from one day to another, both included, never past now") {
        const PeriodRequest firstWeek{PeriodChoice::Range, sys_days{December / 1 / 2026},
                                      sys_days{December / 5 / 2026}};
        CHECK(select(firstWeek).period ==
              ReportPeriod{midnight(December / 1 / 2026), midnight(December / 6 / 2026) - milliseconds(1)});
        const PeriodRequest oneDay{PeriodChoice::Range, sys_days{December / 3 / 2026}, sys_days{December / 3 / 2026}};
        CHECK(select(oneDay).period ==
              ReportPeriod{midnight(December / 3 / 2026), midnight(December / 4 / 2026) - milliseconds(1)});
        const PeriodRequest intoNextYear{PeriodChoice::Range, sys_days{December / 1 / 2026},
                                         sys_days{January / 31 / 2027}};
        CHECK(select(intoNextYear).period == ReportPeriod{midnight(December / 1 / 2026), now});
    }
    SECTION("a range that cannot be met says why") {
        const PeriodRequest backwards{PeriodChoice::Range, sys_days{December / 5 / 2026},
                                      sys_days{December / 1 / 2026}};
        CHECK(select(backwards).problem == "the first day is after the last day");
        const PeriodRequest future{PeriodChoice::Range, sys_days{December / 9 / 2026}, sys_days{December / 12 / 2026}};
        CHECK(select(future).problem == "the first day is after today");
        CHECK(select({PeriodChoice::Range, sys_days{December / 1 / 2026}, std::nullopt}).problem ==
              "a period needs both a first and a last day");
        CHECK_FALSE(select(backwards).period);
    }
}

TEST_CASE("a local midnight across a daylight-saving change") {
    // Summer time (UTC+2) ends at 01:00 UTC on 25 October 2026; winter time is UTC+1.
    const ChangingZone zone(120, utc(October / 25 / 2026, 1), 60);
    CHECK(startOfLocalDay(sys_days{October / 25 / 2026}, zone) == utc(October / 24 / 2026, 22));
    CHECK(startOfLocalDay(sys_days{October / 26 / 2026}, zone) == utc(October / 25 / 2026, 23));
}

TEST_CASE("counts in core text are real English plurals, never \"(s)\"") {
    CHECK(counted(1, "check-in", "check-ins") == "1 check-in");
    CHECK(counted(2, "check-in", "check-ins") == "2 check-ins");
    CHECK(counted(0, "episode", "episodes") == "0 episodes");
    CHECK(counted(24, "breath", "breaths") == "24 breaths");
}
