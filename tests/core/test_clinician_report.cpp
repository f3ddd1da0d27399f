// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind the clinician report: which episodes a period takes, their pain, counts, medications and every
// warning-sign "yes" the log holds.
#include "core/report/clinician_report.h"
#include "core/store/sample_log.h"
#include "store_test_support.h"

#include <limits>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

CheckIn reading(const std::string& episodeId, int minutes, int pain) {
    CheckIn checkIn;
    checkIn.episodeId = episodeId;
    checkIn.at = at(minutes);
    checkIn.pain = pain;
    return checkIn;
}

std::chrono::system_clock::time_point moment(int minutes) {
    return at(minutes).timePoint();
}

struct ThreeEpisodes {
    TempDir dir;
    FakeClock clock{moment(10000)};
    std::unique_ptr<EpisodeStore> store = openStore(dir.path(), clock);
    std::string old;
    std::string middle;
    std::string open;

    ThreeEpisodes() {
        // Old: a triage "yes" and a check-in "yes", long before the period.
        Episode first = sampleEpisode(0);
        first.endedAt = at(100);
        old = store->startEpisode(first);
        CheckIn flagged = reading(old, 10, 9);
        flagged.newRedFlag = true;
        flagged.newRedFlagIds = {"saddle-numbness"};
        store->addCheckIn(flagged);

        Episode second;
        second.startedAt = at(5000);
        second.endedAt = at(6000);
        second.note = "private words";
        middle = store->startEpisode(second);
        CheckIn a = reading(middle, 5010, 6);
        a.triggers = {"lifting", "twisting"};
        a.worse = {"bed-rest"};
        a.medications = {{"Cyclobenzaprine 10 mg", at(5005)}, {"Ibuprofen", at(5000)}};
        store->addCheckIn(a);
        CheckIn b = reading(middle, 5500, 8);
        b.triggers = {"lifting", "lifting"};
        store->addCheckIn(b);
        store->addCheckIn(reading(middle, 5900, 3));

        Episode third;
        third.startedAt = at(9000);
        open = store->startEpisode(third); // still open
        CheckIn c = reading(open, 9100, 5);
        c.worse = {"bed-rest", "sitting-long"};
        c.newRedFlag = true; // "yes" without naming a sign
        store->addCheckIn(c);
        CheckIn unrated = reading(open, 9200, 0);
        unrated.pain.reset(); // a new sign reported before a pain number was chosen
        unrated.newRedFlag = true;
        unrated.newRedFlagIds = {"fever"};
        store->addCheckIn(unrated);
    }

    ClinicianReport report(std::optional<int> fromMinutes, int toMinutes) {
        ReportRequest request;
        if (fromMinutes) {
            request.from = moment(*fromMinutes);
        }
        request.to = moment(toMinutes);
        request.appVersion = "1.2.3";
        request.contentVersion = "2026.11";
        request.drowsyMedicines = {"cyclobenzaprine", "tizanidine"};
        return buildClinicianReport(*store, request, clock.now());
    }
};

} // namespace

TEST_CASE("a period takes the episodes that overlap it, with their pain, counts and medications") {
    ThreeEpisodes log;
    const auto report = log.report(4000, 10000);

    REQUIRE(report.episodes.size() == 2);
    const auto& middle = report.episodes[0];
    CHECK(middle.episode.id == log.middle);
    CHECK(middle.episode.endedAt == at(6000));
    CHECK(middle.episode.note.empty()); // notes stay out of a report meant for sharing
    CHECK(middle.pain == std::vector<PainReading>{{at(5010), 6}, {at(5500), 8}, {at(5900), 3}});
    CHECK(middle.peakPain == 8);
    CHECK(middle.latestPain == 3);
    CHECK(report.episodes[1].episode.id == log.open);
    CHECK_FALSE(report.episodes[1].episode.endedAt);
    CHECK(report.episodes[1].latestPain == 5); // the unrated check-in after it counts, but has no pain
    CHECK(report.episodes[1].checkIns == 2);
    CHECK(report.episodes[1].pain.size() == 1);

    CHECK(report.checkIns == 5);
    CHECK(report.triggers == std::vector<RecordedCount>{{"lifting", 2}, {"twisting", 1}}); // once per check-in
    CHECK(report.worse == std::vector<RecordedCount>{{"bed-rest", 2}, {"sitting-long", 1}});
    CHECK(report.medications ==
          std::vector<ReportMedication>{{"Ibuprofen", at(5000), false}, {"Cyclobenzaprine 10 mg", at(5005), true}});
    CHECK(report.from == Timestamp::local(moment(4000)));
    CHECK(report.to == Timestamp::local(moment(10000)));
    CHECK(report.appVersion == "1.2.3");
    CHECK(report.contentVersion == "2026.11");
    // The middle episode's triage and its three check-ins said no; the open one's triage too, its check-in yes.
    CHECK(report.redFlagChecksAnsweredNo == 5);
}

