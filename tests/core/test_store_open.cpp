// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database_probe.h"
#include "core/store/migrations.h"
#include "store_test_support.h"

#include <random>

#ifndef _WIN32
#include <unistd.h>
#endif

using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

namespace {

fs::path dbIn(const TempDir& dir) {
    return EpisodeStore::databasePath(dir.path());
}

// A real log with enough check-ins to span many pages, closed (and so checkpointed) again.
void writeRealLog(const TempDir& dir, const Clock& clock) {
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    for (int i = 0; i < 20; ++i) {
        store->addCheckIn(fullCheckIn(episodeId, i));
    }
}

// The window's way of opening: it tells the person, so it may set a damaged log aside.
constexpr OpenOptions kSetAside{.setAsideDamaged = true};

// Opening a bad file from the command line (the default) leaves it and every file beside it exactly as they were.
void requireLeftAlone(const TempDir& dir, const Clock& clock, const std::string& original) {
    const auto before = EpisodeStore::dataFiles(dir.path());
    const auto result = EpisodeStore::open(dir.path(), clock);
    INFO(result.message);
    CHECK(result.status == OpenStatus::Damaged);
    CHECK_FALSE(result.store);
    CHECK(result.movedAsidePath.empty());
    CHECK(readBytes(dbIn(dir)) == original);
    CHECK(EpisodeStore::dataFiles(dir.path()) == before);
    CHECK(result.message.find(dbIn(dir).string()) != std::string::npos);
    CHECK(result.message.find("left as it is") != std::string::npos);
}

// Opening a bad file in the window moves it aside byte for byte and starts a usable new log.
void requireMovedAside(const TempDir& dir, const Clock& clock, const std::string& original) {
    requireLeftAlone(dir, clock, original);
    const auto result = EpisodeStore::open(dir.path(), clock, kSetAside);
    INFO(result.message);
    CHECK(result.status == OpenStatus::MovedAsideCorrupt);
    REQUIRE(result.store);
    CHECK(result.movedAsidePath.filename().string().rfind("spasmguide.sqlite3.corrupt-", 0) == 0);
    CHECK(readBytes(result.movedAsidePath) == original);
    CHECK(result.message.find(result.movedAsidePath.string()) != std::string::npos);
    CHECK(result.message.find("Nothing was deleted.") != std::string::npos);

    const auto id = result.store->startEpisode(sampleEpisode());
    CHECK(result.store->episode(id).has_value());
    CHECK(result.store->episodeCount() == 1);
}

} // namespace

TEST_CASE("a missing folder and file are created: status Created, no message") {
    TempDir dir;
    FakeClock clock;
    const auto result = EpisodeStore::open(dir.path() / "new" / "data", clock);
    CHECK(result.status == OpenStatus::Created);
    CHECK(result.message.empty());
    REQUIRE(result.store);
    CHECK(fs::exists(dir.path() / "new" / "data" / "spasmguide.sqlite3"));
}

TEST_CASE("a file of random bytes is moved aside and a new log started") {
    TempDir dir;
    FakeClock clock;
    std::mt19937 random(1234);
    std::string bytes(64 * 1024, '\0');
    for (char& byte : bytes) {
        byte = static_cast<char>(random() & 0xff);
    }
    dir.write("spasmguide.sqlite3", bytes);
    requireMovedAside(dir, clock, bytes);
}

TEST_CASE("a text file in place of the database is moved aside") {
    TempDir dir;
    FakeClock clock;
    const std::string text = "these are my notes, not a database\n";
    dir.write("spasmguide.sqlite3", text);
    requireMovedAside(dir, clock, text);
}

TEST_CASE("a truncated database is moved aside with its WAL") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    const auto whole = readBytes(dbIn(dir));
    REQUIRE(whole.size() > 16 * 4096);
    const auto half = whole.substr(0, whole.size() / 2);
    dir.write("spasmguide.sqlite3", half);
    dir.write("spasmguide.sqlite3-wal", "stale wal bytes");
    requireLeftAlone(dir, clock, half);
    CHECK(readBytes(dbIn(dir).string() + "-wal") == "stale wal bytes");
    const auto result = EpisodeStore::open(dir.path(), clock, kSetAside);
    CHECK(result.status == OpenStatus::MovedAsideCorrupt);
    CHECK(readBytes(result.movedAsidePath) == half);
    CHECK(readBytes(result.movedAsidePath.string() + "-wal") == "stale wal bytes");
}

TEST_CASE("two bad files in the same second get distinct names, nothing overwritten") {
    TempDir dir;
    FakeClock clock;
    dir.write("spasmguide.sqlite3", "first bad file");
    const auto first = EpisodeStore::open(dir.path(), clock, kSetAside);
    REQUIRE(first.status == OpenStatus::MovedAsideCorrupt);
    first.store->database().close();
    dir.write("spasmguide.sqlite3", "second bad file");
    fs::remove(dir.path() / "spasmguide.sqlite3-wal");
    fs::remove(dir.path() / "spasmguide.sqlite3-shm");
    const auto second = EpisodeStore::open(dir.path(), clock, kSetAside);
    REQUIRE(second.status == OpenStatus::MovedAsideCorrupt);
    CHECK(second.movedAsidePath != first.movedAsidePath);
    CHECK(readBytes(first.movedAsidePath) == "first bad file");
    CHECK(readBytes(second.movedAsidePath) == "second bad file");
}

