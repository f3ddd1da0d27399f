// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/json_export.h"

#include "core/exchange/log_json.h"
#include "core/store/episode_store.h"
#include "core/store/log_cursor.h"

#include <chrono>
#include <ostream>
#include <unordered_map>

namespace spasmguide {

namespace {

std::string dump(const nlohmann::ordered_json& value) {
    return value.dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
}

// An object's text without its closing brace, so more members can be streamed after it.
std::string openObject(const nlohmann::ordered_json& object) {
    std::string text = dump(object);
    text.pop_back();
    return text;
}

std::optional<std::int64_t> timeOf(const std::unordered_map<std::string, std::int64_t>& times, const std::string& id) {
    const auto found = times.find(id);
    return found == times.end() ? std::nullopt : std::optional(found->second);
}

// A list of records; `times` gives the tools' records their "modifiedAt" (pattern-finder results have none).
template <typename Record>
void writeList(std::ostream& out, const char* key, const std::vector<Record>& records,
               const std::unordered_map<std::string, std::int64_t>* times = nullptr) {
    out << ",\"" << key << "\":[";
    for (std::size_t i = 0; i < records.size(); ++i) {
        auto record = log_json::toJson(records[i]);
        if constexpr (requires { records[i].id; }) {
            if (times) {
                log_json::addModified(record, timeOf(*times, records[i].id));
            }
        }
        out << (i == 0 ? "\n" : ",\n") << dump(record);
    }
    out << "]";
}

// The tools' records by episode, read before the cursor takes the store's connection. They are short (no notes),
// so even years of them fit in memory.
std::unordered_map<std::string, EpisodeActivities> activitiesByEpisode(EpisodeStore& store) {
    const auto all = store.activitiesBetween(std::chrono::system_clock::time_point::min(),
                                             std::chrono::system_clock::time_point::max());
    std::unordered_map<std::string, EpisodeActivities> byEpisode;
    for (const auto& session : all.heat) {
        byEpisode[session.episodeId].heat.push_back(session);
    }
    for (const auto& session : all.breathing) {
        byEpisode[session.episodeId].breathing.push_back(session);
    }
    for (const auto& entry : all.medications) {
        byEpisode[entry.episodeId].medications.push_back(entry);
    }
    return byEpisode;
}

} // namespace

bool exportJson(EpisodeStore& store, std::ostream& out, const ExportInfo& info, const ProgressFn& progress) {
    ProgressReporter reporter(progress, store.episodeCount() + store.checkInCount());
    const Timestamp exportedAt = info.exportedAt.value_or(Timestamp::local(std::chrono::system_clock::now()));
    const nlohmann::ordered_json header = {
        {"format", log_json::kFormat},          {"formatVersion", log_json::kFormatVersion},
        {"appVersion", info.appVersion},        {"contentVersion", info.contentVersion},
        {"exportedAt", exportedAt.toIso8601()},
    };
    out << openObject(header) << ",\"episodes\":[";
    const auto planTicks = store.allPlanTicks(); // read before the cursor's own reading starts
    const auto activities = activitiesByEpisode(store);
    const auto patternResults = store.allPatternResults();
    const auto backChecks = store.allBackChecks();
    const auto times = store.recordTimes();
    LogCursor cursor(store);
    for (bool firstEpisode = true; cursor.nextEpisode(); firstEpisode = false) {
        auto episode = log_json::toJson(cursor.episode());
        log_json::addModified(episode, cursor.episodeModifiedMs());
        out << (firstEpisode ? "\n" : ",\n") << openObject(episode) << ",\"checkIns\":[";
        if (!reporter.advance()) {
            return false;
        }
        for (bool first = true; cursor.nextCheckIn(); first = false) {
            auto checkIn = log_json::toJson(cursor.checkIn());
            log_json::addModified(checkIn, cursor.checkInModifiedMs());
            out << (first ? "\n" : ",\n") << dump(checkIn);
            if (!reporter.advance()) {
                return false;
            }
        }
        out << ']';
        if (const auto ticks = planTicks.find(cursor.episode().id); ticks != planTicks.end()) {
            auto list = nlohmann::ordered_json::array();
            for (const auto& tick : ticks->second) {
                nlohmann::ordered_json item = {{"day", tick.day}, {"item", tick.itemId}};
                const auto time = times.planTicks.find({cursor.episode().id, tick});
                log_json::addModified(item, time == times.planTicks.end() ? std::nullopt : std::optional(time->second));
                list.push_back(std::move(item));
            }
            out << ",\"planTicks\":" << dump(list);
        }
        if (const auto found = activities.find(cursor.episode().id); found != activities.end()) {
            writeList(out, "heatSessions", found->second.heat, &times.activities);
            writeList(out, "breathingSessions", found->second.breathing, &times.activities);
            writeList(out, "medicationsTaken", found->second.medications, &times.activities);
        }
        if (const auto found = backChecks.find(cursor.episode().id); found != backChecks.end()) {
            writeList(out, "backChecks", found->second, &times.backChecks);
        }
        if (const auto found = patternResults.find(cursor.episode().id); found != patternResults.end()) {
            writeList(out, "patternResults", found->second);
        }
        out << '}';
    }
    out << "\n]}\n";
    return reporter.finish();
}

} // namespace spasmguide
