// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/session_records.h"

#include <algorithm>

namespace spasmguide {

HeatSession heatRecordOf(const TimerSession& session, TimerSession::Clock::time_point now) {
    HeatSession record;
    record.id = session.recordId();
    record.startedAt = Timestamp::local(session.startedAt());
    record.product = session.label();
    const auto planned = std::chrono::ceil<std::chrono::minutes>(session.planned()).count();
    record.plannedMinutes = static_cast<int>(std::max<std::int64_t>(planned, 1));
    record.duration = session.elapsed(now);
    record.finished = session.state(now) == TimerSession::State::Finished;
    return record;
}

} // namespace spasmguide
