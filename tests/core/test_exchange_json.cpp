// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
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

std::int64_t updatedOf(const ImportResult& result) {
    return result.tally.of(MergeOutcome::Updated);
}

} // namespace

TEST_CASE("the JSON export says what it is and holds every episode, empty store included") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const auto empty = nlohmann::json::parse(exportedJson(*store));
    CHECK(empty.at("format") == "spasmguide-log");
    CHECK(empty.at("formatVersion") == log_json::kFormatVersion);
    CHECK(empty.at("appVersion") == "1.2.3");
    CHECK(empty.at("contentVersion") == "content-7");
    CHECK(empty.at("exportedAt") == "2026-11-24T23:25:00+01:00");
    CHECK(empty.at("episodes") == nlohmann::json::array());

    fillLog(*store);
    const auto full = nlohmann::json::parse(exportedJson(*store));
    REQUIRE(full.at("episodes").size() == 3);
    CHECK(full.at("episodes")[1].at("checkIns") == nlohmann::json::array());
    CHECK(full.at("episodes")[0].at("checkIns")[1].at("areas") ==
          nlohmann::json{"low-back-centre", "hip-right", "below-knee-left"});
}

TEST_CASE("export then import into an empty store gives back every field") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    fillLog(*source);
    const auto text = exportedJson(*source);

    auto target = openStore(to.path(), clock);
    const auto result = importJsonText(*target, text);
    INFO(result.error);
    REQUIRE(result.ok);
    CHECK(result.added(RecordKind::Episode) == 3);
    CHECK(result.added(RecordKind::CheckIn) == 3);
    CHECK(updatedOf(result) + result.unchanged() == 0);
    CHECK(snapshot(*target) == snapshot(*source));
    CHECK(exportedJson(*target) == text);

    const auto empty = importJsonText(*target, exportedJson(*openStore(TempDir().path(), clock)));
    CHECK(empty.ok);
    CHECK(empty.tally.records() == 0);
}

TEST_CASE("importing the same file twice changes nothing, and a changed file updates only what differs") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    const auto text = exportedJson(*store);
    const auto before = snapshot(*store);

    for (int round = 0; round < 2; ++round) {
        const auto again = importJsonText(*store, text);
        REQUIRE(again.ok);
        CHECK(again.unchanged() == 6);
        CHECK(again.tally.records() == 6);
        CHECK(snapshot(*store) == before);
    }

    // Changed elsewhere after the copies here were: the file's copies replace them.
    auto edited = nlohmann::json::parse(text);
    edited["episodes"][0]["checkIns"][0]["pain"] = 9;
    edited["episodes"][0]["checkIns"][0]["modifiedAt"] = at(2100).toIso8601();
    edited["episodes"][2]["note"] = "edited elsewhere";
    edited["episodes"][2]["modifiedAt"] = at(2100).toIso8601();
    auto added = edited["episodes"][0]["checkIns"][0];
    added["id"] = "a-new-check-in";
    edited["episodes"][2]["checkIns"].push_back(added);
    const auto merged = importJsonText(*store, edited.dump());
    INFO(merged.error);
    REQUIRE(merged.ok);
    CHECK(merged.updated(RecordKind::Episode) == 1);
    CHECK(merged.updated(RecordKind::CheckIn) == 1);
    CHECK(merged.added(RecordKind::CheckIn) == 1);
    CHECK(merged.unchanged() == 4);
    CHECK(store->checkIn("a-new-check-in")->pain == 9);
    CHECK(store->episode(edited["episodes"][2]["id"].get<std::string>())->note == "edited elsewhere");
}

