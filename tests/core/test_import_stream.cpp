// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The streamed reading of a JSON log (issue 15): impossible values refused by place, files in any member order,
// limits that keep memory bounded, and places of damage found across the reader's buffers.
#include "core/exchange/json_byte_source.h"
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/exchange/log_json_reader.h"
#include "exchange_test_support.h"

#include <nlohmann/json.hpp>
#include <sstream>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

const auto kNow = at(2000).timePoint();

std::string jsonOf(EpisodeStore& store) {
    std::ostringstream out;
    REQUIRE(exportJson(store, out, {"test", "test", at(2000)}));
    return out.str();
}

ImportResult importText(EpisodeStore& store, const std::string& text) {
    std::istringstream in(text);
    return importJson(store, in);
}

// fillLog with a heat session and a breathing session in its oldest episode, exported.
std::string sampleFile(EpisodeStore& store) {
    fillLog(store);
    const auto oldest = store.listEpisodes(0, 10).back().episode.id;
    store.addHeatSession({{}, oldest, at(20), "Wheat bag", 20, std::chrono::minutes(20), true});
    store.addBreathingSession({{}, oldest, at(30), 4, 6, 11, std::chrono::seconds(110)});
    return jsonOf(store);
}

} // namespace

TEST_CASE("impossible values are refused by place, and a refused file imports nothing") {
    TempDir source;
    FakeClock clock(kNow);
    auto from = openStore(source.path(), clock);
    const auto good = nlohmann::json::parse(sampleFile(*from));
    TempDir dir;
    auto store = openStore(dir.path(), clock);
    const auto edited = [&](const std::function<void(nlohmann::json&)>& change) {
        auto copy = good;
        change(copy["episodes"]);
        return copy.dump();
    };
    const std::vector<std::pair<std::string, std::string>> cases{
        {edited([](auto& e) { e[0]["startedAt"] = "1969-12-31T23:59:59Z"; }),
         "episodes/0/startedAt: must not be before 1970"},
        {edited([](auto& e) { e[1]["startedAt"] = "0000-01-01T00:00:00Z"; }),
         "episodes/1/startedAt: must not be before 1970"},
        {edited([](auto& e) { e[2]["startedAt"] = "9999-12-31T00:00:00Z"; }),
         "episodes/2/startedAt: must not be more than a day in the future"},
        {edited([](auto& e) { e[0]["checkIns"][1]["at"] = at(2000 + 24 * 60 + 1).toIso8601(); }),
         "episodes/0/checkIns/1/at: must not be more than a day in the future"},
        {edited([](auto& e) { e[0]["checkIns"][1]["medications"][0]["takenAt"] = "1900-01-01T00:00:00Z"; }),
         "episodes/0/checkIns/1/medications/0/takenAt: must not be before 1970"},
        {edited([](auto& e) { e[0]["endedAt"] = at(-1).toIso8601(); }),
         "episodes/0/endedAt: must not be before the episode's startedAt"},
        {edited([](auto& e) { e[0]["modifiedAt"] = "2999-01-01T00:00:00Z"; }),
         "episodes/0/modifiedAt: must not be more than a day in the future"},
        {edited([](auto& e) { e[0]["checkIns"][0]["modifiedAt"] = "yesterday"; }),
         "episodes/0/checkIns/0/modifiedAt: must be an ISO 8601 time"},
        {edited([](auto& e) { e[0]["heatSessions"][0]["durationMs"] = 86'400'001; }),
         "episodes/0/heatSessions/0/durationMs: must be at most 24 hours"},
        {edited([](auto& e) { e[0]["breathingSessions"][0]["durationMs"] = 9'007'199'254'740'993; }),
         "episodes/0/breathingSessions/0/durationMs: must be at most 24 hours"},
        {edited([](auto& e) { e[0]["heatSessions"][0]["plannedMinutes"] = 1441; }),
         "episodes/0/heatSessions/0/plannedMinutes: must be at most 1440"},
        {edited([](auto& e) { e[0]["checkIns"][1]["heat"]["minutes"] = 2'147'483'647; }),
         "episodes/0/checkIns/1/heat/minutes: must be at most 1440 minutes"},
        {edited([](auto& e) { e[0]["breathingSessions"][0]["breaths"] = 86'401; }),
         "episodes/0/breathingSessions/0/breaths: must be at most 86400"},
        {edited([](auto& e) { e[0]["breathingSessions"][0]["inhaleSeconds"] = 61; }),
         "episodes/0/breathingSessions/0/inhaleSeconds: must be at most 60"},
        {edited([](auto& e) { e[0]["breathingSessions"][0]["breaths"] = 18'446'744'073'709'551'615u; }),
         "episodes/0/breathingSessions/0/breaths: must be a whole number, 0 or more"},
        {edited([](auto& e) { e[0]["checkIns"][1]["pain"] = -1; }),
         "episodes/0/checkIns/1/pain: must be a whole number from 0 to 10"},
        {edited([](auto& e) { e[0]["planTicks"] = nlohmann::json::parse(R"([{"day": 100001, "item": "x"}])"); }),
         "episodes/0/planTicks/0/day: a plan day is a whole number from 1"},
    };
    for (const auto& [file, message] : cases) {
        INFO(message);
        const auto result = importText(*store, file);
        CHECK_FALSE(result.ok);
        CHECK_THAT(result.error, Catch::Contains(message));
        CHECK(store->episodeCount() == 0);
        CHECK(store->importHistory(5).empty());
    }
    CHECK(importText(*store, good.dump()).ok);
}

TEST_CASE("a hand-made file with its fields in any order imports as an export does") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    // The episode's id and start after its lists, the format after the episodes, unknown fields anywhere.
    const auto result = importText(*store, R"({"note": {"a": [1, {"b": null}]}, "episodes": [
        {"checkIns": [{"id": "c-1", "at": "2026-11-23T14:10:00+01:00", "pain": 6, "extra": [[[]]]}],
         "medicationsTaken": [{"name": "Ibuprofen", "id": "m-1", "takenAt": "2026-11-23T14:00:00+01:00"}],
         "startedAt": "2026-11-23T14:05:00+01:00", "id": "e-1", "note": "late fields"}],
        "formatVersion": 3, "format": "spasmguide-log"})");
    INFO(result.error);
    REQUIRE(result.ok);
    CHECK(store->episode("e-1")->note == "late fields");
    CHECK(store->checkIn("c-1")->pain == 6);
    CHECK(store->activities("e-1").medications.size() == 1);
    // Missing top-level fields are still missing at the end.
    CHECK_THAT(importText(*store, R"({"formatVersion": 3, "episodes": []})").error,
               Catch::Contains("format: is missing"));
    CHECK_THAT(importText(*store, R"({"format": "spasmguide-log", "formatVersion": 3})").error,
               Catch::Contains("episodes: is missing"));
    CHECK_THAT(
        importText(*store, R"({"format": "spasmguide-log", "formatVersion": 3, "episodes": [{"checkIns": []}]})").error,
        Catch::Contains("episodes/0/id: is missing"));
    CHECK_THAT(importText(*store, R"({"format": "spasmguide-log", "formatVersion": 3, "episodes": [
        {"id": "e-9", "startedAt": "2026-11-23T14:05:00+01:00"}, {"id": "e-9", "startedAt": "2026-11-23T14:05:00Z"}]})")
                   .error,
               Catch::Contains("episodes/1/id: is used twice in the file"));
    CHECK_FALSE(store->episode("e-9"));
}

TEST_CASE("an id used twice is found whether the first use was added, already here, or kept deleted") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const auto text = sampleFile(*store);
    const auto oldest = store->listEpisodes(0, 10).back().episode.id;
    auto document = nlohmann::json::parse(text);
    // Already here: both copies of a check-in the log holds.
    auto twice = document;
    twice["episodes"][2]["checkIns"].push_back(twice["episodes"][0]["checkIns"][0]);
    CHECK_THAT(importText(*store, twice.dump()).error, Catch::Contains("episodes/2/checkIns/1/id: is used twice"));
    // Kept deleted: a deleted check-in twice.
    const std::string deleted = document["episodes"][0]["checkIns"][0]["id"];
    REQUIRE(store->deleteCheckIn(deleted));
    CHECK_THAT(importText(*store, twice.dump()).error, Catch::Contains("episodes/2/checkIns/1/id: is used twice"));
    // A heat session's id on a breathing session (nlohmann::json writes keys in order: breathing comes first).
    auto shared = document;
    shared["episodes"][0]["breathingSessions"][0]["id"] = shared["episodes"][0]["heatSessions"][0]["id"];
    CHECK_THAT(importText(*store, shared.dump()).error, Catch::Contains("episodes/0/heatSessions/0/id: is used twice"));
    CHECK(store->activities(oldest).heat.size() == 1);
}

