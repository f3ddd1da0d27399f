// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/report_period.h"

#include "core/plan/episode_day.h"

#include <algorithm>

namespace spasmguide {

using namespace std::chrono;

namespace {

PeriodSelection covering(std::optional<system_clock::time_point> from, system_clock::time_point to) {
    return {ReportPeriod{from, to}, {}};
}

PeriodSelection refused(std::string problem) {
    return {std::nullopt, std::move(problem)};
}

PeriodSelection lastDays(int days, system_clock::time_point now, const TimeZone& zone) {
    const auto today = localDate(now, zone.utcOffsetMinutes(now));
    return covering(startOfLocalDay(today - std::chrono::days(days - 1), zone), now);
}

} // namespace

PeriodChoice defaultPeriodChoice(bool hasOpenEpisode) {
    return hasOpenEpisode ? PeriodChoice::ThisEpisode : PeriodChoice::LastFourWeeks;
}

system_clock::time_point startOfLocalDay(sys_days date, const TimeZone& zone) {
    // The offset in force at midnight, found from the offset near it (a DST change moves it by at most a day).
    const auto guess = system_clock::time_point(date) - minutes(zone.utcOffsetMinutes(date));
    return system_clock::time_point(date) - minutes(zone.utcOffsetMinutes(guess));
}

PeriodSelection selectReportPeriod(const PeriodRequest& request, system_clock::time_point now, const TimeZone& zone,
                                   const std::optional<EpisodeSpan>& episode) {
    switch (request.choice) {
    case PeriodChoice::LastTwoWeeks:
        return lastDays(14, now, zone);
    case PeriodChoice::LastFourWeeks:
        return lastDays(28, now, zone);
    case PeriodChoice::All:
        return covering(std::nullopt, now);
    case PeriodChoice::ThisEpisode: {
        if (!episode) {
            return refused("there is no episode in the log yet");
        }
        const auto end = episode->endedAt ? std::min(episode->endedAt->timePoint(), now) : now;
        return covering(std::min(episode->startedAt.timePoint(), end), end);
    }
    case PeriodChoice::Range:
        break;
    }
    if (!request.fromDate || !request.toDate) {
        return refused("a period needs both a first and a last day");
    }
    if (*request.fromDate > *request.toDate) {
        return refused("the first day is after the last day");
    }
    const auto today = localDate(now, zone.utcOffsetMinutes(now));
    if (*request.fromDate > today) {
        return refused("the first day is after today");
    }
    const auto endOfLastDay = startOfLocalDay(*request.toDate + days(1), zone) - milliseconds(1);
    return covering(startOfLocalDay(*request.fromDate, zone), std::min(endOfLastDay, now));
}

} // namespace spasmguide
