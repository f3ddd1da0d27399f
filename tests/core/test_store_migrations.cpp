// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"
#include "core/store/migrations.h"
#include "core/store/store_opener.h"
#include "future_steps.h"
#include "legacy_log.h"
#include "store_test_support.h"

#include <vector>

using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

namespace {

// Every table and index as SQLite keeps its CREATE statement, for "same schema" comparisons.
std::vector<std::string> schemaOf(Database& db) {
    std::vector<std::string> statements;
    auto query = db.prepare("SELECT sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY name");
    while (query.step()) {
        statements.push_back(query.columnText(0));
    }
    return statements;
}

} // namespace

TEST_CASE("the schema steps are numbered 1, 2, ... with no gaps") {
    const auto steps = schemaMigrations();
    REQUIRE_FALSE(steps.empty());
    for (std::size_t i = 0; i < steps.size(); ++i) {
        CHECK(steps[i].version == static_cast<int>(i + 1));
    }
}

TEST_CASE("a hand-made version-0 empty database is brought to the current schema without a backup") {
    TempDir dir;
    FakeClock clock;
    const auto file = EpisodeStore::databasePath(dir.path());
    {
        RawConnection raw(file);
        REQUIRE(raw.exec("CREATE TABLE scratch (x); DROP TABLE scratch;") == SQLITE_OK);
    }
    REQUIRE(fs::file_size(file) > 0);
    const auto result = EpisodeStore::open(dir.path(), clock);
    CHECK(result.status == OpenStatus::Created);
    CHECK(result.backupPath.empty());
    REQUIRE(result.store);
    auto& db = result.store->database();
    CHECK(db.queryInt64("PRAGMA user_version") == schemaMigrations().back().version);
    CHECK(db.queryInt64("PRAGMA application_id") == kApplicationId);
    // Version 1's nine, v4 plan ticks, v5 pattern results, v6 the tools' three, v7 deleted records and imports,
    // v8 back checks.
    CHECK(db.queryInt64("SELECT count(*) FROM sqlite_schema WHERE type = 'table'") == 17);
    CHECK(EpisodeStore::dataFiles(dir.path()).size() <= 3);
}

TEST_CASE("upgrading a log of the current version with data keeps the data and a backup copy of it") {
    TempDir dir;
    FakeClock clock;
    Episode episode = sampleEpisode();
    CheckIn checkIn;
    {
        auto store = openStore(dir.path(), clock);
        episode.id = store->startEpisode(episode);
        checkIn = fullCheckIn(episode.id);
        checkIn.id = store->addCheckIn(checkIn);
    }
    const auto result = openEpisodeStore(dir.path(), clock, withFuture());
    INFO(result.message);
    CHECK(result.status == OpenStatus::Ok);
    REQUIRE(result.store);
    CHECK(result.store->database().queryInt64("PRAGMA user_version") == latest() + 2);
    CHECK(result.store->database().queryInt64("SELECT severe FROM check_ins") == 1);
    CHECK(result.store->episode(episode.id) == episode);
    CHECK(result.store->checkIn(checkIn.id) == checkIn);

    REQUIRE_FALSE(result.backupPath.empty());
    CHECK(result.backupPath.parent_path() == dir.path());
    const std::string backupName = "spasmguide.sqlite3.backup-v" + std::to_string(latest()) + "-";
    CHECK(result.backupPath.filename().string().rfind(backupName, 0) == 0);
    CHECK(userVersion(result.backupPath) == latest());
    RawConnection backup(result.backupPath);
    CHECK(backup.text("SELECT uuid FROM check_ins") == checkIn.id);
    CHECK(backup.text("PRAGMA integrity_check") == "ok");
#ifndef _WIN32
    CHECK((fs::status(result.backupPath).permissions() & (fs::perms::group_all | fs::perms::others_all)) ==
          fs::perms::none);
#endif
}

TEST_CASE("a fresh database runs every step in order") {
    TempDir dir;
    FakeClock clock;
    const auto result = openEpisodeStore(dir.path(), clock, withFuture());
    CHECK(result.status == OpenStatus::Created);
    REQUIRE(result.store);
    CHECK(result.store->database().queryInt64("PRAGMA user_version") == latest() + 2);
    CHECK(result.backupPath.empty());
}

