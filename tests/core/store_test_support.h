// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_store.h"
#include "fake_clock.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <sqlite3.h>
#include <string>

namespace spasmguide::test {

// 2026-11-23T14:05:00+01:00 plus `minutes`.
inline Timestamp at(int minutes, int offsetMinutes = 60) {
    constexpr std::int64_t kBase = 1795439100000; // 2026-11-23T13:05:00Z
    return {kBase + std::int64_t{minutes} * 60000, offsetMinutes};
}

inline Episode sampleEpisode(int startMinutes = 0) {
    Episode episode;
    episode.startedAt = at(startMinutes);
    episode.triageTicked = {"past-cancer", "fever"};
    episode.note = "Bent to pick up the laundry basket";
    return episode;
}

// A check-in with every field set to something other than its default.
inline CheckIn fullCheckIn(const std::string& episodeId, int minutes = 10) {
    CheckIn checkIn;
    checkIn.episodeId = episodeId;
    checkIn.at = at(minutes);
    checkIn.pain = 7;
    checkIn.areas = {BodyArea::LowBackCentre, BodyArea::BelowKneeLeft, BodyArea::HipRight};
    checkIn.triggers = {"twisting", "lifting"};
    checkIn.freeTags = {"gardening", "long drive, 3 h"};
    checkIn.heat = HeatUse{"Wheat bag", 20};
    checkIn.medications = {{"Ibuprofen 400 mg", at(minutes - 30)}, {"Paracetamol", at(minutes - 5, -300)}};
    checkIn.movement = true;
    checkIn.breathing = true;
    checkIn.worse = {"bed-rest", "sitting-long"};
    checkIn.note =
        "Line one,\n\"quoted\" line two; unicode: d\xC3\xA9j\xC3\xA0 vu \xE2\x9C\x93 " + std::string(20000, 'x');
    checkIn.newRedFlag = true;
    checkIn.newRedFlagIds = {"saddle-numbness"};
    return checkIn;
}

inline std::string readBytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Every file directly in `dir`, by name, with its bytes: equal before and after means nothing was added, removed or
// changed.
inline std::map<std::filesystem::path, std::string> folderContents(const std::filesystem::path& dir) {
    std::map<std::filesystem::path, std::string> files;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.is_regular_file()) {
            files[entry.path().filename()] = readBytes(entry.path());
        }
    }
    return files;
}

// Opens the store and insists that it worked.
inline std::unique_ptr<EpisodeStore> openStore(const std::filesystem::path& dir, const Clock& clock) {
    auto result = EpisodeStore::open(dir, clock);
    INFO(result.message);
    REQUIRE(result.store);
    return std::move(result.store);
}

// A plain sqlite3 connection, as another program would have.
class RawConnection {
public:
    explicit RawConnection(const std::filesystem::path& file) {
        REQUIRE(sqlite3_open(file.string().c_str(), &m_db) == SQLITE_OK);
    }
    ~RawConnection() { sqlite3_close(m_db); }
    RawConnection(const RawConnection&) = delete;
    RawConnection& operator=(const RawConnection&) = delete;

    int exec(const std::string& sql) { return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr); }
    std::string text(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            const auto* bytes = sqlite3_column_text(statement, 0);
            value = bytes ? reinterpret_cast<const char*>(bytes) : "";
        }
        sqlite3_finalize(statement);
        return value;
    }
    sqlite3* handle() { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace spasmguide::test
