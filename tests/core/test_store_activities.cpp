// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/log_merger.h"
#include "core/store/migrations.h"
#include "core/store/store_error.h"
#include "core/store/store_opener.h"
#include "core/store/transaction.h"
#include "legacy_log.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

namespace {

HeatSession heat(const std::string& episodeId, int minutes, bool finished = true) {
    return {{}, episodeId, at(minutes), "Wheat bag", 20, std::chrono::minutes(finished ? 20 : 7), finished};
}

BreathingSession breathing(const std::string& episodeId, int minutes) {
    return {{}, episodeId, at(minutes), 4, 6, 12, std::chrono::seconds(125)};
}

MedicationEntry medication(const std::string& episodeId, int minutes, std::string name = "Ibuprofen") {
    return {{}, episodeId, std::move(name), at(minutes, -300)};
}

} // namespace

TEST_CASE("heat, breathing and medicines are recorded into an episode and read back oldest first") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    auto stopped = heat(episode, 40, false);
    stopped.id = store->addHeatSession(stopped);
    auto finished = heat(episode, 5);
    finished.id = store->addHeatSession(finished);
    auto breaths = breathing(episode, 12);
    breaths.id = store->addBreathingSession(breaths);
    auto later = medication(episode, 30, "Paracetamol");
    later.id = store->addMedication(later);
    auto earlier = medication(episode, 3);
    earlier.id = store->addMedication(earlier);

    const auto read = store->activities(episode);
    CHECK(read.heat == std::vector{finished, stopped});
    CHECK(read.breathing == std::vector{breaths});
    CHECK(read.medications == std::vector{earlier, later});
    CHECK(read.medications.front().takenAt.utcOffsetMinutes == -300);
    CHECK(store->activities("no-such-episode").empty());
}

TEST_CASE("a record for an episode that does not exist is refused") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    CHECK_THROWS_AS(store->addHeatSession(heat("missing", 0)), StoreError);
    CHECK_THROWS_AS(store->addBreathingSession(breathing("missing", 0)), StoreError);
    CHECK_THROWS_AS(store->addMedication(medication("missing", 0)), StoreError);
}

TEST_CASE("records for a period come from every episode, bounded by their start or time taken") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto first = store->startEpisode(sampleEpisode(0));
    const auto second = store->startEpisode(sampleEpisode(100));
    store->addHeatSession(heat(first, 10));
    store->addHeatSession(heat(second, 110));
    store->addHeatSession(heat(second, 200));   // the end of the period is excluded
    store->addMedication(medication(first, 9)); // before it
    store->addMedication(medication(second, 120));
    store->addBreathingSession(breathing(first, 50));

    const auto period = store->activitiesBetween(at(10).timePoint(), at(200).timePoint());
    REQUIRE(period.heat.size() == 2);
    CHECK(period.heat[0].episodeId == first);
    CHECK(period.heat[1].episodeId == second);
    REQUIRE(period.medications.size() == 1);
    CHECK(period.medications[0].episodeId == second);
    CHECK(period.breathing.size() == 1);
}

TEST_CASE("deleting a record or its episode removes it") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    const auto heatId = store->addHeatSession(heat(episode, 1));
    store->addMedication(medication(episode, 2));
    store->addBreathingSession(breathing(episode, 3));
    CHECK(store->deleteActivity(heatId));
    CHECK_FALSE(store->deleteActivity(heatId));
    CHECK(store->activities(episode).heat.empty());
    CHECK(store->deleteEpisode(episode));
    CHECK(store->database().queryInt64("SELECT count(*) FROM medication_entries") == 0);
    CHECK(store->database().queryInt64("SELECT count(*) FROM breathing_sessions") == 0);
}

TEST_CASE("the tools' records merge by id: added once, then unchanged, and a later copy updates, and none moves") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto first = store->startEpisode(sampleEpisode(0));
    const auto second = store->startEpisode(sampleEpisode(100));
    HeatSession h = heat(first, 1);
    BreathingSession b = breathing(first, 2);
    MedicationEntry m = medication(first, 3);
    h.id = "h-1";
    b.id = "b-1";
    m.id = "m-1";
    // Merges the three into `episodeId` as an import at time 1000 would, each dated `modifiedMs` by the file.
    const auto merge = [&](const std::string& episodeId, std::optional<std::int64_t> modifiedMs) {
        h.episodeId = b.episodeId = m.episodeId = episodeId;
        Transaction transaction(store->database());
        LogMerger merger(*store, transaction, 1000);
        REQUIRE(merger.openEpisode(episodeId, std::nullopt));
        const std::vector outcomes{merger.mergeHeatSession(h, modifiedMs).value(),
                                   merger.mergeBreathingSession(b, modifiedMs).value(),
                                   merger.mergeMedication(m, modifiedMs).value()};
        CHECK(merger.closeEpisode(*store->episode(episodeId), std::nullopt) == MergeOutcome::Unchanged);
        transaction.commit();
        return outcomes;
    };
    using enum MergeOutcome;
    CHECK(merge(first, std::nullopt) == std::vector{Added, Added, Added});
    CHECK(store->modifiedMs(RecordKind::Medication, "m-1") == 1000); // undated in the file: the import's time
    CHECK(merge(first, std::nullopt) == std::vector{Unchanged, Unchanged, Unchanged});
    m.name = "Paracetamol";
    CHECK(merge(first, 2000) == std::vector{Unchanged, Unchanged, Updated});
    CHECK(store->modifiedMs(RecordKind::Medication, "m-1") == 2000);
    m.name = "Naproxen"; // changed in the file before the copy here was
    CHECK(merge(first, 1500) == std::vector{Unchanged, Unchanged, KeptLocal});
    CHECK(merge(second, 3000) == std::vector{KeptInPlace, KeptInPlace, KeptInPlace});
    CHECK(store->activities(second).empty());
    const auto kept = store->activities(first);
    REQUIRE(kept.medications.size() == 1);
    CHECK(kept.medications[0].name == "Paracetamol");
    CHECK(kept.heat[0].episodeId == first);
}

TEST_CASE("a version-2 log gains the tools' tables on opening, its episodes and check-ins kept") {
    TempDir dir;
    FakeClock clock;
    std::string episode;
    {
        auto result = openEpisodeStore(dir.path(), clock, schemaMigrations().first(2));
        REQUIRE(result.store);
        Episode old = sampleEpisode();
        CheckIn checkIn = fullCheckIn({});
        writeLegacyEpisode(result.store->database(), old, checkIn);
        episode = old.id;
        CHECK(result.store->database().queryInt64("PRAGMA user_version") == 2);
    }
    auto store = openStore(dir.path(), clock);
    CHECK(store->database().queryInt64("PRAGMA user_version") == schemaMigrations().back().version);
    CHECK(store->checkIns(episode).size() == 1);
    store->addMedication(medication(episode, 5));
    CHECK(store->activities(episode).medications.size() == 1);
}
