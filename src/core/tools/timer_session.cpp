// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/timer_session.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace spasmguide {
namespace {

using Duration = TimerSession::Duration;

std::int64_t toMs(TimerSession::Clock::time_point t) {
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

TimerSession::Clock::time_point fromMs(std::int64_t ms) {
    return TimerSession::Clock::time_point(std::chrono::milliseconds(ms));
}

// A clock set backwards gives a negative span: it counts as no time at all.
Duration span(TimerSession::Clock::time_point from, TimerSession::Clock::time_point to) {
    return std::max(Duration{0}, std::chrono::duration_cast<Duration>(to - from));
}

} // namespace

TimerSession::TimerSession(std::string kind, std::string label, Duration planned, Clock::time_point now)
    : m_kind(std::move(kind)), m_label(std::move(label)), m_planned(std::max(Duration{0}, planned)), m_startedAt(now),
      m_runStartedAt(now) {}

TimerSession::Duration TimerSession::activeBefore(Clock::time_point now) const {
    Duration active = m_activeBeforeRun;
    if (!m_paused && !m_stoppedAt) {
        active += span(m_runStartedAt, now);
    }
    return std::min(active, m_planned);
}

void TimerSession::pause(Clock::time_point now) {
    if (m_paused || isOver(now)) {
        return;
    }
    m_activeBeforeRun = activeBefore(now);
    m_paused = true;
}

void TimerSession::resume(Clock::time_point now) {
    if (!m_paused || m_stoppedAt) {
        return;
    }
    m_paused = false;
    m_runStartedAt = now;
}

void TimerSession::stop(Clock::time_point now) {
    if (m_stoppedAt || isOver(now)) {
        return;
    }
    m_activeBeforeRun = activeBefore(now);
    m_paused = false;
    m_stoppedAt = now;
}

bool TimerSession::update(Clock::time_point now) {
    if (m_stoppedAt || m_paused || activeBefore(now) < m_planned) {
        return false;
    }
    // Finished: the stop time is when the planned time ran out, not when we noticed.
    const auto end = endedAt(now);
    m_activeBeforeRun = m_planned;
    m_stoppedAt = end;
    m_finished = true;
    return true;
}

TimerSession::State TimerSession::state(Clock::time_point now) const {
    if (m_finished || (!m_stoppedAt && !m_paused && activeBefore(now) >= m_planned)) {
        return State::Finished;
    }
    if (m_stoppedAt) {
        return State::Stopped;
    }
    return m_paused ? State::Paused : State::Running;
}

bool TimerSession::isOver(Clock::time_point now) const {
    const State s = state(now);
    return s == State::Finished || s == State::Stopped;
}

TimerSession::Duration TimerSession::elapsed(Clock::time_point now) const {
    return activeBefore(now);
}

TimerSession::Duration TimerSession::remaining(Clock::time_point now) const {
    return m_planned - elapsed(now);
}

TimerSession::Clock::time_point TimerSession::endedAt(Clock::time_point now) const {
    if (m_stoppedAt) {
        return *m_stoppedAt;
    }
    if (!m_paused && activeBefore(now) >= m_planned) {
        // Ran out during the current run: that run started with m_activeBeforeRun already banked.
        const auto moment = m_runStartedAt + (m_planned - std::min(m_activeBeforeRun, m_planned));
        return std::min(moment, std::max(now, m_runStartedAt));
    }
    return now;
}

std::string TimerSession::toJson() const {
    nlohmann::json j{{"kind", m_kind},
                     {"label", m_label},
                     {"plannedMs", m_planned.count()},
                     {"startedMs", toMs(m_startedAt)},
                     {"activeBeforeRunMs", m_activeBeforeRun.count()},
                     {"runStartedMs", toMs(m_runStartedAt)},
                     {"paused", m_paused},
                     {"finished", m_finished}};
    if (m_stoppedAt) {
        j["stoppedMs"] = toMs(*m_stoppedAt);
    }
    if (!m_recordId.empty()) {
        j["recordId"] = m_recordId;
    }
    return j.dump();
}

std::optional<TimerSession> TimerSession::fromJson(const std::string& text) {
    const auto j = nlohmann::json::parse(text, nullptr, false);
    if (!j.is_object()) {
        return std::nullopt;
    }
    try {
        TimerSession session;
        session.m_kind = j.at("kind").get<std::string>();
        session.m_label = j.at("label").get<std::string>();
        session.m_planned = Duration(std::max<std::int64_t>(0, j.at("plannedMs").get<std::int64_t>()));
        session.m_startedAt = fromMs(j.at("startedMs").get<std::int64_t>());
        session.m_activeBeforeRun =
            std::clamp(Duration(j.at("activeBeforeRunMs").get<std::int64_t>()), Duration{0}, session.m_planned);
        session.m_runStartedAt = fromMs(j.at("runStartedMs").get<std::int64_t>());
        session.m_paused = j.at("paused").get<bool>();
        session.m_finished = j.value("finished", false);
        session.m_recordId = j.value("recordId", std::string());
        if (j.contains("stoppedMs")) {
            session.m_stoppedAt = fromMs(j.at("stoppedMs").get<std::int64_t>());
        }
        return session;
    } catch (const nlohmann::json::exception&) {
        return std::nullopt;
    }
}

} // namespace spasmguide
