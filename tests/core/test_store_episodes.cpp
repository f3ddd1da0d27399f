// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_error.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

TEST_CASE("an episode and a check-in with every field set round-trip exactly") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);

    Episode episode = sampleEpisode();
    episode.endedAt = at(600, 0);
    episode.id = store->startEpisode(episode);
    REQUIRE(episode.id.size() == 36);
    CHECK(store->episode(episode.id) == episode);

    CheckIn full = fullCheckIn(episode.id);
    full.id = store->addCheckIn(full);
    CHECK(store->checkIn(full.id) == full);
    const auto all = store->checkIns(episode.id);
    REQUIRE(all.size() == 1);
    CHECK(all.front() == full);

    CheckIn empty;
    empty.episodeId = episode.id;
    empty.at = at(20);
    empty.id = store->addCheckIn(empty);
    CHECK(store->checkIn(empty.id) == empty);
    CHECK_FALSE(store->checkIn(empty.id)->heat.has_value());
}

TEST_CASE("the same data reads back after the store is closed and reopened") {
    TempDir dir;
    FakeClock clock;
    Episode episode = sampleEpisode();
    CheckIn full;
    {
        auto store = openStore(dir.path(), clock);
        episode.id = store->startEpisode(episode);
        full = fullCheckIn(episode.id);
        full.id = store->addCheckIn(full);
    }
    const auto reopened = EpisodeStore::open(dir.path(), clock);
    CHECK(reopened.status == OpenStatus::Ok);
    CHECK(reopened.message.empty());
    CHECK(reopened.store->episode(episode.id) == episode);
    CHECK(reopened.store->checkIn(full.id) == full);
}

TEST_CASE("ids given by the caller are kept, so imports can merge") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    Episode episode = sampleEpisode();
    episode.id = "6f1c2b1e-0a4b-4c1d-9e2f-000000000001";
    CHECK(store->startEpisode(episode) == episode.id);
    CHECK_THROWS_AS(store->startEpisode(episode), StoreError); // same id twice is a conflict, not a duplicate
    CHECK(store->episodeCount() == 1);
}

TEST_CASE("updates replace every field, lists included") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    Episode episode = sampleEpisode();
    episode.id = store->startEpisode(episode);
    CheckIn checkIn = fullCheckIn(episode.id);
    checkIn.id = store->addCheckIn(checkIn);

    episode.triageTicked = {"weakness"};
    episode.note.clear();
    episode.endedAt = at(90);
    REQUIRE(store->updateEpisode(episode));
    CHECK(store->episode(episode.id) == episode);

    checkIn.pain = 2;
    checkIn.areas = {BodyArea::ThighRight};
    checkIn.triggers = {"stress"};
    checkIn.freeTags.clear();
    checkIn.heat.reset();
    checkIn.medications = {{"Naproxen", at(3)}};
    checkIn.worse.clear();
    checkIn.newRedFlag = false;
    checkIn.newRedFlagIds.clear();
    REQUIRE(store->updateCheckIn(checkIn));
    CHECK(store->checkIn(checkIn.id) == checkIn);

    CheckIn unknown = checkIn;
    unknown.id = "no-such-id";
    CHECK_FALSE(store->updateCheckIn(unknown));
    Episode missing = episode;
    missing.id = "no-such-id";
    CHECK_FALSE(store->updateEpisode(missing));
    CHECK_FALSE(store->endEpisode("no-such-id", at(5)));
}

TEST_CASE("out-of-range pain and unknown episodes are refused and change nothing") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    CheckIn checkIn = fullCheckIn(episodeId);
    checkIn.pain = 11;
    CHECK_THROWS_AS(store->addCheckIn(checkIn), StoreError);
    checkIn.pain = 5;
    checkIn.episodeId = "no-such-episode";
    CHECK_THROWS_AS(store->addCheckIn(checkIn), StoreError);
    CHECK(store->database().queryInt64("SELECT count(*) FROM check_ins") == 0);
    CHECK(store->database().queryInt64("SELECT count(*) FROM check_in_triggers") == 0);
}

TEST_CASE("check-ins come back ordered by time, not by insertion") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    for (const int minute : {30, 10, 20}) {
        CheckIn checkIn;
        checkIn.episodeId = episodeId;
        checkIn.at = at(minute);
        checkIn.pain = minute / 10;
        store->addCheckIn(checkIn);
    }
    const auto ordered = store->checkIns(episodeId);
    REQUIRE(ordered.size() == 3);
    CHECK(ordered[0].pain == 1);
    CHECK(ordered[1].pain == 2);
    CHECK(ordered[2].pain == 3);
    CHECK(store->checkIns("no-such-episode").empty());
}

TEST_CASE("the history list is newest first, paged, with count, peak, latest pain and duration") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    std::vector<std::string> ids;
    for (int day = 0; day < 5; ++day) {
        Episode episode = sampleEpisode(day * 24 * 60);
        if (day < 4) {
            episode.endedAt = at(day * 24 * 60 + 90);
        }
        ids.push_back(store->startEpisode(episode));
        for (int i = 0; i < day; ++i) {
            CheckIn checkIn;
            checkIn.episodeId = ids.back();
            checkIn.at = at(day * 24 * 60 + 10 * (day - i)); // added newest first
            checkIn.pain = 3 + i;
            store->addCheckIn(checkIn);
        }
    }
    clock.set(at(4 * 24 * 60 + 45).timePoint());

    const auto first = store->listEpisodes(0, 2);
    REQUIRE(first.size() == 2);
    CHECK(first[0].episode.id == ids[4]);
    CHECK(first[0].checkInCount == 4);
    CHECK(first[0].peakPain == 6);
    CHECK(first[0].latestPain == 3);                      // the first one added has the latest time
    CHECK(first[0].duration == std::chrono::minutes(45)); // still open: up to now
    CHECK(first[1].episode.id == ids[3]);
    CHECK(first[1].duration == std::chrono::minutes(90));
    CHECK(first[1].episode.triageTicked == sampleEpisode().triageTicked);

    const auto last = store->listEpisodes(4, 2);
    REQUIRE(last.size() == 1);
    CHECK(last[0].episode.id == ids[0]);
    CHECK(last[0].checkInCount == 0);
    CHECK_FALSE(last[0].peakPain.has_value());
    CHECK_FALSE(last[0].latestPain.has_value());
    CHECK(store->listEpisodes(10, 5).empty());
    CHECK(store->episodeCount() == 5);
}

