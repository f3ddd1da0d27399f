// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measures/rmdq_form.h"

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace spasmguide {

// One completed Roland-Morris questionnaire: which of the 24 statements were ticked "applies to me today". A
// statement left unticked scores 0, as the form asks (only tick it if you are sure).
struct RmdqAnswers {
    std::array<bool, kRmdqStatementCount> ticked{};

    friend bool operator==(const RmdqAnswers&, const RmdqAnswers&) = default;
};

inline constexpr int kRmdqMaxScore = kRmdqStatementCount;

// The score: the number of statements ticked, 0 to 24.
[[nodiscard]] int rmdqScore(const RmdqAnswers& answers);

// The answers as the log and its exports keep them: 24 characters, '1' for ticked and '0' for not, statement 1
// first ("100000000000000000000001").
[[nodiscard]] std::string toAnswerText(const RmdqAnswers& answers);
// Nothing unless `text` is exactly 24 characters of '0' and '1'.
[[nodiscard]] std::optional<RmdqAnswers> answersFromText(std::string_view text);

} // namespace spasmguide
