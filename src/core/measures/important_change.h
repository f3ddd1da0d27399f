// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <optional>
#include <span>
#include <string>

namespace spasmguide {

// One score in an episode's series: a 0-10 pain rating, or a Roland-Morris score (0-24).
struct ScoredReading {
    Timestamp at;
    int value = 0;

    friend bool operator==(const ScoredReading&, const ScoredReading&) = default;
};

enum class Measure { Pain, Rmdq };

// Whether a fall from `first` to `now` is clinically important. Pain: by at least 2 points AND at least 30% of the
// first rating (IMMPACT, Dworkin et al. 2008). Roland-Morris: by at least 5 points OR at least 30% of the first
// score (Ostelo et al. 2008). A rise or no change never is. Whole-number arithmetic, so "exactly 30%" counts.
[[nodiscard]] bool isImportantFall(Measure measure, int first, int now);

struct ImportantChange {
    enum class Status {
        TooFewReadings, // fewer than two: nothing to compare yet
        NotYet,         // compared, and no reading has fallen far enough
        Met,
    };
    Status status = Status::TooFewReadings;
    std::optional<int> first;        // the episode's first reading, the baseline
    std::optional<ScoredReading> at; // the first reading that met the rule
    std::optional<int> day;          // the episode day it fell on (day 1 is the day the episode began)

    friend bool operator==(const ImportantChange&, const ImportantChange&) = default;
};

// The first reading of the series (oldest first) whose fall from the first reading is clinically important.
[[nodiscard]] ImportantChange findImportantChange(Measure measure, std::span<const ScoredReading> oldestFirst,
                                                  const Timestamp& episodeStart);

// In English, for core text (the GUI words it from the fields above): "Pain fell by a clinically important
// amount by day 3", "The Roland-Morris score has not fallen by a clinically important amount yet".
[[nodiscard]] std::string describeImportantChange(Measure measure, const ImportantChange& change);

} // namespace spasmguide
