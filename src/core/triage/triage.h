// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <set>
#include <string>

namespace spasmguide {

// Where the warning-sign check sends the person, least urgent first.
enum class TriageOutcome {
    SelfCare,  // no warning sign ticked: go on to Step 1
    Soon,      // see a doctor soon; the self-care steps go on
    SameDay,   // contact a doctor today, self-care meanwhile
    Emergency, // get emergency care now
};

// The warning signs a person ticked on the red-flag screen, by id.
struct TriageAnswers {
    std::set<std::string> ticked;

    [[nodiscard]] bool empty() const { return ticked.empty(); }
};

[[nodiscard]] TriageOutcome outcomeFor(SignAction action);
// The more urgent of two outcomes.
[[nodiscard]] TriageOutcome mostUrgent(TriageOutcome a, TriageOutcome b);

// Each ticked sign's own action; a mix takes the most urgent. Ids not in the content are ignored.
[[nodiscard]] TriageOutcome evaluateTriage(const RedFlags& redFlags, const TriageAnswers& answers);

} // namespace spasmguide
