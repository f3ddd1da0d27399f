// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The import's merge rule (issue 15): a record not here is added, an identical one skipped, a differing one settled
// by the later change, and an edit made here that is newer is never undone.
#include "core/exchange/import_summary.h"
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/exchange/log_json.h"
#include "core/store/database.h"
#include "exchange_test_support.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace spasmguide;
using namespace spasmguide::test;
using enum MergeOutcome;

namespace {

std::string jsonOf(EpisodeStore& store) {
    std::ostringstream out;
    REQUIRE(exportJson(store, out, {"test", "test", at(3000)}));
    return out.str();
}

ImportResult importText(EpisodeStore& store, const std::string& text, const std::string& name = "log.json") {
    std::istringstream in(text);
    auto result = importJson(store, in, {name, {}});
    INFO(result.error);
    REQUIRE(result.ok);
    return result;
}

std::chrono::system_clock::time_point when(int minutes) {
    return at(minutes).timePoint();
}

// The outcome noted for each record id.
std::map<std::string, MergeOutcome> outcomesOf(const ImportResult& result) {
    std::map<std::string, MergeOutcome> outcomes;
    for (const NotedRecord& record : result.noted) {
        outcomes[record.id] = record.outcome;
    }
    return outcomes;
}

nlohmann::ordered_json dated(nlohmann::ordered_json record, std::optional<int> modifiedMinutes) {
    if (modifiedMinutes) {
        record["modifiedAt"] = at(*modifiedMinutes, 0).toIso8601();
    }
    return record;
}

} // namespace

TEST_CASE("the merge rule: absent, identical, older here, newer here, unknown times, deleted, moved") {
    struct Row {
        const char* what;
        MergeFacts facts;
        MergeOutcome expected;
    };
    const auto stored = [](bool same, std::optional<std::int64_t> here, std::optional<std::int64_t> file) {
        return MergeFacts::stored(same, here, file);
    };
    MergeFacts moved = stored(true, 100, 200);
    moved.sameEpisode = false;
    const std::vector<Row> table{
        {"absent", MergeFacts::absent(200, std::nullopt), Added},
        {"absent, undated in the file", MergeFacts::absent(std::nullopt, std::nullopt), Added},
        {"identical, whatever the times", stored(true, 300, 200), Unchanged},
        {"changed here before the file's copy was", stored(false, 100, 200), Updated},
        {"changed here after the file's copy was", stored(false, 300, 200), KeptLocal},
        {"changed at the same moment", stored(false, 200, 200), KeptLocal},
        {"the file does not date its copy", stored(false, 100, std::nullopt), KeptLocal},
        {"the log does not date its copy", stored(false, std::nullopt, 200), KeptLocal},
        {"deleted here after the file's copy changed", MergeFacts::absent(200, 300), KeptDeleted},
        {"deleted here, the file's copy undated", MergeFacts::absent(std::nullopt, 300), KeptDeleted},
        {"deleted here before the file's copy changed", MergeFacts::absent(400, 300), Restored},
        {"in another episode here", moved, KeptInPlace},
    };
    for (const Row& row : table) {
        INFO(row.what);
        CHECK(decideMerge(row.facts) == row.expected);
    }
}

