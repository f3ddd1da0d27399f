// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measures/weekly_check.h"

#include "core/plan/episode_day.h"

namespace spasmguide {

BackCheck backCheckDue(const Timestamp& episodeStart, bool episodeOpen, const std::optional<Timestamp>& lastTaken,
                       std::chrono::system_clock::time_point now, const TimeZone& zone) {
    if (!episodeOpen) {
        return BackCheck::NotDue;
    }
    if (!lastTaken || lastTaken->epochMs < episodeStart.epochMs) {
        return BackCheck::Baseline;
    }
    const auto lastDate = localDate(lastTaken->timePoint(), lastTaken->utcOffsetMinutes);
    const auto today = localDate(now, zone.utcOffsetMinutes(now));
    return (today - lastDate).count() >= kDaysBetweenBackChecks ? BackCheck::Weekly : BackCheck::NotDue;
}

} // namespace spasmguide