TEST_CASE("every warning-sign yes in the log is listed, in time order, whatever the period") {
    ThreeEpisodes log;
    const auto report = log.report(4000, 10000);
    REQUIRE(report.redFlags.size() == 4);
    CHECK(report.redFlags[0] ==
          RedFlagAnswer{at(0), RedFlagAnswer::When::Triage, {"past-cancer", "fever"}}); // from sampleEpisode
    CHECK(report.redFlags[1] == RedFlagAnswer{at(10), RedFlagAnswer::When::CheckIn, {"saddle-numbness"}});
    CHECK(report.redFlags[2] == RedFlagAnswer{at(9100), RedFlagAnswer::When::CheckIn, {}});
    CHECK(report.redFlags[3] == RedFlagAnswer{at(9200), RedFlagAnswer::When::CheckIn, {"fever"}});
}

TEST_CASE("without a start the period begins with the first episode, and an episode still open reaches now") {
    ThreeEpisodes log;
    const auto all = log.report(std::nullopt, 10000);
    CHECK(all.episodes.size() == 3);
    CHECK(all.from == Timestamp::local(moment(0)));

    const auto late = log.report(9500, 9600); // after the open episode's only check-in, before now
    REQUIRE(late.episodes.size() == 1);
    CHECK(late.episodes[0].episode.id == log.open);

    const auto gap = log.report(7000, 8000); // between episodes
    CHECK(gap.episodes.empty());
    CHECK(gap.checkIns == 0);
    CHECK(gap.redFlags.size() == 4);
}

TEST_CASE("an empty log gives an empty report for the period asked") {
    TempDir dir;
    FakeClock clock{moment(100)};
    auto store = openStore(dir.path(), clock);
    ReportRequest request;
    request.to = moment(100);
    const auto report = buildClinicianReport(*store, request, clock.now());
    CHECK(report.episodes.empty());
    CHECK(report.redFlags.empty());
    CHECK(report.medications.empty());
    CHECK(report.from == report.to);
    CHECK(report.generatedAt == Timestamp::local(moment(100)));
}

TEST_CASE("the sample log behind screenshots and the demo gives a full report") {
    TempDir dir;
    FakeClock clock{moment(100000)};
    auto store = openStore(dir.path(), clock);
    fillSampleLog(*store, clock.now());
    ReportRequest request;
    request.to = clock.now();
    const auto report = buildClinicianReport(*store, request, clock.now());
    CHECK(report.episodes.size() == 6);
    CHECK(report.checkIns == 24);
    CHECK_FALSE(report.episodes.back().episode.endedAt);            // one still going on
    REQUIRE(report.redFlags.size() == 2);                           // a triage tick and the one new sign at a check-in
    CHECK(report.redFlags[0].when == RedFlagAnswer::When::CheckIn); // 30 days ago
    CHECK(report.redFlags[0].signIds == std::vector<std::string>{"night-rest-pain"});
    CHECK(report.redFlags[1].when == RedFlagAnswer::When::Triage); // 15 days ago
    CHECK(report.medications.size() == 6);                         // five at check-ins, one from the medication log
    CHECK(report.triggers.front() == RecordedCount{"prolonged-sitting", 3});
    CHECK(report.sessions.heat > 0); // the open episode's heat and breathing sessions
    CHECK(report.sessions.breathing > 0);
    CHECK(report.patternResult.has_value()); // saved with the newest episode
}