TEST_CASE("a bad file is refused with a message naming the problem, and the store is left exactly as it was") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    const auto good = exportedJson(*store);
    auto newEpisodes = nlohmann::json::parse(good);
    for (auto& episode : newEpisodes["episodes"]) { // all new ids, so a partial import would show
        episode["id"] = "new-" + episode["id"].get<std::string>();
        for (auto& checkIn : episode["checkIns"]) {
            checkIn["id"] = "new-" + checkIn["id"].get<std::string>();
        }
    }
    const auto edited = [&](const std::function<void(nlohmann::json&)>& change) {
        auto copy = newEpisodes;
        change(copy);
        return copy.dump();
    };
    const auto before = snapshot(*store);

    const std::vector<std::pair<std::string, std::string>> cases = {
        {"", "the file is empty"},
        {"{\"format\": \"spasmguide-log\",, }", "not valid JSON (damaged near line 1, column 29)"},
        {good.substr(0, good.size() / 2), "ends too early"},
        {"[1, 2]", "does not hold a JSON object"},
        {edited([](auto& j) { j["format"] = "something-else"; }), "format: this is not a SpasmGuide log"},
        {edited([](auto& j) { j.erase("formatVersion"); }), "formatVersion: is missing"},
        {edited([](auto& j) { j["formatVersion"] = 5; }), "made by a newer SpasmGuide (log format 5"},
        {edited([](auto& j) { j["formatVersion"] = "1"; }), "formatVersion: must be a whole number"},
        {edited([](auto& j) { j["episodes"][2]["checkIns"][0]["pain"] = 11; }),
         "episodes/2/checkIns/0/pain: must be a whole number from 0 to 10"},
        {edited([](auto& j) { j["episodes"][2]["checkIns"][0]["pain"] = 6.5; }),
         "episodes/2/checkIns/0/pain: must be a whole number from 0 to 10"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1].erase("at"); }), "episodes/0/checkIns/1/at: is missing"},
        {edited([](auto& j) { j["episodes"][1]["startedAt"] = "yesterday"; }),
         "episodes/1/startedAt: must be an ISO 8601 time"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1]["medications"][1]["takenAt"] = "2026-13-01T00:00:00Z"; }),
         "episodes/0/checkIns/1/medications/1/takenAt: must be an ISO 8601 time"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1]["areas"][2] = "elbow"; }),
         "episodes/0/checkIns/1/areas/2: is not a known body area"},
        {edited([](auto& j) { j["episodes"][2]["checkIns"][0]["id"] = j["episodes"][0]["checkIns"][0]["id"]; }),
         "episodes/2/checkIns/0/id: is used twice in the file"},
        {edited([](auto& j) { j["episodes"][2]["id"] = ""; }), "episodes/2/id: must not be empty"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1]["heat"]["minutes"] = -1; }),
         "episodes/0/checkIns/1/heat/minutes: must be a whole number of minutes"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1]["freeTags"][0] = 3; }),
         "episodes/0/checkIns/1/freeTags/0: must be text"},
        {edited([](auto& j) { j["episodes"][0]["checkIns"][1]["movement"] = "yes"; }),
         "episodes/0/checkIns/1/movement: must be true or false"},
        {edited([](auto& j) { j["episodes"] = nlohmann::json::object(); }), "episodes: must be a list"},
    };
    for (const auto& [text, expected] : cases) {
        INFO("expected: " << expected);
        const auto result = importJsonText(*store, text);
        CHECK_FALSE(result.ok);
        CHECK_FALSE(result.cancelled);
        CHECK_THAT(result.error, Catch::Contains(expected));
        CHECK(result.tally.records() == 0);
        CHECK(snapshot(*store) == before);
    }
    CHECK(importJsonText(*store, newEpisodes.dump()).ok); // the unbroken file does import
}

TEST_CASE("an import cancelled through the progress callback imports nothing") {
    TempDir dir;
    FakeClock clock(kNow);
    auto source = openStore(dir.path(), clock);
    fillLog(*source);
    const auto text = exportedJson(*source);

    TempDir other;
    auto target = openStore(other.path(), clock);
    ImportProgress seen;
    const auto result = importJsonText(*target, text, [&](const ImportProgress& progress) {
        seen = progress;
        return false;
    });
    CHECK_FALSE(result.ok);
    CHECK(result.cancelled);
    CHECK_THAT(result.error, Catch::Contains("cancelled"));
    CHECK(seen.records == 6);
    CHECK(seen.bytesTotal == static_cast<std::int64_t>(text.size()));
    CHECK(seen.bytesRead == seen.bytesTotal);
    CHECK(target->importHistory(10).empty());
    CHECK(target->episodeCount() == 0);
    CHECK(target->checkInCount() == 0);
    CHECK(importJsonText(*target, text).ok); // the store is still usable: no transaction left open
}

TEST_CASE("a JSON export can be cancelled") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    std::ostringstream out;
    CHECK_FALSE(exportJson(*store, out, kExportInfo, [](std::int64_t, std::int64_t) { return false; }));
}

TEST_CASE("a check-in without a pain number exports pain as null and imports back without one") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    const auto episodeId = source->startEpisode(sampleEpisode());
    CheckIn warningOnly;
    warningOnly.episodeId = episodeId;
    warningOnly.at = at(5);
    warningOnly.newRedFlag = true;
    warningOnly.id = source->addCheckIn(warningOnly);
    const auto text = exportedJson(*source);
    CHECK(nlohmann::json::parse(text)["episodes"][0]["checkIns"][0]["pain"].is_null());

    auto target = openStore(to.path(), clock);
    const auto result = importJsonText(*target, text);
    INFO(result.error);
    REQUIRE(result.ok);
    const auto imported = target->checkIn(warningOnly.id);
    REQUIRE(imported);
    CHECK_FALSE(imported->pain.has_value());
    CHECK(imported->newRedFlag);
    // Missing altogether is still an error: only an explicit null means "not rated".
    auto missing = nlohmann::json::parse(text);
    missing["episodes"][0]["checkIns"][0].erase("pain");
    CHECK_FALSE(importJsonText(*openStore(TempDir().path(), clock), missing.dump()).ok);
}