TEST_CASE("a zero-length file is an empty database: used as a new log") {
    TempDir dir;
    FakeClock clock;
    dir.write("spasmguide.sqlite3", "");
    const auto result = EpisodeStore::open(dir.path(), clock);
    CHECK(result.status == OpenStatus::Created);
    REQUIRE(result.store);
    CHECK(result.movedAsidePath.empty());
    CHECK(result.store->episodeCount() == 0);
}

TEST_CASE("another application's SQLite file is moved aside, not written into") {
    TempDir dir;
    FakeClock clock;
    {
        RawConnection other(dbIn(dir));
        REQUIRE(other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup')") == SQLITE_OK);
    }
    const auto original = readBytes(dbIn(dir));
    requireLeftAlone(dir, clock, original);
    const auto result = EpisodeStore::open(dir.path(), clock, kSetAside);
    CHECK(result.status == OpenStatus::MovedAsideCorrupt);
    CHECK(result.message.find("was not a SpasmGuide episode log") != std::string::npos);
    CHECK(readBytes(result.movedAsidePath) == original);
    RawConnection moved(result.movedAsidePath);
    CHECK(moved.text("SELECT name FROM recipes") == "soup");
}

TEST_CASE("a log from a newer version is left untouched and the store is unavailable") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    {
        RawConnection raw(dbIn(dir));
        REQUIRE(raw.exec("PRAGMA user_version = 99") == SQLITE_OK);
    }
    const auto before = readBytes(dbIn(dir));
    const auto result = EpisodeStore::open(dir.path(), clock);
    CHECK(result.status == OpenStatus::NewerVersion);
    CHECK_FALSE(result.store);
    CHECK(result.message.find("newer version of SpasmGuide") != std::string::npos);
    CHECK(result.message.find(dbIn(dir).string()) != std::string::npos);
    CHECK(readBytes(dbIn(dir)) == before);
    CHECK(EpisodeStore::dataFiles(dir.path()).size() <= 3); // the database and at most its -wal/-shm
}

TEST_CASE("a log locked by another connection is left untouched and reported") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    const bool walMode = GENERATE(true, false);
    INFO("WAL mode: " << walMode);
    {
        RawConnection other(dbIn(dir));
        if (!walMode) {
            // In rollback-journal mode an exclusive lock blocks even reading the header.
            REQUIRE(other.exec("PRAGMA journal_mode = DELETE") == SQLITE_OK);
        }
        REQUIRE(other.exec("BEGIN EXCLUSIVE") == SQLITE_OK);
        const auto before = readBytes(dbIn(dir));
        const auto result = EpisodeStore::open(dir.path(), clock);
        CHECK(result.status == OpenStatus::Locked);
        CHECK_FALSE(result.store);
        CHECK(result.message.find("in use by another program") != std::string::npos);
        CHECK(readBytes(dbIn(dir)) == before);
        REQUIRE(other.exec("ROLLBACK") == SQLITE_OK);
    }
    const auto later = EpisodeStore::open(dir.path(), clock);
    CHECK(later.status == OpenStatus::Ok);
    REQUIRE(later.store);
    CHECK(later.store->episodeCount() == 1);
    CHECK(later.store->listEpisodes(0, 1).front().checkInCount == 20);
}

TEST_CASE("a data folder that cannot be created is reported, not fatal") {
    TempDir dir;
    FakeClock clock;
    dir.write("taken", "a file where the data folder should be");
    const auto result = EpisodeStore::open(dir.path() / "taken", clock);
    CHECK(result.status == OpenStatus::Unwritable);
    CHECK_FALSE(result.store);
    CHECK(result.message.find("Nothing was changed.") != std::string::npos);
    CHECK(readBytes(dir.path() / "taken") == "a file where the data folder should be");
}

TEST_CASE("damage inside the file, with an intact header, is found by the quick check and moved aside") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    auto bytes = readBytes(dbIn(dir));
    std::mt19937 random(99);
    for (std::size_t i = 2 * 4096; i < 6 * 4096; ++i) {
        bytes[i] = static_cast<char>(random() & 0xff);
    }
    dir.write("spasmguide.sqlite3", bytes);
    requireMovedAside(dir, clock, bytes);
}

TEST_CASE("the quick check is stopped by its time budget without failing the open") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    const int latest = schemaMigrations().back().version;
    const auto unbounded = probeDatabase(dbIn(dir), latest, 200, std::chrono::minutes(1));
    CHECK(unbounded.verdict == ProbeResult::Verdict::Usable);
    CHECK(unbounded.checkComplete);
    const auto rushed = probeDatabase(dbIn(dir), latest, 200, std::chrono::milliseconds(0));
    CHECK(rushed.verdict == ProbeResult::Verdict::Usable); // complete or not, a stopped check is not a failure
}

TEST_CASE("a truncated log is found from its header even when the quick check has no time at all") {
    TempDir dir;
    FakeClock clock;
    writeRealLog(dir, clock);
    const auto whole = readBytes(dbIn(dir));
    const int latest = schemaMigrations().back().version;
    REQUIRE(probeDatabase(dbIn(dir), latest, 200, std::chrono::milliseconds(0)).verdict ==
            ProbeResult::Verdict::Usable);
    dir.write("spasmguide.sqlite3", whole.substr(0, whole.size() - 4096)); // one page short
    const auto cut = probeDatabase(dbIn(dir), latest, 200, std::chrono::milliseconds(0));
    CHECK(cut.verdict == ProbeResult::Verdict::Corrupt);
    CHECK(cut.reason.find("truncated") != std::string::npos);
}
