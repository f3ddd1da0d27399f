// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/triage.h"

#include <algorithm>

namespace spasmguide {
namespace {

bool anyTicked(const RedFlagTier& tier, const TriageAnswers& answers) {
    return std::any_of(tier.signs.begin(), tier.signs.end(),
                       [&answers](const RedFlag& sign) { return answers.ticked.count(sign.id) > 0; });
}

} // namespace

TriageOutcome evaluateTriage(const RedFlags& redFlags, const TriageAnswers& answers) {
    if (anyTicked(redFlags.emergency, answers)) {
        return TriageOutcome::Emergency;
    }
    if (anyTicked(redFlags.sameDay, answers)) {
        return TriageOutcome::SameDay;
    }
    return TriageOutcome::SelfCare;
}

} // namespace spasmguide
