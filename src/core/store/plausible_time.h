// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>

namespace spasmguide {

// The times a record can really have: none before 1970 (SpasmGuide did not exist, and the clock's epoch is there),
// none more than a day after now (a clock a little fast, a time zone crossed). An import refuses any other; the
// report and the plan leave out what a damaged or hand-edited log holds beyond them.
inline constexpr std::int64_t kFutureToleranceMs = std::int64_t{24} * 60 * 60 * 1000;

[[nodiscard]] inline std::int64_t latestPlausibleMs(std::chrono::system_clock::time_point now) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() + kFutureToleranceMs;
}

[[nodiscard]] inline bool isPlausibleTime(std::int64_t epochMs, std::chrono::system_clock::time_point now) {
    return epochMs >= 0 && epochMs <= latestPlausibleMs(now);
}

} // namespace spasmguide
