// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <map>
#include <string>
#include <vector>

namespace spasmguide {

// One pattern that fitted the pattern finder's answers, with its score (the sum of the matching rules' weights).
struct PatternFit {
    std::string patternId; // an id from patterns.json
    int score = 0;

    friend bool operator==(const PatternFit&, const PatternFit&) = default;
};

// A pattern-finder result saved with an episode. A possible driver to discuss with a clinician, never a diagnosis.
struct SavedPatternResult {
    std::string episodeId;
    Timestamp savedAt;
    std::vector<PatternFit> fits;                            // best first; empty when no pattern fitted
    std::map<std::string, std::vector<std::string>> answers; // question id -> chosen answer ids
    std::string contentVersion;                              // manifest version of the content the questions came from

    friend bool operator==(const SavedPatternResult&, const SavedPatternResult&) = default;
};

} // namespace spasmguide
