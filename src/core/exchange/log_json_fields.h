// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/log_json_place.h"
#include "core/store/activity_model.h"
#include "core/store/back_check_model.h"
#include "core/store/episode_model.h"
#include "core/store/pattern_result.h"

#include <chrono>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

// Reading one record of a JSON log (log_json.h) from its parsed value, with every check by place. Each reader
// throws LogFormatError naming the first problem. Required: per episode "id" and "startedAt"; per check-in "id",
// "at" and "pain"; per tool record "id" and its time ("startedAt" or "takenAt"), and a medicine's "name"; per back
// check "id", "takenAt", "asked" and at least one of "rmdq" and "pgic". Other
// fields default when missing; unknown fields are ignored.
namespace spasmguide::log_json {

// Impossible values are refused: times before 1970 or more than a day after `now`, an episode that ends before it
// starts, a heat or breathing session over 24 hours, counts beyond what a day can hold.
struct Checks {
    std::int64_t latestMs = 0; // now plus a day

    [[nodiscard]] static Checks at(std::chrono::system_clock::time_point now);
};

inline constexpr int kMaxMinutes = 24 * 60;
inline constexpr std::int64_t kMaxSessionMs = std::int64_t{24} * 60 * 60 * 1000;
inline constexpr int kMaxBreathSeconds = 60;
inline constexpr int kMaxBreaths = 24 * 60 * 60;

// A record's "id": text, not empty.
[[nodiscard]] std::string readId(const nlohmann::json& object, const Place& at);
// A record's optional "modifiedAt" (log format 3): epoch ms, nullopt when absent or null.
[[nodiscard]] std::optional<std::int64_t> readModified(const nlohmann::json& object, const Place& at,
                                                       const Checks& checks);

// An episode's own fields, from an object holding them (its lists are read one record at a time). The readers
// below leave "modifiedAt" to readModified.
[[nodiscard]] Episode readEpisode(const nlohmann::json& header, const Place& at, const Checks& checks);
// Each from one item of its list; the caller sets episodeId.
[[nodiscard]] CheckIn readCheckIn(const nlohmann::json& value, const Place& at, const Checks& checks);
[[nodiscard]] HeatSession readHeatSession(const nlohmann::json& value, const Place& at, const Checks& checks);
[[nodiscard]] BreathingSession readBreathingSession(const nlohmann::json& value, const Place& at, const Checks& checks);
[[nodiscard]] MedicationEntry readMedication(const nlohmann::json& value, const Place& at, const Checks& checks);
// `episodeStart` is the episode's start when the file gave it before the check (a file SpasmGuide wrote always
// does): a check taken before it is refused.
[[nodiscard]] BackCheckRecord readBackCheck(const nlohmann::json& value, const Place& at, const Checks& checks,
                                            std::optional<std::int64_t> episodeStart);
[[nodiscard]] PlanTick readPlanTick(const nlohmann::json& value, const Place& at);
[[nodiscard]] SavedPatternResult readPatternResult(const nlohmann::json& value, const Place& at, const Checks& checks);

// The document's "format" and "formatVersion" values (`value` null when the member is missing).
void checkFormat(const nlohmann::json* value);
void checkFormatVersion(const nlohmann::json* value);

} // namespace spasmguide::log_json
