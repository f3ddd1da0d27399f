// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"
#include "core/time/time_zone.h"

#include <chrono>

namespace spasmguide {

// The calendar date a clock `utcOffsetMinutes` ahead of UTC shows at `moment`.
[[nodiscard]] std::chrono::sys_days localDate(std::chrono::system_clock::time_point moment, int utcOffsetMinutes);

// Which day of an episode `now` falls on: day 1 is the calendar day the episode started, as the person's clock
// showed it then (the offset kept in `startedAt`), day 2 the next one, and so on; today is the date `zone` shows
// now. Calendar days, not 24-hour spans: an episode started at 23:50 is on day 2 at 00:10, and a DST change or a
// flight across zones moves the day only when the person's own date changes. Never less than 1 (a flight west
// can make today's date earlier than the start's). A start no real episode can have (isDatedStart false) is day 1.
[[nodiscard]] int episodeDay(const Timestamp& startedAt, std::chrono::system_clock::time_point now,
                             const TimeZone& zone);

// Which day of an episode a recorded moment fell on, by the clock it was recorded with (the offset kept in `at`):
// a check-in or a questionnaire keeps its day however the person travels afterwards. Never less than 1.
[[nodiscard]] int episodeDayOf(const Timestamp& startedAt, const Timestamp& at);

// Whether the start is a time an episode can really have begun (plausible_time.h: not before 1970, not more than a
// day after `now`); a damaged or hand-edited log may hold another, and the plan then shows no day count or dates.
[[nodiscard]] bool isDatedStart(const Timestamp& startedAt, std::chrono::system_clock::time_point now);

// The date `day` of the episode falls on (day 1 is the start's own date), for "from Thursday 26 November".
[[nodiscard]] std::chrono::sys_days dateOfDay(const Timestamp& startedAt, int day);

} // namespace spasmguide
