// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <chrono>

namespace spasmguide {

// The UTC offset the person's clock has at a moment, so tests can pin a zone with DST or a trip abroad.
class TimeZone {
public:
    virtual ~TimeZone() = default;
    [[nodiscard]] virtual int utcOffsetMinutes(std::chrono::system_clock::time_point moment) const = 0;
};

// The computer's zone, as it is set now (it follows a change of zone while the app runs).
class SystemTimeZone final : public TimeZone {
public:
    [[nodiscard]] int utcOffsetMinutes(std::chrono::system_clock::time_point moment) const override {
        return Timestamp::local(moment).utcOffsetMinutes;
    }
};

} // namespace spasmguide
