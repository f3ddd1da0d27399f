// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/plan/episode_day.h"

#include "core/store/plausible_time.h"

#include <algorithm>

namespace spasmguide {

using namespace std::chrono;

namespace {

// Day 1 is `start` itself. Clamped before narrowing: a clock set decades off must not overflow.
int dayNumber(sys_days start, sys_days date) {
    const auto elapsed = (date - start).count();
    return static_cast<int>(std::clamp<decltype(elapsed)>(elapsed + 1, 1, 100000));
}

} // namespace

sys_days localDate(system_clock::time_point moment, int utcOffsetMinutes) {
    return floor<days>(moment + minutes(utcOffsetMinutes));
}

bool isDatedStart(const Timestamp& startedAt, system_clock::time_point now) {
    return isPlausibleTime(startedAt.epochMs, now);
}

int episodeDay(const Timestamp& startedAt, system_clock::time_point now, const TimeZone& zone) {
    if (!isDatedStart(startedAt, now)) {
        return 1;
    }
    return dayNumber(localDate(startedAt.timePoint(), startedAt.utcOffsetMinutes),
                     localDate(now, zone.utcOffsetMinutes(now)));
}

int episodeDayOf(const Timestamp& startedAt, const Timestamp& at) {
    return dayNumber(localDate(startedAt.timePoint(), startedAt.utcOffsetMinutes),
                     localDate(at.timePoint(), at.utcOffsetMinutes));
}

sys_days dateOfDay(const Timestamp& startedAt, int day) {
    return localDate(startedAt.timePoint(), startedAt.utcOffsetMinutes) + days(day - 1);
}

} // namespace spasmguide
