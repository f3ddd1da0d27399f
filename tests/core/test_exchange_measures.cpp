// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The measures in the JSON log (format 4): back checks and the day back to usual activities, exported, imported by
// the merge rule, refused when impossible; format-3 files still import.
#include "core/exchange/import_summary.h"
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/exchange/log_json.h"
#include "exchange_test_support.h"

#include <nlohmann/json.hpp>
#include <sstream>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// After every record of fillLog, so none of them is in the future.
const auto kNow = at(2000).timePoint();

// One episode back to usual on its third day, with a baseline, a weekly check and the end-of-episode PGIC.
struct MeasuresLog {
    std::string episode;
    BackCheckRecord baseline;
    BackCheckRecord weekly;
    BackCheckRecord ended;
};

MeasuresLog fillMeasures(EpisodeStore& store) {
    MeasuresLog log;
    Episode episode = sampleEpisode(0);
    episode.endedAt = at(1500, 0);
    log.episode = store.startEpisode(episode);
    REQUIRE(store.setBackToUsual(log.episode, at(1400, 120)));
    log.baseline = {{}, log.episode, at(5), BackCheckAsked::Baseline, RmdqAnswers{}, std::nullopt};
    log.baseline.rmdq->ticked.fill(true);
    log.baseline.id = store.addBackCheck(log.baseline);
    log.weekly = {{}, log.episode, at(1000, -300), BackCheckAsked::Weekly, RmdqAnswers{}, Pgic::MuchImproved};
    log.weekly.rmdq->ticked[0] = true;
    log.weekly.rmdq->ticked[23] = true;
    log.weekly.id = store.addBackCheck(log.weekly);
    log.ended = {{}, log.episode, at(1500), BackCheckAsked::EpisodeEnded, std::nullopt, Pgic::VeryMuchImproved};
    log.ended.id = store.addBackCheck(log.ended);
    return log;
}

} // namespace

TEST_CASE("the JSON export writes format 4 with each episode's back checks and its day back to usual") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const auto log = fillMeasures(*store);
    const auto document = nlohmann::json::parse(exportedJson(*store));
    CHECK(document.at("formatVersion") == 4);
    const auto& episode = document.at("episodes").at(0);
    CHECK(episode.at("backToUsualAt") == "2026-11-24T14:25:00+02:00");
    const auto& checks = episode.at("backChecks");
    REQUIRE(checks.size() == 3);
    CHECK(checks[0].at("id") == log.baseline.id);
    CHECK(checks[0].at("asked") == "baseline");
    CHECK(checks[0].at("rmdq") == std::string(24, '1'));
    CHECK(checks[0].at("rmdqScore") == 24);
    CHECK(checks[0].at("pgic").is_null());
    CHECK(checks[1].at("takenAt") == "2026-11-24T00:45:00-05:00");
    CHECK(checks[1].at("rmdq") == "100000000000000000000001");
    CHECK(checks[1].at("rmdqScore") == 2);
    CHECK(checks[1].at("pgic") == 2);
    CHECK(checks[2].at("asked") == "episode-ended");
    CHECK(checks[2].at("rmdq").is_null());
    CHECK(checks[2].at("rmdqScore").is_null());
    CHECK(checks[2].at("pgic") == 1);
    CHECK(checks[2].contains("modifiedAt"));
    // An episode without any keeps the member null and writes no list.
    store->startEpisode(sampleEpisode(1600));
    const auto second = nlohmann::json::parse(exportedJson(*store)).at("episodes").at(1);
    CHECK(second.at("backToUsualAt").is_null());
    CHECK_FALSE(second.contains("backChecks"));
}

TEST_CASE("back checks round-trip through the JSON export, and importing the file twice adds them once") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    const auto log = fillMeasures(*source);
    const auto text = exportedJson(*source);

    auto target = openStore(to.path(), clock);
    const auto first = importJsonText(*target, text);
    INFO(first.error);
    REQUIRE(first.ok);
    CHECK(first.added(RecordKind::BackCheck) == 3);
    CHECK(first.added(RecordKind::Episode) == 1);
    CHECK(snapshot(*target) == snapshot(*source));
    CHECK(target->episode(log.episode)->backToUsual == at(1400, 120));
    CHECK(target->modifiedMs(RecordKind::BackCheck, log.weekly.id) ==
          source->modifiedMs(RecordKind::BackCheck, log.weekly.id));
    CHECK(exportedJson(*target) == text);

    const auto again = importJsonText(*target, text);
    REQUIRE(again.ok);
    CHECK(again.tally.of(RecordKind::BackCheck, MergeOutcome::Unchanged) == 3);
    CHECK(again.tally.of(RecordKind::BackCheck, MergeOutcome::Added) == 0);
    CHECK(target->backChecks(log.episode).size() == 3);
    CHECK(snapshot(*target) == snapshot(*source));
}