TEST_CASE("the plan's ticks go out with their episode and come back in, once, however often imported") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    fillLog(*source);
    const auto episodes = source->listEpisodes(0, 10);
    REQUIRE(episodes.size() == 3);
    const auto id = episodes.front().episode.id;
    REQUIRE(source->setPlanTick(id, 1, "heat-sessions", true));
    REQUIRE(source->setPlanTick(id, 4, "return-to-activity", true));
    const auto text = exportedJson(*source);
    const auto document = nlohmann::json::parse(text);
    int withTicks = 0;
    for (const auto& episode : document["episodes"]) {
        if (episode.contains("planTicks")) {
            ++withTicks;
            // Dated by when they were ticked (the clock's now), in UTC.
            CHECK(episode["planTicks"] ==
                  nlohmann::json::parse(
                      R"([{"day": 1, "item": "heat-sessions", "modifiedAt": "2026-11-24T22:25:00+00:00"},
                     {"day": 4, "item": "return-to-activity", "modifiedAt": "2026-11-24T22:25:00+00:00"}])"));
        }
    }
    CHECK(withTicks == 1); // episodes without ticks write none

    auto target = openStore(to.path(), clock);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(importJsonText(*target, text).ok);
        CHECK(target->planTicks(id, 1) == std::vector<std::string>{"heat-sessions"});
        CHECK(target->planTicks(id, 4) == std::vector<std::string>{"return-to-activity"});
    }
    CHECK(target->allPlanTicks() == source->allPlanTicks());
    CHECK(exportedJson(*target) == text);

    auto bad = document;
    for (auto& episode : bad["episodes"]) {
        if (episode.contains("planTicks")) {
            episode["planTicks"][0]["day"] = 0;
        }
    }
    const auto refused = importJsonText(*openStore(TempDir().path(), clock), bad.dump());
    CHECK_FALSE(refused.ok);
    CHECK_THAT(refused.error, Catch::Contains("a plan day is a whole number from 1"));
}

