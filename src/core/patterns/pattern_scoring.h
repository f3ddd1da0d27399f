// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/patterns/finder_answers.h"
#include "core/store/body_area.h"
#include "core/store/pattern_result.h"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace spasmguide {

// Scoring ignores unknown ids; a one-answer question counts only the first of its answers (in the content's order)
// that was chosen.

// An answer that pointed to a pattern: the "why" of a result.
struct ScoreReason {
    std::string questionId;
    std::string answerId;
    int weight = 0;

    friend bool operator==(const ScoreReason&, const ScoreReason&) = default;
};

struct ScoredPattern {
    std::string patternId;
    int score = 0;                    // the sum of the weights of every rule the answers matched
    std::vector<ScoreReason> reasons; // rules with a positive weight that matched, in question order
};

// A pattern is mentioned only when at least this many answers support it: one answer is too little to say a pattern
// has anything in common with them.
inline constexpr std::size_t kSupportingAnswersNeeded = 2;

struct FinderOutcome {
    // Score >= the finder's minimum and at least kSupportingAnswersNeeded supporting answers; most in common first,
    // ties in the patterns' order.
    std::vector<ScoredPattern> fits;

    [[nodiscard]] bool noMatch() const { return fits.empty(); }
    // More than one pattern shares the best score.
    [[nodiscard]] bool tiedAtTop() const { return fits.size() > 1 && fits[0].score == fits[1].score; }
    [[nodiscard]] std::vector<PatternFit> asFits() const;
};

// Evaluates the finder's rules. It suggests possible drivers; it never diagnoses.
[[nodiscard]] FinderOutcome scorePatterns(const PatternFinder& finder, const std::vector<Pattern>& patterns,
                                          const FinderAnswers& answers);

// What the episode log already says: the body-map areas and the latest check-in's triggers and worse-items.
struct LogHints {
    std::set<BodyArea> areas;
    std::vector<std::string> triggers;
    std::vector<std::string> worse;
};

// The answers the log's hints choose through each answer's "prefill" list. A one-answer question gets the first
// answer whose hints match; a several-answers question every one that matches.
[[nodiscard]] FinderAnswers prefillAnswers(const PatternFinder& finder, const LogHints& hints);

// For storing: question id -> chosen answer ids in the content's order, keeping only real questions and answers.
[[nodiscard]] std::map<std::string, std::vector<std::string>> orderedAnswers(const PatternFinder& finder,
                                                                             const FinderAnswers& answers);

} // namespace spasmguide
