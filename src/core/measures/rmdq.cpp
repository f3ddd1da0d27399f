// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measures/rmdq.h"

#include <algorithm>

namespace spasmguide {

int rmdqScore(const RmdqAnswers& answers) {
    return static_cast<int>(std::count(answers.ticked.begin(), answers.ticked.end(), true));
}

std::string toAnswerText(const RmdqAnswers& answers) {
    std::string text;
    text.reserve(answers.ticked.size());
    for (const bool ticked : answers.ticked) {
        text += ticked ? '1' : '0';
    }
    return text;
}

std::optional<RmdqAnswers> answersFromText(std::string_view text) {
    if (text.size() != kRmdqStatementCount) {
        return std::nullopt;
    }
    RmdqAnswers answers;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '0' && text[i] != '1') {
            return std::nullopt;
        }
        answers.ticked[i] = text[i] == '1';
    }
    return answers;
}

} // namespace spasmguide
