// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/activity_model.h"
#include "store/episode_model.h"
#include "store/pattern_result.h"

#include <nlohmann/json.hpp>
#include <string_view>

namespace spasmguide::log_json {

// The JSON log format: {"format", "formatVersion", "appVersion", "contentVersion", "exportedAt", "episodes": [...]}.
// Each episode carries its check-ins in "checkIns"; a check-in's episode is the one it sits in. Field names are
// camelCase like the model's; times are ISO 8601 with offset; body areas are their stable ids.
// Version 2 adds, per episode after "checkIns", the tools' records: "heatSessions", "breathingSessions" and
// "medicationsTaken" (durations in whole milliseconds, "durationMs"). A version-1 file simply has none.
// An episode's saved pattern-finder results follow in "patternResults" (optional, so still version 2): each
// {"savedAt", "contentVersion", "fits": [{"pattern", "score"}], "answers": {question id: [answer ids]}}.
inline constexpr std::string_view kFormat = "spasmguide-log";
inline constexpr int kFormatVersion = 2;

// An episode's fields, without "checkIns" (exports stream those).
[[nodiscard]] nlohmann::ordered_json toJson(const Episode& episode);
// A check-in's fields, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const CheckIn& checkIn);
// The tools' records, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const HeatSession& session);
[[nodiscard]] nlohmann::ordered_json toJson(const BreathingSession& session);
[[nodiscard]] nlohmann::ordered_json toJson(const MedicationEntry& entry);
// A saved pattern-finder result, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const SavedPatternResult& result);

} // namespace spasmguide::log_json
