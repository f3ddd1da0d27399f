// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever the bytes, importJson returns without throwing; a refused file leaves the log as it was; an accepted one
// exports, and that export imports into another empty log with the same episodes and check-ins. Only the importer's
// public entry point is used, so its insides may change freely.
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/store/database.h"
#include "core/store/episode_store.h"
#include "core/store/migrations.h"
#include "core/time/clock.h"
#include "fuzz_targets.h"

#include <sstream>

namespace spasmguide::fuzz {
namespace {

class FixedClock final : public Clock {
public:
    [[nodiscard]] std::chrono::system_clock::time_point now() const override {
        return std::chrono::sys_days{std::chrono::November / 23 / 2026};
    }
};

EpisodeStore emptyLog(const Clock& clock) {
    Database db;
    applyMigrations(db, schemaMigrations());
    db.exec("PRAGMA foreign_keys = ON");
    return {std::move(db), clock, {}};
}

bool sameCounts(EpisodeStore& a, EpisodeStore& b) {
    return a.episodeCount() == b.episodeCount() && a.checkInCount() == b.checkInCount();
}

} // namespace

bool runImportInput(const std::uint8_t* data, std::size_t size) {
    static const FixedClock clock;
    EpisodeStore store = emptyLog(clock);
    std::istringstream in(std::string(reinterpret_cast<const char*>(data), size));
    const auto result = importJson(store, in);
    if (!result.ok) {
        return !result.error.empty() && store.episodeCount() == 0 && store.checkInCount() == 0;
    }
    std::ostringstream exported;
    if (!exportJson(store, exported, {"fuzz", "fuzz", Timestamp::fromTimePoint(clock.now(), 0)})) {
        return false;
    }
    EpisodeStore again = emptyLog(clock);
    std::istringstream back(exported.str());
    return importJson(again, back).ok && sameCounts(store, again);
}

} // namespace spasmguide::fuzz