TEST_CASE("back checks merge by the same rule: newer file copies replace, newer edits and deletions here stay") {
    TempDir dir;
    FakeClock clock(at(1600).timePoint());
    auto store = openStore(dir.path(), clock);
    const auto log = fillMeasures(*store);
    const auto text = exportedJson(*store);

    auto document = nlohmann::json::parse(text);
    auto& checks = document["episodes"][0]["backChecks"];
    // Changed in the file after the copy here: replaces it.
    checks[1]["pgic"] = 4;
    checks[1]["modifiedAt"] = at(1700).toIso8601();
    // Changed in the file, but edited here later: the edit here stays.
    checks[0]["rmdq"] = std::string(24, '0');
    checks[0]["rmdqScore"] = 0;
    checks[0]["modifiedAt"] = at(1650).toIso8601();
    // A new one in the file: added.
    auto added = checks[2];
    added["id"] = "a-new-back-check";
    checks.push_back(added);
    // The day back to usual edited in the file later: replaces the episode's.
    document["episodes"][0]["backToUsualAt"] = at(1450, 60).toIso8601();
    document["episodes"][0]["modifiedAt"] = at(1700).toIso8601();

    clock.set(at(1680).timePoint());
    auto editedHere = log.baseline;
    editedHere.rmdq->ticked[3] = false;
    REQUIRE(store->updateBackCheck(editedHere));
    clock.set(at(1690).timePoint());
    REQUIRE(store->deleteBackCheck(log.ended.id)); // deleted after the file's copy was last changed

    clock.set(at(1800).timePoint());
    const auto merged = importJsonText(*store, document.dump());
    INFO(merged.error);
    REQUIRE(merged.ok);
    CHECK(merged.updated(RecordKind::BackCheck) == 1);
    CHECK(merged.tally.of(RecordKind::BackCheck, MergeOutcome::KeptLocal) == 1);
    CHECK(merged.tally.of(RecordKind::BackCheck, MergeOutcome::KeptDeleted) == 1);
    CHECK(merged.added(RecordKind::BackCheck) == 1);
    CHECK(merged.updated(RecordKind::Episode) == 1);
    const auto stored = store->backChecks(log.episode);
    REQUIRE(stored.size() == 3);
    CHECK(stored[0] == editedHere);
    CHECK(stored[1].pgic == Pgic::NoChange);
    CHECK(stored[2].id == "a-new-back-check");
    CHECK(store->episode(log.episode)->backToUsual == at(1450, 60));
    CHECK(store->modifiedMs(RecordKind::BackCheck, log.weekly.id) == at(1700).epochMs);
}

TEST_CASE("a format-3 file, made before the measures were logged, still imports and keeps the measures here") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const auto result = importJsonText(*store, R"({"format": "spasmguide-log", "formatVersion": 3, "episodes": [
        {"id": "e-1", "startedAt": "2026-11-23T14:05:00+01:00", "modifiedAt": "2026-11-23T13:10:00Z", "checkIns": [
            {"id": "c-1", "at": "2026-11-23T14:10:00+01:00", "pain": 6, "modifiedAt": "2026-11-23T13:10:00Z"}]}]})");
    INFO(result.error);
    REQUIRE(result.ok);
    CHECK(result.added(RecordKind::Episode) == 1);
    CHECK(result.added(RecordKind::CheckIn) == 1);
    CHECK(store->backChecks("e-1").empty());
    CHECK_FALSE(store->episode("e-1")->backToUsual);

    // Measures recorded here afterwards; the same old file again leaves them be.
    clock.set(at(2100).timePoint());
    store->addBackCheck({{}, "e-1", at(30), BackCheckAsked::Baseline, RmdqAnswers{}, std::nullopt});
    REQUIRE(store->setBackToUsual("e-1", at(60)));
    const auto again = importJsonText(*store, R"({"format": "spasmguide-log", "formatVersion": 3, "episodes": [
        {"id": "e-1", "startedAt": "2026-11-23T14:05:00+01:00", "modifiedAt": "2026-11-23T13:10:00Z"}]})");
    REQUIRE(again.ok);
    CHECK(again.tally.of(RecordKind::Episode, MergeOutcome::KeptLocal) == 1);
    CHECK(store->backChecks("e-1").size() == 1);
    CHECK(store->episode("e-1")->backToUsual == at(60));
}