TEST_CASE("an import settles each check-in by the rule, by id, and lists what it changed or kept") {
    TempDir dir;
    FakeClock clock(when(100));
    auto store = openStore(dir.path(), clock);
    Episode first = sampleEpisode(0);
    first.id = "e-1";
    store->startEpisode(first);
    Episode second = sampleEpisode(50);
    second.id = "e-2";
    store->startEpisode(second);
    const auto checkIn = [](const std::string& id, const std::string& episodeId, int pain) {
        CheckIn c = fullCheckIn(episodeId, 10);
        c.id = id;
        c.pain = pain;
        return c;
    };
    for (const char* id : {"identical", "older-here", "newer-here", "undated", "deleted-before", "deleted-after"}) {
        store->addCheckIn(checkIn(id, "e-1", 5)); // changed here at minute 100
    }
    store->addCheckIn(checkIn("moved", "e-2", 5));
    clock.set(when(150));
    store->deleteCheckIn("deleted-before"); // the file's copy changed at 120, before this
    store->deleteCheckIn("deleted-after");  // the file's copy changed at 250, after this
    clock.set(when(300));
    auto edited = checkIn("newer-here", "e-1", 3);
    store->updateCheckIn(edited); // changed here at minute 300, after the file's copy (200)
    clock.set(when(400));

    auto episode = log_json::toJson(first);
    episode["modifiedAt"] = at(100, 0).toIso8601(); // as here
    auto list = nlohmann::ordered_json::array();
    list.push_back(dated(log_json::toJson(checkIn("identical", "e-1", 5)), 100));
    list.push_back(dated(log_json::toJson(checkIn("older-here", "e-1", 8)), 200));
    list.push_back(dated(log_json::toJson(checkIn("newer-here", "e-1", 8)), 200));
    list.push_back(dated(log_json::toJson(checkIn("undated", "e-1", 8)), std::nullopt));
    list.push_back(dated(log_json::toJson(checkIn("absent", "e-1", 8)), 200));
    list.push_back(dated(log_json::toJson(checkIn("deleted-before", "e-1", 8)), 120));
    list.push_back(dated(log_json::toJson(checkIn("deleted-after", "e-1", 8)), 250));
    list.push_back(dated(log_json::toJson(checkIn("moved", "e-1", 8)), 350));
    episode["checkIns"] = list;
    const nlohmann::ordered_json file = {
        {"format", "spasmguide-log"}, {"formatVersion", 3}, {"episodes", nlohmann::ordered_json::array({episode})}};

    const auto result = importText(*store, file.dump());
    const auto outcomes = outcomesOf(result);
    const std::map<std::string, MergeOutcome> expected{
        {"older-here", Updated},         {"newer-here", KeptLocal},   {"undated", KeptLocal},
        {"deleted-before", KeptDeleted}, {"deleted-after", Restored}, {"moved", KeptInPlace},
    };
    CHECK(outcomes == expected); // added and identical ones are counted, not listed
    CHECK(result.added(RecordKind::CheckIn) == 1);
    CHECK(result.tally.of(RecordKind::CheckIn, Unchanged) == 1);
    CHECK(result.tally.of(RecordKind::Episode, Unchanged) == 1);

    const std::map<std::string, std::optional<int>> pain{{"identical", 5},    {"older-here", 8}, {"newer-here", 3},
                                                         {"undated", 5},      {"absent", 8},     {"moved", 5},
                                                         {"deleted-after", 8}};
    for (const auto& [id, expectedPain] : pain) {
        INFO(id);
        const auto stored = store->checkIn(id);
        REQUIRE(stored);
        CHECK(stored->pain == expectedPain);
    }
    CHECK_FALSE(store->checkIn("deleted-before"));
    CHECK(store->checkIn("moved")->episodeId == "e-2");
    // A record replaced from the file takes the file's time; a new one too.
    CHECK(store->modifiedMs(RecordKind::CheckIn, "older-here") == at(200).epochMs);
    CHECK(store->modifiedMs(RecordKind::CheckIn, "absent") == at(200).epochMs);
    CHECK(store->modifiedMs(RecordKind::CheckIn, "newer-here") == at(300).epochMs);

    CHECK(importSummary(result.tally) ==
          "1 check-in added; 1 check-in updated from the file; 1 check-in brought back: it was changed in the file "
          "after you deleted it here; 2 check-ins kept as you edited them here; 1 check-in left deleted, as you "
          "deleted it here; 1 check-in kept in its episode here (the file has it in another); 2 records already "
          "here.");
}

TEST_CASE("re-importing an old export undoes no edit made since, deletions and unticks included") {
    TempDir dir;
    FakeClock clock(when(2000));
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    const auto episodes = store->listEpisodes(0, 10);
    const std::string open = episodes.front().episode.id;
    const std::string ended = episodes.back().episode.id;
    REQUIRE(store->setPlanTick(open, 1, "heat-sessions", true));
    store->addMedication({"m-1", open, "Ibuprofen", at(1005)});
    const auto old = jsonOf(*store);

    clock.advance(std::chrono::hours(1));
    Episode note = *store->episode(open);
    note.note = "Edited after the export";
    REQUIRE(store->updateEpisode(note));
    auto checkIns = store->checkIns(ended);
    REQUIRE(checkIns.size() == 2);
    checkIns[0].pain = 1;
    REQUIRE(store->updateCheckIn(checkIns[0]));
    REQUIRE(store->deleteCheckIn(checkIns[1].id));
    REQUIRE(store->setPlanTick(open, 1, "heat-sessions", false));
    store->addMedication({"m-1", open, "Paracetamol", at(1005)}); // rewritten: same id
    const auto edited = snapshot(*store);

    clock.advance(std::chrono::hours(1));
    const auto result = importText(*store, old, "spasmguide-log.json");
    CHECK(snapshot(*store) == edited);
    CHECK(store->planTicks(open, 1).empty());
    CHECK(result.tally.of(RecordKind::Episode, KeptLocal) == 1);
    CHECK(result.tally.of(RecordKind::CheckIn, KeptLocal) == 1);
    CHECK(result.tally.of(RecordKind::CheckIn, KeptDeleted) == 1);
    CHECK(result.tally.of(RecordKind::PlanTick, KeptLocal) == 1);
    CHECK(result.tally.of(RecordKind::Medication, KeptLocal) == 1);
    CHECK(result.tally.of(Added) == 0);
    CHECK(result.tally.of(Updated) == 0);

    const auto history = store->importHistory(10);
    REQUIRE(history.size() == 1);
    CHECK(history[0].fileName == "spasmguide-log.json");
    CHECK(history[0].importedAt.epochMs == Timestamp::fromTimePoint(clock.now(), 0).epochMs);
    CHECK(history[0].tally == result.tally);
}

