// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Every input a fuzzer ever failed on (tests/fuzz/regressions/<fuzzer>/), replayed through the same fuzz target in
// the normal suite: with any compiler, and under ASan and UBSan in the asan preset.
#include "fuzz_targets.h"

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <spdlog/spdlog.h>
#include <sstream>

namespace {

namespace fs = std::filesystem;

std::vector<fs::path> inputs(const std::string& fuzzer) {
    std::vector<fs::path> files;
    // git keeps no empty folder: a fuzzer with no kept input yet has no folder in a fresh clone.
    const fs::path folder = fs::path(SPASMGUIDE_FUZZ_REGRESSIONS) / fuzzer;
    if (!fs::is_directory(folder)) {
        return files;
    }
    for (const auto& entry : fs::directory_iterator(folder)) {
        if (entry.is_regular_file()) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::string bytesOf(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

template <typename Target> void replay(const std::string& fuzzer, Target target) {
    spdlog::set_level(spdlog::level::off);
    for (const auto& file : inputs(fuzzer)) {
        DYNAMIC_SECTION(file.filename().string()) {
            const std::string bytes = bytesOf(file);
            CHECK(target(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size()));
        }
    }
    spdlog::set_level(spdlog::level::info);
}

} // namespace

TEST_CASE("fuzz replay: every content input kept in regressions/content") {
    REQUIRE(inputs("content").size() >= 4);
    replay("content", &spasmguide::fuzz::runContentInput);
}

TEST_CASE("fuzz replay: every import input kept in regressions/import") {
    REQUIRE(inputs("import").size() >= 1);
    replay("import", &spasmguide::fuzz::runImportInput);
}

TEST_CASE("fuzz replay: the import target accepts a real export and refuses a broken one") {
    const std::string good = bytesOf(fs::path(SPASMGUIDE_FUZZ_REGRESSIONS) / "../seeds/import/demo-log.json");
    REQUIRE_FALSE(good.empty());
    CHECK(spasmguide::fuzz::runImportInput(reinterpret_cast<const std::uint8_t*>(good.data()), good.size()));
    const std::string cut = good.substr(0, good.size() / 2);
    CHECK(spasmguide::fuzz::runImportInput(reinterpret_cast<const std::uint8_t*>(cut.data()), cut.size()));
}
