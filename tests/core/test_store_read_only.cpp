// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/store/migrations.h"
#include "core/store/store_error.h"
#include "core/store/store_opener.h"
#include "core/store/transaction.h"
#include "legacy_log.h"
#include "mounts.h"
#include "store_test_support.h"

#include <sstream>

using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

// A log that can be read but not written opens read-only (issue 14): History, export and the report still work,
// every write says why it cannot, and the files are left byte for byte as they were.

namespace {

std::string writeLog(const fs::path& dir, const Clock& clock) {
    auto store = openStore(dir, clock);
    const auto id = store->startEpisode(sampleEpisode());
    store->addCheckIn(fullCheckIn(id, 10));
    store->addCheckIn(fullCheckIn(id, 20));
    return id;
}

void requireWritesRefused(EpisodeStore& store, const std::string& episodeId, const std::string& why) {
    CHECK(store.isReadOnly());
    try {
        store.addCheckIn(fullCheckIn(episodeId, 30));
        FAIL("a check-in was saved into a read-only log");
    } catch (const StoreError& error) {
        CHECK(error.primaryCode() == SQLITE_READONLY);
        CHECK(std::string(error.what()).find(why) != std::string::npos);
    }
    CHECK_THROWS_AS(store.deleteEpisode(episodeId), StoreError);
    CHECK_THROWS_AS(store.setPlanTick(episodeId, 1, "walk", true), StoreError);
    std::istringstream file(R"({"format":"spasmguide-log","version":1,"episodes":[]})");
    const auto imported = importJson(store, file, {"backup.json", {}});
    CHECK_FALSE(imported.ok);
    CHECK(imported.error.find("read-only") != std::string::npos);
}

// False, with the reason as a warning, where this machine cannot make a read-only folder (root without mount).
bool madeOrSkipped(const ReadOnlyCopy& folder) {
    if (!folder.ok()) {
        WARN("skipped: " + folder.reason());
    }
    return folder.ok();
}

OpenResult openedReadOnly(const fs::path& dataDir, const Clock& clock) {
    auto result = EpisodeStore::open(dataDir, clock);
    INFO(result.message);
    CHECK(result.status == OpenStatus::ReadOnly);
    REQUIRE(result.store);
    return result;
}

} // namespace

TEST_CASE("a database that refuses writes stops every transaction in one place") {
    Database db;
    db.exec("CREATE TABLE t (x)");
    db.refuseWrites("the episode log is read-only: test");
    try {
        Transaction transaction(db);
        FAIL("a transaction began");
    } catch (const StoreError& error) {
        CHECK(error.primaryCode() == SQLITE_READONLY);
        CHECK(std::string(error.what()) == "the episode log is read-only: test");
    }
    CHECK(db.queryInt64("SELECT count(*) FROM t") == 0);
}

TEST_CASE("a log in a read-only folder opens read-only: it reads and exports, writes say why, nothing changes") {
    TempDir dir;
    FakeClock clock;
    const auto id = writeLog(dir.path() / "source", clock);
    ReadOnlyCopy folder(dir.path() / "source", dir.path() / "data");
    if (!madeOrSkipped(folder)) {
        return;
    }
    const auto before = folderContents(dir.path() / "data");
    {
        const auto result = openedReadOnly(dir.path() / "data", clock);
        INFO(result.message);
        const auto file = EpisodeStore::databasePath(dir.path() / "data");
        CHECK(result.message == "Your episode log at " + file.string() + " is read-only: the folder " +
                                    (dir.path() / "data").string() +
                                    " cannot be written. History, export and the report work; new check-ins "
                                    "cannot be saved until the folder can be written again.");
        CHECK(result.store->episodeCount() == 1);
        CHECK(result.store->listEpisodes(0, 10).front().checkInCount == 2);
        CHECK(result.store->checkIns(id).size() == 2);
        std::ostringstream exported;
        CHECK(exportJson(*result.store, exported, {"test", "content", std::nullopt}));
        CHECK(exported.str().find(id) != std::string::npos);
        requireWritesRefused(*result.store, id, "the folder " + (dir.path() / "data").string() + " cannot be written");
        CHECK(result.store->checkIns(id).size() == 2);
    }
    CHECK(folderContents(dir.path() / "data") == before);
}

TEST_CASE("an older log in a read-only folder is shown upgraded in memory, the file left at its version") {
    TempDir dir;
    FakeClock clock;
    Episode episode = sampleEpisode();
    CheckIn checkIn = fullCheckIn({});
    {
        const auto old = openEpisodeStore(dir.path() / "source", clock, schemaMigrations().first(2));
        REQUIRE(old.store);
        writeLegacyEpisode(old.store->database(), episode, checkIn);
    }
    ReadOnlyCopy folder(dir.path() / "source", dir.path() / "data");
    if (!madeOrSkipped(folder)) {
        return;
    }
    const auto before = folderContents(dir.path() / "data");
    {
        const auto result = openedReadOnly(dir.path() / "data", clock);
        INFO(result.message);
        CHECK(result.backupPath.empty());
        CHECK(result.message.find("saved by an older version of SpasmGuide: it is shown upgraded, and the file is "
                                  "left as it is") != std::string::npos);
        CHECK(result.store->database().queryInt64("PRAGMA user_version") == schemaMigrations().back().version);
        CHECK(result.store->episode(episode.id) == episode);
        CHECK(result.store->checkIns(episode.id) == std::vector<CheckIn>{checkIn});
        requireWritesRefused(*result.store, episode.id, "cannot be written");
    }
    CHECK(folderContents(dir.path() / "data") == before);
    // Immutable: a WAL log in a read-only folder cannot be read otherwise (SQLite cannot make its -shm there).
    Database file(EpisodeStore::databasePath(dir.path() / "data"), Database::Mode::Immutable);
    CHECK(file.queryInt64("PRAGMA user_version") == 2);
}

TEST_CASE("a damaged log in a read-only folder is still reported as damaged, not opened") {
    TempDir dir;
    FakeClock clock;
    dir.write("source/spasmguide.sqlite3", "SQLite format 3" + std::string(5000, 'x'));
    ReadOnlyCopy folder(dir.path() / "source", dir.path() / "data");
    if (!madeOrSkipped(folder)) {
        return;
    }
    const auto result = EpisodeStore::open(dir.path() / "data", clock, {.setAsideDamaged = true});
    INFO(result.message);
    CHECK(result.status == OpenStatus::Damaged);
    CHECK_FALSE(result.store);
}

#ifndef _WIN32
TEST_CASE("a read-only database file in a writable folder opens read-only") {
    if (!permissionsApply()) {
        WARN("skipped: root ignores file permissions (the read-only folder cases cover root)");
        return;
    }
    TempDir dir;
    FakeClock clock;
    const auto id = writeLog(dir.path(), clock);
    const auto file = EpisodeStore::databasePath(dir.path());
    fs::permissions(file, fs::perms::owner_read, fs::perm_options::replace);
    const auto bytes = readBytes(file);
    {
        const auto result = EpisodeStore::open(dir.path(), clock);
        INFO(result.message);
        CHECK(result.status == OpenStatus::ReadOnly);
        REQUIRE(result.store);
        CHECK(result.message.find("is read-only: the file cannot be written") != std::string::npos);
        CHECK(result.store->checkIns(id).size() == 2);
        requireWritesRefused(*result.store, id, "the file cannot be written");
    }
    CHECK(readBytes(file) == bytes);
    fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace);
}
#endif
