// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"
#include "core/time/time_zone.h"

#include <chrono>
#include <optional>
#include <string>

namespace spasmguide {

// The periods a report can cover. Dates are the person's calendar days, in the zone they are in now.
enum class PeriodChoice {
    LastTwoWeeks,  // today and the 13 days before it
    LastFourWeeks, // today and the 27 days before it
    ThisEpisode,   // the open episode, else the latest one: from its start to its end (or now)
    All,           // the whole log
    Range,         // from one date to another, both days included
};

struct PeriodRequest {
    PeriodChoice choice = PeriodChoice::LastFourWeeks;
    std::optional<std::chrono::sys_days> fromDate; // for Range
    std::optional<std::chrono::sys_days> toDate;   // for Range
};

// The episode "this episode" means: the open one, else the latest.
struct EpisodeSpan {
    Timestamp startedAt;
    std::optional<Timestamp> endedAt;
};

// What the report covers, as ReportRequest takes it: no `from` means from the first episode on.
struct ReportPeriod {
    std::optional<std::chrono::system_clock::time_point> from;
    std::chrono::system_clock::time_point to;

    friend bool operator==(const ReportPeriod&, const ReportPeriod&) = default;
};

struct PeriodSelection {
    std::optional<ReportPeriod> period; // none when the request cannot be met; `problem` says why
    std::string problem;                // in English, for the command line
};

// The open episode when there is one, else the last four weeks.
[[nodiscard]] PeriodChoice defaultPeriodChoice(bool hasOpenEpisode);

// The period a request stands for at `now`, a pure function. A period never ends after `now`. Range needs both
// dates, the first not after the second and not after today; ThisEpisode needs an episode.
[[nodiscard]] PeriodSelection selectReportPeriod(const PeriodRequest& request,
                                                 std::chrono::system_clock::time_point now, const TimeZone& zone,
                                                 const std::optional<EpisodeSpan>& episode);

// The moment a calendar day begins in `zone` (its local midnight).
[[nodiscard]] std::chrono::system_clock::time_point startOfLocalDay(std::chrono::sys_days date, const TimeZone& zone);

} // namespace spasmguide