TEST_CASE("the current episode is the latest one without an end") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    CHECK_FALSE(store->currentEpisode().has_value());
    const auto older = store->startEpisode(sampleEpisode(0));
    const auto newer = store->startEpisode(sampleEpisode(60));
    CHECK(store->currentEpisode()->id == newer);
    REQUIRE(store->endEpisode(newer, at(120)));
    CHECK(store->currentEpisode()->id == older);
    CHECK(store->episode(newer)->endedAt == at(120));
    REQUIRE(store->endEpisode(older, at(130)));
    CHECK_FALSE(store->currentEpisode().has_value());
}

TEST_CASE("deleting an episode deletes its check-ins and all their lists") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto doomed = store->startEpisode(sampleEpisode());
    const auto kept = store->startEpisode(sampleEpisode(5));
    store->addCheckIn(fullCheckIn(doomed));
    store->addCheckIn(fullCheckIn(doomed, 20));
    const auto keptCheckIn = store->addCheckIn(fullCheckIn(kept));

    REQUIRE(store->deleteEpisode(doomed));
    CHECK_FALSE(store->deleteEpisode(doomed));
    CHECK_FALSE(store->episode(doomed).has_value());
    auto& db = store->database();
    CHECK(db.queryInt64("SELECT count(*) FROM check_ins") == 1);
    for (const char* table : {"check_in_areas", "check_in_triggers", "check_in_tags", "check_in_medications",
                              "check_in_worse", "check_in_red_flags", "episode_triage"}) {
        INFO(table);
        CHECK(db.queryInt64(std::string("SELECT count(*) FROM ") + table) > 0); // only the kept episode's rows
        CHECK(db.queryInt64(std::string("SELECT count(*) FROM ") + table +
                            (std::string(table) == "episode_triage"
                                 ? " WHERE episode_id NOT IN (SELECT id FROM episodes)"
                                 : " WHERE check_in_id NOT IN (SELECT id FROM check_ins)")) == 0);
    }
    REQUIRE(store->deleteCheckIn(keptCheckIn));
    CHECK_FALSE(store->deleteCheckIn(keptCheckIn));
    CHECK(db.queryInt64("SELECT count(*) FROM check_in_triggers") == 0);
    CHECK(store->episode(kept).has_value());
}

#ifndef _WIN32
TEST_CASE("the database and its WAL files are readable by the owner only") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    store->addCheckIn(fullCheckIn(store->startEpisode(sampleEpisode())));
    for (const char* name : {"spasmguide.sqlite3", "spasmguide.sqlite3-wal", "spasmguide.sqlite3-shm"}) {
        INFO(name);
        const auto file = dir.path() / name;
        REQUIRE(fs::exists(file));
        CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    }
}
#endif

TEST_CASE("the store runs in WAL mode with full sync and foreign keys on") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    auto& db = store->database();
    CHECK(db.queryText("PRAGMA journal_mode") == "wal");
    CHECK(db.queryInt64("PRAGMA synchronous") == 2);
    CHECK(db.queryInt64("PRAGMA foreign_keys") == 1);
}

TEST_CASE("delete all data removes the database, its WAL files and copies, and says what went") {
    TempDir dir;
    FakeClock clock;
    dir.write("spasmguide.sqlite3.backup-v1-20261123-140500", "old copy");
    dir.write("unrelated.txt", "keep me");
    auto store = openStore(dir.path(), clock);
    store->addCheckIn(fullCheckIn(store->startEpisode(sampleEpisode())));
    const auto listed = EpisodeStore::dataFiles(dir.path());
    CHECK(listed.size() == 4);

    const auto removed = store->deleteAllData();
    CHECK(removed == listed);
    CHECK(EpisodeStore::dataFiles(dir.path()).empty());
    CHECK(fs::exists(dir.path() / "unrelated.txt"));
    CHECK_THROWS_AS(store->episodeCount(), StoreError);

    const auto fresh = EpisodeStore::open(dir.path(), clock);
    CHECK(fresh.status == OpenStatus::Created);
    CHECK(fresh.store->episodeCount() == 0);
}

TEST_CASE("peak and latest pain skip check-ins without a pain number, which still count") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    auto checkIn = [&](int minutes, std::optional<int> pain) {
        CheckIn c;
        c.episodeId = episodeId;
        c.at = at(minutes);
        c.pain = pain;
        c.newRedFlag = !pain;
        store->addCheckIn(c);
    };
    checkIn(5, std::nullopt);
    auto page = store->listEpisodes(0, 10);
    REQUIRE(page.size() == 1);
    CHECK(page.front().checkInCount == 1);
    CHECK_FALSE(page.front().peakPain.has_value());
    CHECK_FALSE(page.front().latestPain.has_value());

    checkIn(10, 7);
    checkIn(20, 4);
    checkIn(30, std::nullopt); // the latest by time, but not rated
    page = store->listEpisodes(0, 10);
    CHECK(page.front().checkInCount == 4);
    CHECK(page.front().peakPain == 7);
    CHECK(page.front().latestPain == 4);
}
