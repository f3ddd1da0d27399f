// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging/logging.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <spdlog/spdlog.h>
#include <sstream>

namespace fs = std::filesystem;

TEST_CASE("the log file is created in a private folder and is readable by the user only") {
    spasmguide::test::TempDir dir;
    const auto logDir = dir.path() / "logs";
    REQUIRE(spasmguide::setUpLogging(logDir, false));
    spdlog::info("hello from the test");
    spdlog::default_logger()->flush();

    const auto file = logDir / "spasmguide.log";
    REQUIRE(fs::exists(file));
    CHECK((fs::status(logDir).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    CHECK((fs::status(file).permissions() & (fs::perms::group_all | fs::perms::others_all)) == fs::perms::none);
    std::ifstream in(file);
    std::stringstream text;
    text << in.rdbuf();
    CHECK(text.str().find("hello from the test") != std::string::npos);
    spdlog::drop_all();
}

TEST_CASE("an unusable log folder does not stop the app") {
    spasmguide::test::TempDir dir;
    dir.write("taken", "a file where the log folder should be");
    CHECK_FALSE(spasmguide::setUpLogging(dir.path() / "taken", false));
    spdlog::info("still logs to stderr without throwing");
    spdlog::drop_all();
}

TEST_CASE("a folder the app creates is private, and a folder the user already had keeps its permissions") {
    spasmguide::test::TempDir dir;
    const auto created = dir.path() / "new-data";
    REQUIRE(spasmguide::createPrivateDirectory(created));
    CHECK(fs::status(created).permissions() == fs::perms::owner_all);

    const auto existing = dir.path() / "mine";
    fs::create_directory(existing);
    fs::permissions(existing, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec);
    REQUIRE(spasmguide::createPrivateDirectory(existing));
    CHECK((fs::status(existing).permissions() & fs::perms::group_read) == fs::perms::group_read);
}
