// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/body_area.h"

namespace spasmguide {

std::string_view toString(BodyArea area) {
    switch (area) {
    case BodyArea::LowBackLeft:
        return "low-back-left";
    case BodyArea::LowBackCentre:
        return "low-back-centre";
    case BodyArea::LowBackRight:
        return "low-back-right";
    case BodyArea::ButtockLeft:
        return "buttock-left";
    case BodyArea::ButtockRight:
        return "buttock-right";
    case BodyArea::HipLeft:
        return "hip-left";
    case BodyArea::HipRight:
        return "hip-right";
    case BodyArea::ThighLeft:
        return "thigh-left";
    case BodyArea::ThighRight:
        return "thigh-right";
    case BodyArea::BelowKneeLeft:
        return "below-knee-left";
    case BodyArea::BelowKneeRight:
        return "below-knee-right";
    }
    return "";
}

std::optional<BodyArea> bodyAreaFromString(std::string_view id) {
    for (const BodyArea area : kAllBodyAreas) {
        if (toString(area) == id) {
            return area;
        }
    }
    return std::nullopt;
}

} // namespace spasmguide
