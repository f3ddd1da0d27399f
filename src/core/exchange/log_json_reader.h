// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/activity_model.h"
#include "store/episode_model.h"
#include "store/pattern_result.h"

#include <iosfwd>
#include <stdexcept>
#include <string>
#include <vector>

namespace spasmguide {

// A file that is not a valid SpasmGuide log. The message names the place, e.g.
// "episodes/3/checkIns/0/pain: must be a whole number from 0 to 10", and never quotes the person's data.
class LogFormatError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct ImportedEpisode {
    Episode episode;
    std::vector<CheckIn> checkIns;   // episodeId set to the episode's
    std::vector<PlanTick> planTicks; // the day-by-day plan's checklist; optional in the file
    EpisodeActivities activities;    // the tools' records, episodeId set likewise; empty in a version-1 file
    std::vector<SavedPatternResult> patternResults; // the pattern finder's saved results; optional in the file
};

// Reads and checks a whole JSON log (log_json.h) before anything is written. Required: "format", "formatVersion"
// (at most log_json::kFormatVersion), "episodes"; per episode "id" and "startedAt"; per check-in "id", "at" and
// "pain"; per tool record "id" and its time ("startedAt" or "takenAt"), and a medicine's "name". Other fields default
// when missing; unknown fields are ignored. Ids must be unique within the file.
// Throws LogFormatError.
[[nodiscard]] std::vector<ImportedEpisode> readLogJson(std::istream& in);

} // namespace spasmguide