TEST_CASE("sessions, the medication log and the latest pattern-finder result of the period's episodes are in it") {
    ThreeEpisodes log;
    using std::chrono::minutes;
    // In the old episode, outside the period: left out.
    log.store->addHeatSession({"", log.old, at(20), "Wrap", 20, minutes(20), true});
    log.store->savePatternResult({log.old, at(30), {{"disc", 4}}, {}, "2026.11"});
    // In the period.
    log.store->addHeatSession({"", log.middle, at(5020), "Wrap", 20, minutes(20), true});
    log.store->addHeatSession({"", log.open, at(9110), "Pad", 20, minutes(7), false});
    log.store->addBreathingSession({"", log.open, at(9120), 4, 6, 12, minutes(2)});
    log.store->addMedication({"", log.open, "Tizanidine", at(9130)});
    log.store->savePatternResult({log.middle, at(5600), {{"facet", 5}, {"overload", 5}}, {}, "2026.11"});
    log.store->savePatternResult({log.open, at(9150), {}, {}, "2026.11"}); // no match, but the latest

    const auto report = log.report(4000, 10000);
    CHECK(report.sessions ==
          ReportSessions{2, 1, minutes(27), 1, 12, minutes(2)}); // heat: 2 sessions, 1 to the end, 27 minutes
    REQUIRE(report.medications.size() == 3);
    CHECK(report.medications.back() == ReportMedication{"Tizanidine", at(9130), true}); // by time taken
    REQUIRE(report.patternResult);
    CHECK(report.patternResult->episodeId == log.open);
    CHECK(report.patternResult->fits.empty());

    const auto earlier = log.report(4000, 7000); // only the middle episode
    CHECK(earlier.sessions.heat == 1);
    REQUIRE(earlier.patternResult);
    CHECK(earlier.patternResult->fits == std::vector<PatternFit>{{"facet", 5}, {"overload", 5}});
}

TEST_CASE("records no real log can hold are left out and counted, and no sum overflows, whatever the log holds") {
    ThreeEpisodes log; // now is minute 10000
    using std::chrono::hours;
    using std::chrono::milliseconds;
    // A damaged or hand-edited log: an episode in year 1, one in year 9999, one ending before it starts.
    Episode ancient;
    ancient.startedAt = {-62135596800000, 0}; // 0001-01-01
    const auto ancientId = log.store->startEpisode(ancient);
    log.store->addCheckIn(reading(ancientId, 0, 7)); // left out with its episode
    Episode future;
    future.startedAt = {253402214400000, 0}; // 9999-12-31
    log.store->startEpisode(future);
    Episode backwards;
    backwards.startedAt = at(8000);
    backwards.endedAt = at(7000);
    log.store->startEpisode(backwards);
    // In the open episode, which is in the period: a check-in and a medicine a year ahead, a session of a million
    // hours and one with more breaths than an int holds.
    log.store->addCheckIn(reading(log.open, 9300 + 525'600, 4));
    log.store->addMedication({"", log.open, "Ibuprofen", at(9300 + 525'600)});
    log.store->addHeatSession({"", log.open, at(9110), "Pad", 20, milliseconds(hours(1'000'000)), false});
    log.store->addBreathingSession({"", log.open, at(9120), 4, 6, std::numeric_limits<int>::max(), hours(2)});

    const auto report = log.report(std::nullopt, 10000);
    CHECK(report.leftOut == 6); // three episodes, the ancient one's check-in, the future check-in and medicine
    CHECK(report.from == Timestamp::local(moment(0))); // the first real episode's start, not year 1
    CHECK(report.episodes.size() == 3);
    CHECK(report.sessions.heatTime == hours(24));   // a day at most a session
    CHECK(report.sessions.breaths == 24 * 60 * 60); // one a second for a day at most
    CHECK(report.sessions.breathingTime == hours(2));
    for (const auto& medication : report.medications) {
        CHECK(medication.takenAt.epochMs <= at(10000).epochMs);
    }
}
