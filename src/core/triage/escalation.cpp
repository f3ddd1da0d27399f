// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/triage/escalation.h"

#include <algorithm>

namespace spasmguide {
namespace {

// Any chosen answer counts, even on a one-answer question with two chosen: a warning sign is never outvoted.
bool finderMatches(const EscalationRule& rule, const FinderAnswers& answers) {
    const auto chosen = answers.find(rule.question);
    return chosen != answers.end() && chosen->second.count(rule.answer) > 0;
}

bool bodyMapMatches(const EscalationRule& rule, const std::set<BodyArea>& areas) {
    return !rule.areas.empty() && std::all_of(rule.areas.begin(), rule.areas.end(), [&areas](const std::string& id) {
        const auto area = bodyAreaFromString(id);
        return area && areas.count(*area) > 0;
    });
}

EscalationMatch::From fromOf(EscalationRule::Kind kind) {
    switch (kind) {
    case EscalationRule::Kind::FinderAnswer:
        return EscalationMatch::From::Finder;
    case EscalationRule::Kind::BodyMap:
        return EscalationMatch::From::BodyMap;
    case EscalationRule::Kind::CheckInSomethingNew:
        break;
    }
    return EscalationMatch::From::CheckIn;
}

bool ruleMatches(const EscalationRule& rule, const AnswerSet& answers) {
    switch (rule.kind) {
    case EscalationRule::Kind::FinderAnswer:
        return finderMatches(rule, answers.finder);
    case EscalationRule::Kind::BodyMap:
        return bodyMapMatches(rule, answers.areas);
    case EscalationRule::Kind::CheckInSomethingNew:
        break;
    }
    return answers.checkInSomethingNew;
}

} // namespace

Escalation escalate(const RedFlags& redFlags, const AnswerSet& answers) {
    Escalation result;
    for (const auto& group : redFlags.groups) {
        for (const auto& sign : group.signs) {
            if (answers.ticked.count(sign.id) > 0) {
                result.matches.push_back({EscalationMatch::From::Triage, {}, &sign, {}, sign.action});
            }
        }
    }
    for (const auto& rule : redFlags.escalations) {
        if (!ruleMatches(rule, answers)) {
            continue;
        }
        const RedFlag* sign = rule.sign.empty() ? nullptr : redFlags.sign(rule.sign);
        if (!rule.sign.empty() && !sign) {
            continue; // the validator reports it; content from another version may name a sign no longer there
        }
        result.matches.push_back(
            {fromOf(rule.kind), rule.id, sign, sign ? Text() : rule.reason, sign ? sign->action : rule.action});
    }
    std::stable_sort(result.matches.begin(), result.matches.end(),
                     [](const EscalationMatch& a, const EscalationMatch& b) { return a.action < b.action; });
    for (const auto& match : result.matches) {
        result.outcome = mostUrgent(result.outcome, outcomeFor(match.action));
    }
    return result;
}

} // namespace spasmguide
