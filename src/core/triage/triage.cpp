// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/triage/triage.h"

#include <algorithm>

namespace spasmguide {

TriageOutcome outcomeFor(SignAction action) {
    switch (action) {
    case SignAction::Ambulance:
        return TriageOutcome::Emergency;
    case SignAction::SameDay:
        return TriageOutcome::SameDay;
    case SignAction::Soon:
        break;
    }
    return TriageOutcome::Soon;
}

TriageOutcome mostUrgent(TriageOutcome a, TriageOutcome b) {
    return std::max(a, b); // the enum lists the least urgent first
}

TriageOutcome evaluateTriage(const RedFlags& redFlags, const TriageAnswers& answers) {
    TriageOutcome outcome = TriageOutcome::SelfCare;
    for (const auto& id : answers.ticked) {
        if (const RedFlag* sign = redFlags.sign(id)) {
            outcome = mostUrgent(outcome, outcomeFor(sign->action));
        }
    }
    return outcome;
}

} // namespace spasmguide
