// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <chrono>
#include <string>
#include <vector>

namespace spasmguide {

// What the companion tools record into an episode as they are used: heat and breathing sessions, and medicines
// the person says they took. Each has a random UUID, stable across export and import, like check-ins.

struct HeatSession {
    std::string id; // empty asks the store to assign one
    std::string episodeId;
    Timestamp startedAt;
    std::string product;                   // as chosen or typed on the timer, in the language of the day
    int plannedMinutes = 0;                // what the timer was set to (at least 1)
    std::chrono::milliseconds duration{0}; // heat actually on: pauses left out, never more than planned
    bool finished = false;                 // ran its full time; false: stopped early

    friend bool operator==(const HeatSession&, const HeatSession&) = default;
};

struct BreathingSession {
    std::string id; // empty asks the store to assign one
    std::string episodeId;
    Timestamp startedAt;
    int inhaleSeconds = 0;
    int exhaleSeconds = 0;
    int breaths = 0; // full breaths counted
    std::chrono::milliseconds duration{0};

    friend bool operator==(const BreathingSession&, const BreathingSession&) = default;
};

// A medicine taken: its name only. There is no dose, on purpose: the app never records or suggests one.
struct MedicationEntry {
    std::string id; // empty asks the store to assign one
    std::string episodeId;
    std::string name;
    Timestamp takenAt;

    friend bool operator==(const MedicationEntry&, const MedicationEntry&) = default;
};

// Everything the tools recorded, each list oldest first (heat and breathing by start, medicines by time taken).
struct EpisodeActivities {
    std::vector<HeatSession> heat;
    std::vector<BreathingSession> breathing;
    std::vector<MedicationEntry> medications;

    [[nodiscard]] bool empty() const { return heat.empty() && breathing.empty() && medications.empty(); }
    friend bool operator==(const EpisodeActivities&, const EpisodeActivities&) = default;
};

} // namespace spasmguide
