// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <optional>
#include <string_view>

namespace spasmguide {

// Where it hurts, on the body map. Pain below the knee is kept apart because it matters for Step 3.
enum class BodyArea {
    LowBackLeft,
    LowBackCentre,
    LowBackRight,
    ButtockLeft,
    ButtockRight,
    HipLeft,
    HipRight,
    ThighLeft,
    ThighRight,
    BelowKneeLeft,
    BelowKneeRight,
};

inline constexpr std::array kAllBodyAreas{
    BodyArea::LowBackLeft,  BodyArea::LowBackCentre, BodyArea::LowBackRight,   BodyArea::ButtockLeft,
    BodyArea::ButtockRight, BodyArea::HipLeft,       BodyArea::HipRight,       BodyArea::ThighLeft,
    BodyArea::ThighRight,   BodyArea::BelowKneeLeft, BodyArea::BelowKneeRight,
};

// The stable id stored in the database and in exports, e.g. "below-knee-left".
[[nodiscard]] std::string_view toString(BodyArea area);
[[nodiscard]] std::optional<BodyArea> bodyAreaFromString(std::string_view id);

} // namespace spasmguide
