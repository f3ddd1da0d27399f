// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <optional>

namespace spasmguide {

// The Patient Global Impression of Change: one answer on the published seven-point scale, 1 "Very Much Improved"
// to 7 "Very Much Worse" (4 is "No Change"). The log keeps the number; content gives the words.
enum class Pgic {
    VeryMuchImproved = 1,
    MuchImproved,
    MinimallyImproved,
    NoChange,
    MinimallyWorse,
    MuchWorse,
    VeryMuchWorse,
};

// When the question was asked: at the weekly back check, or as the episode was ended.
enum class PgicAsked { WeeklyCheck, EpisodeEnded };

// The answer a number on the scale stands for; nothing outside 1 to 7.
[[nodiscard]] constexpr std::optional<Pgic> pgicFromValue(long long value) {
    if (value < static_cast<int>(Pgic::VeryMuchImproved) || value > static_cast<int>(Pgic::VeryMuchWorse)) {
        return std::nullopt;
    }
    return static_cast<Pgic>(value);
}

[[nodiscard]] constexpr int pgicValue(Pgic answer) {
    return static_cast<int>(answer);
}

} // namespace spasmguide