TEST_CASE("an impossible back check refuses the whole file, by its place, and nothing is imported") {
    TempDir dir;
    FakeClock clock(kNow);
    auto source = openStore(dir.path(), clock);
    fillMeasures(*source);
    auto fresh = nlohmann::json::parse(exportedJson(*source));
    for (auto& episode : fresh["episodes"]) { // new ids, so a partial import would show
        episode["id"] = "new-" + episode["id"].get<std::string>();
        for (auto& check : episode["backChecks"]) {
            check["id"] = "new-" + check["id"].get<std::string>();
        }
    }
    const auto edited = [&](const std::function<void(nlohmann::json&)>& change) {
        auto copy = fresh;
        change(copy["episodes"][0]);
        return copy.dump();
    };
    const auto before = snapshot(*source);
    const std::vector<std::pair<std::string, std::string>> cases = {
        {edited([](auto& e) { e["backChecks"][1]["rmdq"] = std::string(25, '0'); }),
         "episodes/0/backChecks/1/rmdq: must be 24 characters, each 0 or 1"},
        {edited([](auto& e) { e["backChecks"][1]["rmdq"] = "10000000000000000000000x"; }),
         "episodes/0/backChecks/1/rmdq: must be 24 characters"},
        {edited([](auto& e) { e["backChecks"][1]["rmdq"] = 16777216; }),
         "episodes/0/backChecks/1/rmdq: must be 24 characters"},
        {edited([](auto& e) { e["backChecks"][1]["rmdqScore"] = 3; }),
         "episodes/0/backChecks/1/rmdqScore: does not match the ticked statements"},
        {edited([](auto& e) { e["backChecks"][1]["rmdqScore"] = 25; }),
         "episodes/0/backChecks/1/rmdqScore: must be a whole number from 0 to 24"},
        {edited([](auto& e) { e["backChecks"][2]["pgic"] = 0; }),
         "episodes/0/backChecks/2/pgic: must be a whole number from 1 to 7"},
        {edited([](auto& e) { e["backChecks"][2]["pgic"] = 8; }),
         "episodes/0/backChecks/2/pgic: must be a whole number from 1 to 7"},
        {edited([](auto& e) { e["backChecks"][2]["pgic"] = nullptr; }),
         "episodes/0/backChecks/2: holds neither Roland-Morris answers (rmdq) nor a PGIC (pgic)"},
        {edited([](auto& e) { e["backChecks"][0]["asked"] = "monthly"; }),
         "episodes/0/backChecks/0/asked: must be \"baseline\", \"weekly\" or \"episode-ended\""},
        {edited([](auto& e) { e["backChecks"][0].erase("takenAt"); }), "episodes/0/backChecks/0/takenAt: is missing"},
        {edited([](auto& e) { e["backChecks"][0]["takenAt"] = at(-10).toIso8601(); }),
         "episodes/0/backChecks/0/takenAt: must not be before the episode's startedAt"},
        {edited([](auto& e) { e["backChecks"][0]["takenAt"] = "2027-06-01T00:00:00Z"; }),
         "episodes/0/backChecks/0/takenAt: must not be more than a day in the future"},
        {edited([](auto& e) { e["backChecks"][2]["id"] = e["backChecks"][0]["id"]; }),
         "episodes/0/backChecks/2/id: is used twice in the file"},
        {edited([](auto& e) { e["backChecks"] = nlohmann::json::object(); }), "episodes/0/backChecks: must be a list"},
        {edited([](auto& e) { e["backToUsualAt"] = at(-10).toIso8601(); }),
         "episodes/0/backToUsualAt: must not be before the episode's startedAt"},
        {edited([](auto& e) { e["backToUsualAt"] = "soon"; }), "episodes/0/backToUsualAt: must be an ISO 8601 time"},
    };
    for (const auto& [text, expected] : cases) {
        INFO("expected: " << expected);
        const auto result = importJsonText(*source, text);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains(expected));
        CHECK(snapshot(*source) == before);
    }
    const auto good = importJsonText(*source, fresh.dump());
    INFO(good.error);
    CHECK(good.ok); // the unbroken file does import
}

TEST_CASE("the import summary names back checks with real plurals") {
    CHECK(countOf(RecordKind::BackCheck, 1) == "1 back check");
    CHECK(countOf(RecordKind::BackCheck, 2) == "2 back checks");
    ImportTally tally;
    tally.count(RecordKind::BackCheck, MergeOutcome::Added, 3);
    tally.count(RecordKind::BackCheck, MergeOutcome::KeptLocal);
    CHECK_THAT(importSummary(tally), Catch::Contains("3 back checks added") && Catch::Contains("1 back check kept"));
}
