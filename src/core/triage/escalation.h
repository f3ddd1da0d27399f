// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// No path around escalation: answers given anywhere in the app (the warning-sign check, the pattern finder, a
// check-in's body map and its "anything new?") are read by one rule set, the content's "escalations" beside the
// signs' own actions. The screens ask it before they show or score anything else.

#include "core/content/model.h"
#include "core/patterns/finder_answers.h"
#include "core/store/body_area.h"
#include "core/triage/triage.h"

#include <set>
#include <string>
#include <vector>

namespace spasmguide {

// Everything the rules read. Leave out what a screen does not have.
struct AnswerSet {
    std::set<std::string> ticked;     // warning signs ticked on the check
    FinderAnswers finder;             // the pattern finder's answers, chosen or pre-filled
    std::set<BodyArea> areas;         // body-map areas marked together (one check-in, or the log the finder reads)
    bool checkInSomethingNew = false; // a check-in's "Yes, something is new"
};

// One reason to escalate: a ticked sign, or a rule that matched an answer.
struct EscalationMatch {
    enum class From { Triage, Finder, BodyMap, CheckIn };
    From from = From::Triage;
    std::string ruleId;            // empty for a ticked sign
    const RedFlag* sign = nullptr; // the sign named, or null with a reason
    Text reason;
    SignAction action = SignAction::Ambulance;

    // The sign's text, or the reason.
    [[nodiscard]] const Text& words() const { return sign ? sign->text : reason; }
};

struct Escalation {
    TriageOutcome outcome = TriageOutcome::SelfCare; // the most urgent of all matches
    std::vector<EscalationMatch> matches;            // most urgent first, then ticked signs, then rules in order

    // An answer given outside the check calls for care before anything else (a doctor today, or an ambulance).
    [[nodiscard]] bool needsCareFirst() const {
        return outcome == TriageOutcome::Emergency || outcome == TriageOutcome::SameDay;
    }
    [[nodiscard]] bool empty() const { return matches.empty(); }
};

// Reads every ticked sign and every rule. Rules naming a sign that is not in the content are skipped.
[[nodiscard]] Escalation escalate(const RedFlags& redFlags, const AnswerSet& answers);

} // namespace spasmguide
