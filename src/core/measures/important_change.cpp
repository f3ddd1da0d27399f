// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measures/important_change.h"

#include "core/plan/episode_day.h"

namespace spasmguide {

namespace {

// IMMPACT (Dworkin et al., J Pain 2008) for the 0-10 rating; Ostelo et al. (Spine 2008) for the Roland-Morris.
constexpr int kPainPoints = 2;
constexpr int kRmdqPoints = 5;
constexpr int kPercent = 30;

// "fell by at least 30%" without rounding: 100 * fall >= 30 * first.
bool fellByPercent(int first, int fall) {
    return static_cast<long long>(fall) * 100 >= static_cast<long long>(first) * kPercent;
}

} // namespace

bool isImportantFall(Measure measure, int first, int now) {
    const int fall = first - now;
    if (fall <= 0) {
        return false;
    }
    if (measure == Measure::Pain) {
        return fall >= kPainPoints && fellByPercent(first, fall);
    }
    return fall >= kRmdqPoints || fellByPercent(first, fall);
}

ImportantChange findImportantChange(Measure measure, std::span<const ScoredReading> oldestFirst,
                                    const Timestamp& episodeStart) {
    ImportantChange change;
    if (oldestFirst.empty()) {
        return change;
    }
    change.first = oldestFirst.front().value;
    if (oldestFirst.size() < 2) {
        return change;
    }
    change.status = ImportantChange::Status::NotYet;
    for (const auto& reading : oldestFirst.subspan(1)) {
        if (isImportantFall(measure, *change.first, reading.value)) {
            change.status = ImportantChange::Status::Met;
            change.at = reading;
            change.day = episodeDayOf(episodeStart, reading.at);
            break;
        }
    }
    return change;
}

std::string describeImportantChange(Measure measure, const ImportantChange& change) {
    const bool pain = measure == Measure::Pain;
    switch (change.status) {
    case ImportantChange::Status::Met:
        return std::string(pain ? "Pain fell" : "The Roland-Morris score fell") +
               " by a clinically important amount by day " + std::to_string(change.day.value_or(1));
    case ImportantChange::Status::NotYet:
        return std::string(pain ? "Pain has" : "The Roland-Morris score has") +
               " not fallen by a clinically important amount yet";
    case ImportantChange::Status::TooFewReadings:
        break;
    }
    return pain ? "Too few pain ratings yet to see a clinically important change"
                : "Too few Roland-Morris scores yet to see a clinically important change";
}

} // namespace spasmguide