TEST_CASE("a later export from another computer brings what was changed there, and nothing else") {
    TempDir here;
    TempDir there;
    FakeClock clock(when(2000));
    auto mine = openStore(here.path(), clock);
    fillLog(*mine);
    auto theirs = openStore(there.path(), clock);
    importText(*theirs, jsonOf(*mine));

    clock.advance(std::chrono::hours(1));
    auto changedThere = theirs->checkIns(theirs->listEpisodes(0, 10).back().episode.id).at(0);
    changedThere.note = "Changed on the other computer";
    REQUIRE(theirs->updateCheckIn(changedThere));
    clock.advance(std::chrono::hours(1));
    Episode changedHere = mine->listEpisodes(0, 10).front().episode;
    changedHere.note = "Changed here, later";
    REQUIRE(mine->updateEpisode(changedHere));

    const auto result = importText(*mine, jsonOf(*theirs));
    CHECK(result.updated(RecordKind::CheckIn) == 1);
    CHECK(result.tally.of(RecordKind::Episode, KeptLocal) == 1);
    CHECK(mine->checkIn(changedThere.id)->note == "Changed on the other computer");
    CHECK(mine->episode(changedHere.id)->note == "Changed here, later");
}

TEST_CASE("a file of log format 2, which dates nothing, never replaces a record here") {
    TempDir dir;
    FakeClock clock(when(2000));
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    auto document = nlohmann::json::parse(jsonOf(*store));
    document["formatVersion"] = 2;
    for (auto& episode : document["episodes"]) {
        episode.erase("modifiedAt");
        episode["note"] = "from an old file";
        for (auto& checkIn : episode["checkIns"]) {
            checkIn.erase("modifiedAt");
        }
    }
    const auto before = snapshot(*store);
    const auto result = importText(*store, document.dump());
    CHECK(result.tally.of(RecordKind::Episode, KeptLocal) == 3);
    CHECK(snapshot(*store) == before);
}

TEST_CASE(
    "an episode deleted here stays deleted with its records, and changed in the file since, it comes back whole") {
    TempDir dir;
    FakeClock clock(when(2000));
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    const auto ended = store->listEpisodes(0, 10).back().episode.id;
    const auto text = jsonOf(*store);
    clock.advance(std::chrono::minutes(10));
    REQUIRE(store->deleteEpisode(ended));
    const auto afterDelete = snapshot(*store);

    const auto kept = importText(*store, text);
    CHECK(kept.tally.of(RecordKind::Episode, KeptDeleted) == 1);
    CHECK(kept.tally.of(RecordKind::CheckIn, KeptDeleted) == 2);
    CHECK(snapshot(*store) == afterDelete);

    auto document = nlohmann::json::parse(text);
    for (auto& episode : document["episodes"]) {
        if (episode["id"] == ended) {
            episode["modifiedAt"] = at(2100, 0).toIso8601(); // changed elsewhere after it was deleted here
            episode["note"] = "changed elsewhere";
        }
    }
    const auto restored = importText(*store, document.dump());
    CHECK(restored.tally.of(RecordKind::Episode, Restored) == 1);
    CHECK(restored.tally.of(RecordKind::CheckIn, Restored) == 2); // deleted with it: back with it
    CHECK(store->episode(ended)->note == "changed elsewhere");
    CHECK(store->checkIns(ended).size() == 2);
}

