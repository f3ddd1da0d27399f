// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"
#include "core/time/time_zone.h"

#include <chrono>
#include <optional>

namespace spasmguide {

// Days from one weekly back check (the Roland-Morris questionnaire and the PGIC) to the next.
inline constexpr int kDaysBetweenBackChecks = 7;

enum class BackCheck {
    NotDue,   // the episode is ended, or the last check was less than a week ago
    Baseline, // no questionnaire in this episode yet: the first one is the baseline
    Weekly,   // a week or more of calendar days since the last one
};

// Whether to offer the back check now, a pure function of the episode and the clock. The baseline is offered as
// soon as an open episode has none; then once every 7 calendar days of the person's own clock (`zone` now, the
// offset the last one was recorded with then): with the baseline on day 1, it is offered again on day 8, not on
// day 6 or 7. `lastTaken` is the latest questionnaire of this episode; one dated before the episode began does
// not count. Offered, never forced: the caller decides how quietly.
[[nodiscard]] BackCheck backCheckDue(const Timestamp& episodeStart, bool episodeOpen,
                                     const std::optional<Timestamp>& lastTaken,
                                     std::chrono::system_clock::time_point now, const TimeZone& zone);

} // namespace spasmguide
