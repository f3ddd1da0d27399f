// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/patterns/pattern_scoring.h"

#include <algorithm>
#include <string_view>

namespace spasmguide {
namespace {

// The answers that count for a question, in the content's order.
std::vector<const FinderAnswer*> countedAnswers(const FinderQuestion& question, const FinderAnswers& answers) {
    std::vector<const FinderAnswer*> counted;
    const auto chosen = answers.find(question.id);
    if (chosen == answers.end()) {
        return counted;
    }
    for (const auto& answer : question.answers) {
        if (chosen->second.count(answer.id) > 0) {
            counted.push_back(&answer);
            if (!question.multiple) {
                break;
            }
        }
    }
    return counted;
}

bool matchesHint(const std::string& hint, const LogHints& hints) {
    const auto colon = hint.find(':');
    if (colon == std::string::npos) {
        return false;
    }
    const auto kind = hint.substr(0, colon);
    const auto id = hint.substr(colon + 1);
    if (kind == "area") { // "area:a+b": every one of them marked
        for (std::size_t from = 0; from <= id.size();) {
            const auto plus = std::min(id.find('+', from), id.size());
            const auto area = bodyAreaFromString(std::string_view(id).substr(from, plus - from));
            if (!area || hints.areas.count(*area) == 0) {
                return false;
            }
            from = plus + 1;
        }
        return true;
    }
    const auto* list = kind == "trigger" ? &hints.triggers : kind == "worse" ? &hints.worse : nullptr;
    return list && std::find(list->begin(), list->end(), id) != list->end();
}

} // namespace

std::vector<PatternFit> FinderOutcome::asFits() const {
    std::vector<PatternFit> result;
    for (const auto& fit : fits) {
        result.push_back({fit.patternId, fit.score});
    }
    return result;
}

FinderOutcome scorePatterns(const PatternFinder& finder, const std::vector<Pattern>& patterns,
                            const FinderAnswers& answers) {
    std::vector<ScoredPattern> scored;
    for (const auto& pattern : patterns) {
        scored.push_back({pattern.id, 0, {}});
    }
    auto find = [&scored](const std::string& id) {
        auto it =
            std::find_if(scored.begin(), scored.end(), [&id](const ScoredPattern& s) { return s.patternId == id; });
        return it == scored.end() ? nullptr : &*it;
    };
    for (const auto& question : finder.questions) {
        for (const auto* answer : countedAnswers(question, answers)) {
            for (const auto& rule : finder.rules) {
                if (rule.question != question.id || rule.answer != answer->id) {
                    continue;
                }
                if (auto* target = find(rule.pattern)) {
                    target->score += rule.weight;
                    if (rule.weight > 0) {
                        target->reasons.push_back({question.id, answer->id, rule.weight});
                    }
                }
            }
        }
    }
    FinderOutcome outcome;
    std::copy_if(scored.begin(), scored.end(), std::back_inserter(outcome.fits), [&finder](const ScoredPattern& s) {
        return s.score >= finder.minimumScore && s.reasons.size() >= kSupportingAnswersNeeded;
    });
    std::stable_sort(outcome.fits.begin(), outcome.fits.end(),
                     [](const ScoredPattern& a, const ScoredPattern& b) { return a.score > b.score; });
    return outcome;
}

FinderAnswers prefillAnswers(const PatternFinder& finder, const LogHints& hints) {
    FinderAnswers answers;
    for (const auto& question : finder.questions) {
        for (const auto& answer : question.answers) {
            const bool matches = std::any_of(answer.prefill.begin(), answer.prefill.end(),
                                             [&hints](const std::string& hint) { return matchesHint(hint, hints); });
            if (matches) {
                answers[question.id].insert(answer.id);
                if (!question.multiple) {
                    break;
                }
            }
        }
    }
    return answers;
}

std::map<std::string, std::vector<std::string>> orderedAnswers(const PatternFinder& finder,
                                                               const FinderAnswers& answers) {
    std::map<std::string, std::vector<std::string>> ordered;
    for (const auto& question : finder.questions) {
        for (const auto* answer : countedAnswers(question, answers)) {
            ordered[question.id].push_back(answer->id);
        }
    }
    return ordered;
}

} // namespace spasmguide
