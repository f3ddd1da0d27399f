// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/body_area.h"
#include "core/store/timestamp.h"

#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace spasmguide {

// One spasm episode, from the triage that opened it to its (optional) end.
struct Episode {
    std::string id; // random UUID, stable across export and import; empty asks the store to assign one
    Timestamp startedAt;
    std::optional<Timestamp> endedAt;
    std::vector<std::string> triageTicked; // warning-sign ids ticked at triage
    std::string note;
    // When the person said they were back to their usual activities (log version 8); nullopt until then.
    std::optional<Timestamp> backToUsual;

    friend bool operator==(const Episode&, const Episode&) = default;
};

struct HeatUse {
    std::string product;
    int minutes = 0;

    friend bool operator==(const HeatUse&, const HeatUse&) = default;
};

struct MedicationTaken {
    std::string name;
    Timestamp takenAt;

    friend bool operator==(const MedicationTaken&, const MedicationTaken&) = default;
};

// One timestamped entry in an episode.
struct CheckIn {
    std::string id; // random UUID; empty asks the store to assign one
    std::string episodeId;
    Timestamp at;
    // Numeric rating scale: 0 no pain, 10 worst imaginable. Empty when a new warning sign was reported before a
    // pain number was chosen: that answer is recorded all the same.
    std::optional<int> pain;
    std::set<BodyArea> areas;
    std::vector<std::string> triggers; // ids from the seed's list (lifting, twisting, ...)
    std::vector<std::string> freeTags;
    std::optional<HeatUse> heat;
    std::vector<MedicationTaken> medications;
    bool movement = false;
    bool breathing = false;
    std::vector<std::string> worse; // ids from the seed's days 1-3 list
    std::string note;
    bool newRedFlag = false; // "anything new?" answered yes
    std::vector<std::string> newRedFlagIds;

    friend bool operator==(const CheckIn&, const CheckIn&) = default;
};

// One tick on the day-by-day plan's checklist: an item done on a day of its episode (day 1 is the first).
struct PlanTick {
    int day = 1;
    std::string itemId;

    friend bool operator==(const PlanTick&, const PlanTick&) = default;
    friend auto operator<=>(const PlanTick&, const PlanTick&) = default;
};

// One row of the history list.
struct EpisodeSummary {
    Episode episode;
    int checkInCount = 0;
    std::optional<int> peakPain;           // nullopt without a check-in that rated pain
    std::optional<int> latestPain;         // of the latest check-in by time that rated pain
    std::chrono::milliseconds duration{0}; // to the end, or to now while the episode is open
};

} // namespace spasmguide
