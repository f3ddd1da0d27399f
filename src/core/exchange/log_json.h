// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"
#include "core/store/back_check_model.h"
#include "core/store/episode_model.h"
#include "core/store/pattern_result.h"

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
// Version 3 adds "modifiedAt" (ISO 8601, UTC) to episodes, check-ins, the tools' records and plan ticks: when the
// record was last changed where it was exported from, so an import keeps whichever copy was changed later. It is
// left out when unknown; an import counts a record without it as older than any change in the log it goes into.
// Version 4 adds the measures: per episode "backToUsualAt" (ISO 8601 or null: the day the person was back to usual
// activities) and, after "medicationsTaken", "backChecks": each {"id", "takenAt", "asked" ("baseline", "weekly" or
// "episode-ended"), "rmdq" (24 characters of '0'/'1', statement 1 first, or null), "rmdqScore" (0-24, derived from
// "rmdq", written for readers and checked on import), "pgic" (1-7 or null), "modifiedAt"}; "rmdq" and "pgic" are
// never both null. A file of version 3 or before has neither.
inline constexpr std::string_view kFormat = "spasmguide-log";
inline constexpr int kFormatVersion = 4;

// An episode's fields, without "checkIns" (exports stream those).
[[nodiscard]] nlohmann::ordered_json toJson(const Episode& episode);
// A check-in's fields, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const CheckIn& checkIn);
// The tools' records, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const HeatSession& session);
[[nodiscard]] nlohmann::ordered_json toJson(const BreathingSession& session);
[[nodiscard]] nlohmann::ordered_json toJson(const MedicationEntry& entry);
// A back check, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const BackCheckRecord& check);
// A saved pattern-finder result, without "episodeId".
[[nodiscard]] nlohmann::ordered_json toJson(const SavedPatternResult& result);
// "modifiedAt" added to a record's object when the time is known.
void addModified(nlohmann::ordered_json& record, std::optional<std::int64_t> modifiedMs);

} // namespace spasmguide::log_json
