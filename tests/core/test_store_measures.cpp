// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The back checks (Roland-Morris and PGIC) and the day back to usual activities in the log (schema version 8).
#include "core/store/migrations.h"
#include "core/store/store_error.h"
#include "core/store/store_opener.h"
#include "legacy_log.h"
#include "store_test_support.h"

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

RmdqAnswers ticked(std::initializer_list<std::size_t> statements) {
    RmdqAnswers answers;
    for (const auto i : statements) {
        answers.ticked.at(i) = true;
    }
    return answers;
}

BackCheckRecord backCheck(const std::string& episodeId, int minutes, BackCheckAsked asked = BackCheckAsked::Weekly) {
    BackCheckRecord check;
    check.episodeId = episodeId;
    check.takenAt = at(minutes, -300);
    check.asked = asked;
    check.rmdq = ticked({0, 5, 23});
    check.pgic = Pgic::MuchImproved;
    return check;
}

std::int64_t ms(int minutes) {
    return at(minutes).epochMs;
}

} // namespace

TEST_CASE("back checks are recorded into an episode, read back oldest first, with their score") {
    TempDir dir;
    FakeClock clock(at(1000).timePoint());
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    auto weekly = backCheck(episode, 600);
    weekly.id = store->addBackCheck(weekly);
    auto baseline = backCheck(episode, 5, BackCheckAsked::Baseline);
    baseline.pgic.reset(); // the baseline asks no change yet
    baseline.id = store->addBackCheck(baseline);
    auto ended = backCheck(episode, 900, BackCheckAsked::EpisodeEnded);
    ended.rmdq.reset(); // an episode's end asks the PGIC alone
    ended.pgic = Pgic::VeryMuchImproved;
    ended.id = store->addBackCheck(ended);

    CHECK(store->backChecks(episode) == std::vector{baseline, weekly, ended});
    CHECK(store->latestBackCheck(episode) == ended);
    CHECK(store->backChecks(episode)[1].rmdqScore() == 3);
    CHECK_FALSE(store->backChecks(episode)[2].rmdqScore());
    CHECK(store->backChecks(episode)[0].takenAt.utcOffsetMinutes == -300);
    CHECK(store->allBackChecks() ==
          std::map<std::string, std::vector<BackCheckRecord>>{{episode, {baseline, weekly, ended}}});
    CHECK(store->backChecks("no-such-episode").empty());
    CHECK_FALSE(store->latestBackCheck("no-such-episode"));
    CHECK_FALSE(store->latestBackCheck(store->startEpisode(sampleEpisode(5))));
}

TEST_CASE("every back check edit is dated by the clock, and a deletion is remembered") {
    TempDir dir;
    FakeClock clock(at(0).timePoint());
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    clock.set(at(100).timePoint());
    auto check = backCheck(episode, 60);
    check.id = store->addBackCheck(check);
    CHECK(store->modifiedMs(RecordKind::BackCheck, check.id) == ms(100));
    CHECK(store->recordTimes().backChecks.at(check.id) == ms(100));

    clock.set(at(200).timePoint());
    check.pgic = Pgic::NoChange;
    check.rmdq = ticked({1});
    REQUIRE(store->updateBackCheck(check));
    CHECK(store->latestBackCheck(episode) == check);
    CHECK(store->modifiedMs(RecordKind::BackCheck, check.id) == ms(200));
    auto unknown = check;
    unknown.id = "not-recorded";
    CHECK_FALSE(store->updateBackCheck(unknown));

    clock.set(at(300).timePoint());
    CHECK(store->deleteBackCheck(check.id));
    CHECK_FALSE(store->deleteBackCheck(check.id));
    CHECK(store->backChecks(episode).empty());
    CHECK(store->database().queryInt64("SELECT deleted_ms FROM deleted_records WHERE uuid = '" + check.id + "'") ==
          ms(300));
}