TEST_CASE("a failing step leaves the log at its old version, with the backup, and nothing deleted") {
    TempDir dir;
    FakeClock clock;
    const auto file = EpisodeStore::databasePath(dir.path());
    std::string episodeId;
    {
        auto store = openStore(dir.path(), clock);
        episodeId = store->startEpisode(sampleEpisode());
    }
    const auto steps = withFuture({{latest() + 1, &failingStep}});
    {
        const auto result = openEpisodeStore(dir.path(), clock, steps);
        CHECK(result.status == OpenStatus::Unwritable);
        CHECK_FALSE(result.store);
        CHECK(result.message.find("could not be upgraded") != std::string::npos);
        CHECK(result.message.find(result.backupPath.string()) != std::string::npos);
        CHECK(fs::exists(result.backupPath));
    }
    CHECK(userVersion(file) == latest());
    RawConnection raw(file);
    CHECK(raw.text("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'") == "0");
    CHECK(raw.text("SELECT uuid FROM episodes") == episodeId);
}

TEST_CASE("a log of every earlier version is upgraded to the schema of a new log, its data kept") {
    FakeClock clock;
    std::vector<std::string> fresh;
    {
        TempDir dir;
        fresh = schemaOf(openStore(dir.path(), clock)->database());
    }
    for (int version = 1; version < latest(); ++version) {
        INFO("from version " << version);
        TempDir dir;
        Episode episode = sampleEpisode();
        CheckIn checkIn;
        {
            const auto old =
                openEpisodeStore(dir.path(), clock, schemaMigrations().first(static_cast<std::size_t>(version)));
            REQUIRE(old.store);
            checkIn = fullCheckIn({});
            writeLegacyEpisode(old.store->database(), episode, checkIn);
        }
        const auto beforeUpgrade = std::chrono::system_clock::now();
        const auto result = EpisodeStore::open(dir.path(), clock);
        INFO(result.message);
        REQUIRE(result.store);
        CHECK(result.status == OpenStatus::Ok);
        CHECK(userVersion(result.backupPath) == version);
        CHECK(result.store->database().queryInt64("PRAGMA user_version") == latest());
        CHECK(schemaOf(result.store->database()) == fresh);
        CHECK(result.store->episode(episode.id) == episode);
        CHECK(result.store->checkIns(episode.id) == std::vector<CheckIn>{checkIn});
        // Changed at the latest when upgraded: so dated, an older copy in a file never replaces them. From version 7
        // on, records carry their own times (the legacy writer leaves them unknown), and no later step redates them.
        const auto upgradedMs = Timestamp::fromTimePoint(beforeUpgrade, 0).epochMs;
        for (const auto kind : {RecordKind::Episode, RecordKind::CheckIn}) {
            if (version >= 7) {
                CHECK_FALSE(result.store->modifiedMs(kind, kind == RecordKind::Episode ? episode.id : checkIn.id));
                continue;
            }
            const auto modified = result.store->modifiedMs(kind, kind == RecordKind::Episode ? episode.id : checkIn.id);
            REQUIRE(modified);
            CHECK(*modified >= upgradedMs - 1000);
            CHECK(*modified <= Timestamp::fromTimePoint(std::chrono::system_clock::now(), 0).epochMs + 1000);
        }
        // From version 3 on, a check-in may leave pain empty (a new warning sign reported first).
        CheckIn unrated;
        unrated.episodeId = episode.id;
        unrated.at = at(50);
        unrated.newRedFlag = true;
        unrated.id = result.store->addCheckIn(unrated);
        CHECK(result.store->checkIn(unrated.id) == unrated);
        CHECK(result.store->database().queryInt64("PRAGMA foreign_keys") == 1);
    }
}

TEST_CASE("an episode's check-ins are read in time order straight from an index, without a sort") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    auto plan = store->database().prepare(
        "EXPLAIN QUERY PLAN SELECT c.id, c.pain FROM check_ins c WHERE c.episode_id = 1 ORDER BY c.at_ms, c.id");
    std::string details;
    while (plan.step()) {
        details += plan.columnText(3) + "\n";
    }
    CHECK(details.find("check_ins_by_episode") != std::string::npos);
    CHECK(details.find("TEMP B-TREE") == std::string::npos);
}
