// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_opener.h"
#include "future_steps.h"
#include "store_test_support.h"


using namespace spasmguide;
using namespace spasmguide::test;
namespace fs = std::filesystem;

// The log is never written through a symbolic link (issue 14): a link could point at any file of the person's.

#ifndef _WIN32
namespace {

constexpr const char* kRefusal =
    " is a symbolic link; SpasmGuide does not write through links. Replace it with the file itself.";

void requireRefused(const OpenResult& result, const fs::path& link) {
    INFO(result.message);
    CHECK(result.status == OpenStatus::Unwritable);
    CHECK_FALSE(result.store);
    CHECK(result.message.find(link.string() + kRefusal) != std::string::npos);
    CHECK(result.message.find("File exists") == std::string::npos);
}

} // namespace

TEST_CASE("a log that is a symbolic link to another log is refused, and that log is left byte for byte") {
    TempDir dir;
    FakeClock clock;
    {
        auto store = openStore(dir.path() / "elsewhere", clock);
        store->startEpisode(sampleEpisode());
    }
    const auto before = folderContents(dir.path() / "elsewhere");
    fs::create_directories(dir.path() / "data");
    const auto link = EpisodeStore::databasePath(dir.path() / "data");
    fs::create_symlink(EpisodeStore::databasePath(dir.path() / "elsewhere"), link);
    for (const OpenOptions options : {OpenOptions{}, OpenOptions{.setAsideDamaged = true}}) {
        requireRefused(EpisodeStore::open(dir.path() / "data", clock, options), link);
    }
    CHECK(folderContents(dir.path() / "elsewhere") == before);
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(EpisodeStore::dataFiles(dir.path() / "data") == std::vector<fs::path>{link});
}

TEST_CASE("a dangling symbolic link in place of the log gets the same words, and nothing is created") {
    TempDir dir;
    FakeClock clock;
    const auto link = EpisodeStore::databasePath(dir.path());
    fs::create_symlink(dir.path() / "nowhere" / "log.sqlite3", link);
    requireRefused(EpisodeStore::open(dir.path(), clock), link);
    CHECK_FALSE(fs::exists(dir.path() / "nowhere"));
}

TEST_CASE("a -wal or -shm beside the log that is a symbolic link is refused") {
    for (const char* suffix : {"-wal", "-shm"}) {
        INFO(suffix);
        TempDir dir;
        FakeClock clock;
        {
            auto store = openStore(dir.path(), clock);
            store->startEpisode(sampleEpisode());
        }
        const auto file = EpisodeStore::databasePath(dir.path());
        const auto bytes = readBytes(file);
        const fs::path link = file.string() + suffix;
        dir.write("victim", "someone else's file");
        fs::create_symlink(dir.path() / "victim", link);
        const auto result = EpisodeStore::open(dir.path(), clock);
        INFO(result.message);
        CHECK(result.message.find("The file " + link.string() + " beside your episode log" + kRefusal) !=
              std::string::npos);
        CHECK(readBytes(dir.path() / "victim") == "someone else's file");
        CHECK(readBytes(file) == bytes);
    }
}

TEST_CASE("an upgrade backup's name taken by a link is passed over, nothing is written through it") {
    TempDir dir;
    FakeClock clock;
    {
        auto store = openStore(dir.path(), clock);
        store->startEpisode(sampleEpisode());
    }
    const auto file = EpisodeStore::databasePath(dir.path());
    const fs::path link =
        file.string() + ".backup-v" + std::to_string(latest()) + "-" + Timestamp::local(clock.now()).toFileStamp();
    fs::create_symlink(dir.path() / "target-of-link", link);
    const auto result = openEpisodeStore(dir.path(), clock, withFuture());
    INFO(result.message);
    CHECK(result.status == OpenStatus::Ok);
    CHECK_FALSE(result.backupPath.empty());
    CHECK(result.backupPath != link);
    CHECK_FALSE(fs::exists(dir.path() / "target-of-link"));
    CHECK(fs::is_regular_file(fs::symlink_status(result.backupPath)));
}
#endif
