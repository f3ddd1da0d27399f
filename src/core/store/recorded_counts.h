// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace spasmguide {

class Database;

struct RecordedCount {
    std::string id; // a trigger or "made it worse" id, or a free tag as typed
    std::int64_t checkIns = 0;

    friend bool operator==(const RecordedCount&, const RecordedCount&) = default;
};

// How many check-ins across the whole log name each trigger, free tag and "made it worse" item, most often first
// (ties by id, so the order is stable). Counted in SQL, so a large log is never loaded.
struct RecordedCounts {
    std::vector<RecordedCount> triggers;
    std::vector<RecordedCount> freeTags;
    std::vector<RecordedCount> worse;
    std::int64_t checkIns = 0; // all check-ins, for "n of m"
};

[[nodiscard]] RecordedCounts countRecorded(Database& db);
// On a connection of its own, read-only, so a worker thread can count while the app keeps writing.
[[nodiscard]] RecordedCounts countRecorded(const std::filesystem::path& databaseFile);

} // namespace spasmguide