TEST_CASE("deleting an episode takes its back checks with it and remembers them as deleted") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode());
    const auto id = store->addBackCheck(backCheck(episode, 60));
    REQUIRE(store->deleteEpisode(episode));
    CHECK(store->database().queryInt64("SELECT count(*) FROM back_checks") == 0);
    CHECK(store->database().queryInt64("SELECT count(*) FROM deleted_records WHERE uuid = '" + id + "'") == 1);
}

TEST_CASE("impossible back checks are refused and nothing is written") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episode = store->startEpisode(sampleEpisode(60));
    const auto refused = [&](BackCheckRecord check) {
        CHECK_THROWS_AS(store->addBackCheck(check), StoreError);
        CHECK(store->database().queryInt64("SELECT count(*) FROM back_checks") == 0);
    };
    auto neither = backCheck(episode, 90);
    neither.rmdq.reset();
    neither.pgic.reset();
    refused(neither);
    auto pgicZero = backCheck(episode, 90);
    pgicZero.pgic = static_cast<Pgic>(0);
    refused(pgicZero);
    auto pgicEight = backCheck(episode, 90);
    pgicEight.pgic = static_cast<Pgic>(8);
    refused(pgicEight);
    refused(backCheck(episode, 30)); // before the episode began
    auto future = backCheck(episode, 90);
    future.takenAt = Timestamp::fromTimePoint(clock.now() + std::chrono::hours(25), 0);
    refused(future);
    auto noEpisode = backCheck("no-such-episode", 90);
    refused(noEpisode);

    // An update is refused the same way, and leaves the stored check as it was.
    auto kept = backCheck(episode, 90);
    kept.id = store->addBackCheck(kept);
    auto early = kept;
    early.takenAt = at(0);
    CHECK_THROWS_AS(store->updateBackCheck(early), StoreError);
    CHECK(store->latestBackCheck(episode) == kept);
}

TEST_CASE("the table itself refuses answers beyond the 24 statements and a PGIC outside 1 to 7") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    store->startEpisode(sampleEpisode());
    const auto insert = [&](const std::string& answers, const std::string& pgic, const std::string& asked) {
        try {
            store->database().exec(
                "INSERT INTO back_checks (uuid, episode_id, taken_at, taken_ms, asked, rmdq_answers, "
                "pgic, modified_ms) VALUES (lower(hex(randomblob(16))), 1, '2026-11-23T14:05:00Z', "
                "0, '" +
                asked + "', " + answers + ", " + pgic + ", 0)");
            return true;
        } catch (const StoreError& error) {
            CHECK(error.primaryCode() == SQLITE_CONSTRAINT);
            return false;
        }
    };
    const std::string all24 = "'" + std::string(24, '1') + "'";
    CHECK(insert(all24, "7", "weekly"));
    CHECK(insert("NULL", "1", "episode-ended"));
    CHECK(insert(all24, "NULL", "baseline"));
    CHECK_FALSE(insert("'" + std::string(25, '1') + "'", "4", "weekly")); // a 25th statement
    CHECK_FALSE(insert("'" + std::string(23, '0') + "2'", "4", "weekly"));
    CHECK_FALSE(insert(all24, "0", "weekly"));
    CHECK_FALSE(insert(all24, "8", "weekly"));
    CHECK_FALSE(insert(all24, "4", "monthly"));
    CHECK_FALSE(insert("NULL", "NULL", "weekly"));
}

