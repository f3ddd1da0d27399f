// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"
#include "core/tools/timer_session.h"

namespace spasmguide {

// The record a heat timer leaves in the episode once it is over (finished, or stopped early), read at `now`:
// its real heat time, pauses left out, and the local time it started. Its id is the session's recordId().
[[nodiscard]] HeatSession heatRecordOf(const TimerSession& session, TimerSession::Clock::time_point now);

} // namespace spasmguide