TEST_CASE("every edit here dates the record by the clock") {
    TempDir dir;
    FakeClock clock(when(100));
    auto store = openStore(dir.path(), clock);
    const auto ms = [](int minutes) { return std::optional(at(minutes).epochMs); };
    Episode episode = sampleEpisode();
    episode.id = store->startEpisode(episode);
    CHECK(store->modifiedMs(RecordKind::Episode, episode.id) == ms(100));
    clock.set(when(110));
    episode.note = "a new note";
    REQUIRE(store->updateEpisode(episode));
    CHECK(store->modifiedMs(RecordKind::Episode, episode.id) == ms(110));
    clock.set(when(120));
    REQUIRE(store->endEpisode(episode.id, at(119)));
    CHECK(store->modifiedMs(RecordKind::Episode, episode.id) == ms(120));

    CheckIn checkIn = fullCheckIn(episode.id);
    checkIn.id = store->addCheckIn(checkIn);
    CHECK(store->modifiedMs(RecordKind::CheckIn, checkIn.id) == ms(120));
    clock.set(when(130));
    checkIn.pain = 2;
    REQUIRE(store->updateCheckIn(checkIn));
    CHECK(store->modifiedMs(RecordKind::CheckIn, checkIn.id) == ms(130));

    clock.set(when(140));
    const auto heat = store->addHeatSession({{}, episode.id, at(5), "Wheat bag", 20, std::chrono::minutes(20), true});
    const auto breathing = store->addBreathingSession({{}, episode.id, at(6), 4, 6, 10, std::chrono::minutes(2)});
    const auto medicine = store->addMedication({{}, episode.id, "Ibuprofen", at(7)});
    CHECK(store->modifiedMs(RecordKind::HeatSession, heat) == ms(140));
    CHECK(store->modifiedMs(RecordKind::BreathingSession, breathing) == ms(140));
    CHECK(store->modifiedMs(RecordKind::Medication, medicine) == ms(140));

    clock.set(when(150));
    REQUIRE(store->setPlanTick(episode.id, 2, "walk", true));
    CHECK(store->recordTimes().planTicks.at({episode.id, PlanTick{2, "walk"}}) == at(150).epochMs);
    clock.set(when(160));
    REQUIRE(store->setPlanTick(episode.id, 2, "walk", false));
    CHECK(store->database().queryInt64("SELECT modified_ms FROM episode_plan_ticks") == at(160).epochMs);
    store->savePatternResult({episode.id, at(161), {}, {}, "c"});
    CHECK(store->database().queryInt64("SELECT modified_ms FROM pattern_results") == at(160).epochMs);

    clock.set(when(170));
    REQUIRE(store->deleteCheckIn(checkIn.id));
    REQUIRE(store->deleteEpisode(episode.id));
    auto tombstones = store->database().prepare("SELECT uuid, deleted_ms FROM deleted_records ORDER BY uuid");
    std::map<std::string, std::int64_t> deleted;
    while (tombstones.step()) {
        deleted[tombstones.columnText(0)] = tombstones.columnInt64(1);
    }
    CHECK(deleted == std::map<std::string, std::int64_t>{{episode.id, at(170).epochMs},
                                                         {checkIn.id, at(170).epochMs},
                                                         {heat, at(170).epochMs},
                                                         {breathing, at(170).epochMs},
                                                         {medicine, at(170).epochMs}});
}

TEST_CASE("the import summary counts in proper singulars and plurals") {
    ImportTally tally;
    CHECK(importSummary(tally) == "The file held no records.");
    tally.count(RecordKind::Episode, Added);
    tally.count(RecordKind::CheckIn, Added, 20);
    tally.count(RecordKind::CheckIn, KeptLocal, 2);
    tally.count(RecordKind::CheckIn, Updated);
    tally.count(RecordKind::Medication, Unchanged, 40);
    CHECK(importSummary(tally) == "1 episode and 20 check-ins added; 1 check-in updated from the file; 2 check-ins "
                                  "kept as you edited them here; 40 records already here.");
    CHECK(countOf(RecordKind::Medication, 1) == "1 medicine taken");
    CHECK(countOf(RecordKind::PatternResult, 3) == "3 pattern-finder results");
}

TEST_CASE("the history of imports lists each import that was made, newest first, and a failed one leaves none") {
    TempDir dir;
    FakeClock clock(when(2000));
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    const auto text = jsonOf(*store);
    TempDir other;
    auto target = openStore(other.path(), clock);
    importText(*target, text, "first.json");
    clock.advance(std::chrono::minutes(5));
    importText(*target, text, "second.json");
    std::istringstream broken(text.substr(0, text.size() / 2));
    CHECK_FALSE(importJson(*target, broken, {"broken.json", {}}).ok);
    const auto history = target->importHistory(10);
    REQUIRE(history.size() == 2);
    CHECK(history[0].fileName == "second.json");
    CHECK(history[0].tally.of(Unchanged) == 6);
    CHECK(history[1].fileName == "first.json");
    CHECK(history[1].tally.of(Added) == 6);
    CHECK(target->importHistory(1).size() == 1);
}