TEST_CASE("a value or a record bigger than any SpasmGuide writes is refused before it fills memory") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    const std::string head = R"({"format": "spasmguide-log", "formatVersion": 3, "episodes": [{"id": "e-1",
        "startedAt": "2026-11-23T14:05:00+01:00", "checkIns": [{"id": "c-1", "at": "2026-11-23T14:10:00+01:00",
        "pain": 6, "note": ")";
    // Found a buffer at a time, so a little more than the limit.
    const auto longer = static_cast<std::size_t>(kMaxValueBytes) + 2 * JsonByteSource::kBufferSize;
    const std::string huge = head + std::string(longer, 'x') + "\"}]}]}";
    CHECK_THAT(importText(*store, huge).error, Catch::Contains("is longer than 16 MB"));
    std::string many = head + "\", \"freeTags\": [";
    for (std::int64_t i = 0; i <= kMaxRecordValues; ++i) {
        many += i == 0 ? "\"t\"" : ",\"t\"";
    }
    many += "]}]}]}";
    CHECK_THAT(importText(*store, many).error,
               Catch::Contains("episodes/0/checkIns/0: holds more than any SpasmGuide record"));
    CHECK(store->episodeCount() == 0);
}

TEST_CASE("damage is placed by line and column however far into the file it is") {
    TempDir dir;
    FakeClock clock(kNow);
    auto store = openStore(dir.path(), clock);
    std::string text = "{\"format\": \"spasmguide-log\", \"formatVersion\": 3, \"unknown\": [\n";
    for (int line = 0; line < 20000; ++line) { // about 220 kB: several of the reader's buffers
        text += "  \"filler filler\",\n";
    }
    text += "  nope]}";
    const auto result = importText(*store, text);
    CHECK_THAT(result.error, Catch::Contains("not valid JSON (damaged near line 20002, column 4)"));
    CHECK_THAT(
        importText(*store, "\xEF\xBB\xBF{\"format\": \"spasmguide-log\", \"formatVersion\": 3, \"episodes\": []}")
            .error,
        Catch::Equals(""));
    CHECK(importText(*store, " \n\t ").error == "the file is empty");
}

TEST_CASE("the byte source counts what it handed out and places bytes in the buffers it holds") {
    std::string text(JsonByteSource::kBufferSize + 10, 'a');
    text[5] = '\n';
    text[JsonByteSource::kBufferSize + 2] = '\n';
    std::istringstream in(text);
    JsonByteSource source(in);
    std::int64_t count = 0;
    for (auto it = source.begin(); it != JsonByteSource::end(); ++it) {
        ++count;
    }
    CHECK(count == static_cast<std::int64_t>(text.size()));
    CHECK(source.bytesRead() == count);
    CHECK(source.reachedEnd());
    CHECK(source.size() == count);
    CHECK(source.sawContent());
    CHECK(source.placeOf(0) == "line 1, column 1");
    CHECK(source.placeOf(6) == "line 2, column 1");
    const auto inSecond = static_cast<std::int64_t>(JsonByteSource::kBufferSize) + 4;
    CHECK(source.placeOf(inSecond) == "line 3, column 2");
}
