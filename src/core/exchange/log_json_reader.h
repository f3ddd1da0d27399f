// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/log_json_fields.h"
#include "core/exchange/log_json_place.h"

#include <cstdint>
#include <optional>
#include <string>

namespace spasmguide {

class JsonByteSource;

// Where a streamed log's records go, each checked (log_json_fields.h) and in file order. For every episode:
// openEpisode, then its records, then closeEpisode. Records carry the episode's id. A sink may throw (a
// LogFormatError naming `at`, or anything else to stop the reading).
class LogJsonSink {
public:
    virtual ~LogJsonSink() = default;
    // Before the episode's first record; `modifiedMs` is the episode's "modifiedAt" if it came before its records.
    // A sink that needs the episode's whole header first (its change time decides what becomes of its records) returns
    // false while `headerComplete` is false: the episode's records are then held back and it is opened again, with
    // the whole header, just before closeEpisode.
    virtual bool openEpisode(const std::string& id, std::optional<std::int64_t> modifiedMs, const Place& at,
                             bool headerComplete) = 0;
    virtual void checkIn(const CheckIn& checkIn, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
    virtual void heatSession(const HeatSession& session, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
    virtual void breathingSession(const BreathingSession& session, std::optional<std::int64_t> modifiedMs,
                                  const Place& at) = 0;
    virtual void medication(const MedicationEntry& entry, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
    virtual void planTick(const PlanTick& tick, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
    virtual void patternResult(const SavedPatternResult& result, const Place& at) = 0;
    virtual void backCheck(const BackCheckRecord& check, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
    virtual void closeEpisode(const Episode& episode, std::optional<std::int64_t> modifiedMs, const Place& at) = 0;
};

// Limits that keep memory bounded whatever the file holds: nlohmann's parser keeps one value (a text, a number)
// whole, and one record is held parsed while it is checked.
inline constexpr std::int64_t kMaxValueBytes = std::int64_t{16} << 20;
inline constexpr std::int64_t kMaxRecordValues = 100'000;
inline constexpr std::int64_t kMaxRecordBytes = std::int64_t{32} << 20;

// Reads a JSON log (log_json.h) from `source` with nlohmann's SAX parser: only the record being read is held in
// memory, whatever the file's size. Required at the top: "format", "formatVersion" (at most
// log_json::kFormatVersion), "episodes". Problems are reported in file order, the first one ending the reading
// (a file SpasmGuide wrote has the top-level fields first, and each episode's fields before its lists). An
// episode's records are held back only when they come before its "id", or when the sink asks (openEpisode). Throws
// LogFormatError.
void readLogJson(JsonByteSource& source, LogJsonSink& sink, const log_json::Checks& checks);

} // namespace spasmguide
