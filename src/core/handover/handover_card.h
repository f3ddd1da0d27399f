// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The handover card: what to tell the person who answers the emergency call, filled from what the app knows (the
// signs ticked and when, when the episode began, medicines logged today, the answers that matter to the call).
// Names of medicines only: the app never records a dose.

#include "core/content/model.h"
#include "core/store/activity_model.h"
#include "core/store/episode_model.h"
#include "core/triage/escalation.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

struct HandoverInput {
    std::map<std::string, Timestamp> tickedNow; // signs ticked on the check in this session, and when
    Escalation escalation;                      // what the rules matched just now (finder, body map, check-in)
    Timestamp now;
    std::int64_t todayStartMs = 0; // local midnight: "today" for the medicines
    std::optional<Episode> episode;
    std::vector<CheckIn> checkIns;              // the episode's
    std::vector<MedicationEntry> medicationLog; // the episode's medication log
};

struct HandoverSign {
    std::string id;
    Text text;
    Timestamp firstRecorded; // the earliest of: ticked now, the episode's check, a check-in

    friend bool operator==(const HandoverSign&, const HandoverSign&) = default;
};

struct HandoverMedicine {
    std::string name;
    Timestamp takenAt;

    friend bool operator==(const HandoverMedicine&, const HandoverMedicine&) = default;
};

struct HandoverCard {
    std::vector<HandoverSign> signs;       // warning signs, in the content's order
    std::vector<HandoverSign> answers;     // the care text's handover signs that apply (past cancer, a fall, ...)
    std::vector<Text> reasons;             // matches without a sign ("at your check-in you said...")
    std::vector<Timestamp> newSignReports; // check-ins that answered "something is new"
    std::optional<Timestamp> episodeBegan; // when this episode of back pain began
    std::vector<HandoverMedicine> medicinesToday; // oldest first, each once

    // Nothing known: the card shows what to say instead.
    [[nodiscard]] bool empty() const {
        return signs.empty() && answers.empty() && reasons.empty() && newSignReports.empty() && !episodeBegan &&
               medicinesToday.empty();
    }
};

[[nodiscard]] HandoverCard buildHandoverCard(const RedFlags& redFlags, const HandoverInput& input);

} // namespace spasmguide