namespace {

// fillLog's episodes with the tools' records in the first and last, a medicine in another offset.
void fillActivities(EpisodeStore& store) {
    const auto episodes = store.listEpisodes(0, 10);
    const auto& newest = episodes.front().episode.id;
    const auto& oldest = episodes.back().episode.id;
    store.addHeatSession({{}, oldest, at(20), "Wheat bag", 20, std::chrono::minutes(20), true});
    store.addHeatSession(
        {{}, oldest, at(90), "Electric pad \xE2\x9C\x93", 15, std::chrono::milliseconds(250'125), false});
    store.addBreathingSession({{}, oldest, at(30), 4, 6, 11, std::chrono::milliseconds(110'500)});
    store.addMedication({{}, newest, "Ibuprofen", at(1005, -300)});
    store.addMedication({{}, newest, "My own cream", at(1010)});
}

} // namespace

TEST_CASE("heat and breathing sessions and medicines travel with their episode, and importing twice changes nothing") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    fillLog(*source);
    fillActivities(*source);
    const auto text = exportedJson(*source);
    const auto document = nlohmann::json::parse(text);
    CHECK(document.at("episodes")[0].at("heatSessions").size() == 2);
    CHECK(document.at("episodes")[0].at("heatSessions")[1].at("durationMs") == 250'125);
    CHECK(document.at("episodes")[2].at("medicationsTaken")[0].at("name") == "Ibuprofen");
    CHECK_FALSE(document.at("episodes")[0].at("heatSessions")[0].contains("dose"));

    auto target = openStore(to.path(), clock);
    const auto first = importJsonText(*target, text);
    INFO(first.error);
    REQUIRE(first.ok);
    CHECK(first.added(RecordKind::HeatSession) + first.added(RecordKind::BreathingSession) +
              first.added(RecordKind::Medication) ==
          5);
    CHECK(snapshot(*target) == snapshot(*source));
    CHECK(exportedJson(*target) == text);

    const auto before = snapshot(*target);
    const auto again = importJsonText(*target, text);
    REQUIRE(again.ok);
    CHECK(again.unchanged() == 6 + 5);
    CHECK(again.tally.records() == 6 + 5);
    CHECK(snapshot(*target) == before);
}

TEST_CASE("a version-1 export, made before the tools were logged, still imports") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const auto result = importJsonText(*store, R"({"format": "spasmguide-log", "formatVersion": 1, "episodes": [
        {"id": "e-1", "startedAt": "2026-11-23T14:05:00+01:00", "checkIns": [
            {"id": "c-1", "at": "2026-11-23T14:10:00+01:00", "pain": 6}]}]})");
    INFO(result.error);
    REQUIRE(result.ok);
    CHECK(result.added(RecordKind::Episode) == 1);
    CHECK(result.added(RecordKind::CheckIn) == 1);
    CHECK(store->activities("e-1").empty());
}

TEST_CASE("a bad tool record is refused by its place in the file, and nothing is imported") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    fillActivities(*store);
    const auto text = exportedJson(*store);
    const auto before = snapshot(*store);
    const auto edited = [&](auto change) {
        auto document = nlohmann::json::parse(text);
        change(document["episodes"]);
        return document.dump();
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {edited([](auto& e) { e[0]["breathingSessions"][0]["breaths"] = -1; }),
         "episodes/0/breathingSessions/0/breaths: must be a whole number, 0 or more"},
        {edited([](auto& e) { e[0]["heatSessions"][0]["plannedMinutes"] = 0; }),
         "episodes/0/heatSessions/0/plannedMinutes: must be a whole number, 1 or more"},
        {edited([](auto& e) { e[2]["medicationsTaken"][1]["name"] = ""; }),
         "episodes/2/medicationsTaken/1/name: must not be empty"},
        {edited([](auto& e) { e[2]["medicationsTaken"][1]["id"] = e[0]["heatSessions"][0]["id"]; }),
         "episodes/2/medicationsTaken/1/id: is used twice in the file"},
        {edited([](auto& e) { e[0]["heatSessions"][1].erase("startedAt"); }),
         "episodes/0/heatSessions/1/startedAt: is missing"},
    };
    for (const auto& [file, message] : cases) {
        const auto result = importJsonText(*store, file);
        INFO(message);
        CHECK_FALSE(result.ok);
        CHECK(result.error.find(message) != std::string::npos);
    }
    CHECK(snapshot(*store) == before);
}

TEST_CASE("saved pattern-finder results go out with their episode and come back in, once, however often imported") {
    TempDir from;
    TempDir to;
    FakeClock clock(kNow);
    auto source = openStore(from.path(), clock);
    fillLog(*source);
    const auto id = source->listEpisodes(0, 10).front().episode.id;
    SavedPatternResult older{id, at(100), {{"guarding", 5}, {"posture", 2}}, {{"onset", {"lifting"}}}, "content-6"};
    SavedPatternResult newer{id, at(200, -300), {}, {{"onset", {"sitting", "sleep"}}, {"relief", {}}}, "content-7"};
    source->savePatternResult(older);
    source->savePatternResult(newer);
    const auto text = exportedJson(*source);
    const auto document = nlohmann::json::parse(text);
    int withResults = 0;
    for (const auto& episode : document["episodes"]) {
        if (episode.contains("patternResults")) {
            ++withResults;
            REQUIRE(episode["patternResults"].size() == 2);
            CHECK(episode["patternResults"][0]["fits"] == nlohmann::json::parse(R"([{"pattern": "guarding",
                                                                                     "score": 5},
                                                                                    {"pattern": "posture",
                                                                                     "score": 2}])"));
            CHECK(episode["patternResults"][1]["answers"]["onset"] == nlohmann::json::parse(R"(["sitting", "sleep"])"));
        }
    }
    CHECK(withResults == 1); // episodes without results write none

    auto target = openStore(to.path(), clock);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(importJsonText(*target, text).ok);
        CHECK(target->allPatternResults() == source->allPatternResults()); // the second round adds nothing
    }
    CHECK(target->latestPatternResult(id) == newer);
    CHECK(exportedJson(*target) == text);

    auto bad = document;
    for (auto& episode : bad["episodes"]) {
        if (episode.contains("patternResults")) {
            episode["patternResults"][1]["fits"] =
                nlohmann::json::parse(R"([{"pattern": "guarding", "score": "high"}])");
        }
    }
    auto untouched = openStore(TempDir().path(), clock);
    const auto refused = importJsonText(*untouched, bad.dump());
    CHECK_FALSE(refused.ok);
    CHECK_THAT(refused.error, Catch::Contains("patternResults/1/fits/0/score: must be a whole number"));
    CHECK(untouched->allPatternResults().empty());
}
