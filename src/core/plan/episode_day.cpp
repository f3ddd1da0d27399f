// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "plan/episode_day.h"

#include <algorithm>

namespace spasmguide {

using namespace std::chrono;

sys_days localDate(system_clock::time_point moment, int utcOffsetMinutes) {
    return floor<days>(moment + minutes(utcOffsetMinutes));
}

int episodeDay(const Timestamp& startedAt, system_clock::time_point now, const TimeZone& zone) {
    const auto start = localDate(startedAt.timePoint(), startedAt.utcOffsetMinutes);
    const auto today = localDate(now, zone.utcOffsetMinutes(now));
    const auto elapsed = (today - start).count();
    // Clamped before narrowing: a clock set decades off must not overflow.
    return static_cast<int>(std::clamp<decltype(elapsed)>(elapsed + 1, 1, 100000));
}

sys_days dateOfDay(const Timestamp& startedAt, int day) {
    return localDate(startedAt.timePoint(), startedAt.utcOffsetMinutes) + days(day - 1);
}

} // namespace spasmguide