TEST_CASE("the day back to usual activities is kept with the episode, dated by the clock, and can be cleared") {
    TempDir dir;
    FakeClock clock(at(0).timePoint());
    auto store = openStore(dir.path(), clock);
    auto episode = sampleEpisode();
    episode.id = store->startEpisode(episode);
    CHECK_FALSE(store->episode(episode.id)->backToUsual);

    clock.set(at(4000).timePoint());
    const Timestamp back = at(3 * 24 * 60, 120);
    REQUIRE(store->setBackToUsual(episode.id, back));
    episode.backToUsual = back;
    CHECK(store->episode(episode.id) == episode);
    CHECK(store->currentEpisode() == episode);
    CHECK(store->listEpisodes(0, 10).at(0).episode == episode);
    CHECK(store->modifiedMs(RecordKind::Episode, episode.id) == ms(4000));

    CHECK_THROWS_AS(store->setBackToUsual(episode.id, at(-10)), StoreError); // before the episode
    CHECK_THROWS_AS(
        store->setBackToUsual(episode.id, Timestamp::fromTimePoint(clock.now() + std::chrono::hours(25), 0)),
        StoreError);
    CHECK(store->episode(episode.id) == episode);
    CHECK_FALSE(store->setBackToUsual("no-such-episode", back));

    REQUIRE(store->setBackToUsual(episode.id, std::nullopt));
    CHECK_FALSE(store->episode(episode.id)->backToUsual);

    // updateEpisode writes it too, as every other field.
    episode.backToUsual = at(60);
    REQUIRE(store->updateEpisode(episode));
    CHECK(store->episode(episode.id) == episode);
}

TEST_CASE("an episode edited to start after its day back to usual or its first back check is refused") {
    TempDir dir;
    FakeClock clock(at(4000).timePoint());
    auto store = openStore(dir.path(), clock);
    auto episode = sampleEpisode();
    episode.id = store->startEpisode(episode);
    REQUIRE(store->setBackToUsual(episode.id, at(600)));
    store->addBackCheck(backCheck(episode.id, 300));
    episode.backToUsual = at(600);

    auto late = episode;
    late.startedAt = at(700); // after the day back to usual
    CHECK_THROWS_AS(store->updateEpisode(late), StoreError);
    late.backToUsual = at(800);
    late.startedAt = at(400); // after the first back check
    CHECK_THROWS_AS(store->updateEpisode(late), StoreError);
    CHECK(store->episode(episode.id) == episode);

    auto earlier = episode;
    earlier.startedAt = at(-60); // earlier is always fine
    REQUIRE(store->updateEpisode(earlier));
    CHECK(store->episode(episode.id) == earlier);
    earlier.startedAt = at(300); // as late as the first back check
    CHECK(store->updateEpisode(earlier));
}

TEST_CASE("a version 7 log is upgraded to version 8: its records kept, no back checks, no day back to usual") {
    TempDir dir;
    FakeClock clock;
    Episode episode = sampleEpisode();
    CheckIn checkIn = fullCheckIn({});
    {
        const auto old = openEpisodeStore(dir.path(), clock, schemaMigrations().first(7));
        REQUIRE(old.store);
        REQUIRE(old.store->database().queryInt64("PRAGMA user_version") == 7);
        writeLegacyEpisode(old.store->database(), episode, checkIn);
    }
    auto store = openStore(dir.path(), clock);
    CHECK(store->database().queryInt64("PRAGMA user_version") == 8);
    CHECK(store->episode(episode.id) == episode);
    CHECK_FALSE(store->episode(episode.id)->backToUsual);
    CHECK(store->checkIns(episode.id) == std::vector{checkIn});
    CHECK(store->backChecks(episode.id).empty());
    const auto id = store->addBackCheck(backCheck(episode.id, 60));
    CHECK(store->latestBackCheck(episode.id)->id == id);
}

TEST_CASE("an episode's back checks are read in time order from an index, without a sort") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    auto plan = store->database().prepare("EXPLAIN QUERY PLAN SELECT id FROM back_checks WHERE episode_id = 1 "
                                          "ORDER BY taken_ms DESC, id DESC LIMIT 1");
    std::string details;
    while (plan.step()) {
        details += plan.columnText(3) + "\n";
    }
    CHECK(details.find("back_checks_by_episode") != std::string::npos);
    CHECK(details.find("TEMP B-TREE") == std::string::npos);
}
