// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <optional>
#include <string>

namespace spasmguide {

// A timed session (heat, breathing): planned length, pauses, stop. Pure state: every call is given "now" from the
// injected clock, so tests need no waiting. Time is wall-clock time on purpose: after the machine sleeps for
// three hours a 20-minute timer is simply over (its real duration capped at 20 minutes), and a clock that jumps
// backwards never makes it run longer than planned.
class TimerSession {
public:
    using Clock = std::chrono::system_clock;
    using Duration = std::chrono::milliseconds;
    enum class State { Running, Paused, Finished, Stopped };

    TimerSession() = default;
    TimerSession(std::string kind, std::string label, Duration planned, Clock::time_point now);

    void pause(Clock::time_point now);
    void resume(Clock::time_point now);
    void stop(Clock::time_point now);
    // Moves a running timer to Finished once its time is up; returns true when that happened on this call.
    bool update(Clock::time_point now);

    [[nodiscard]] State state(Clock::time_point now) const;
    [[nodiscard]] bool isOver(Clock::time_point now) const;        // finished or stopped
    [[nodiscard]] Duration elapsed(Clock::time_point now) const;   // active time, 0..planned
    [[nodiscard]] Duration remaining(Clock::time_point now) const; // planned - elapsed
    [[nodiscard]] Clock::time_point startedAt() const { return m_startedAt; }
    // When the session ended: the stop, or the moment its planned time ran out.
    [[nodiscard]] Clock::time_point endedAt(Clock::time_point now) const;
    [[nodiscard]] const std::string& kind() const { return m_kind; }
    [[nodiscard]] const std::string& label() const { return m_label; }
    [[nodiscard]] Duration planned() const { return m_planned; }
    // The id the session is logged under, kept with it so a session logged once is never logged twice (say, a
    // crash after logging but before the saved copy was removed). Empty until set.
    [[nodiscard]] const std::string& recordId() const { return m_recordId; }
    void setRecordId(std::string id) { m_recordId = std::move(id); }

    // For crash recovery: a small JSON text, and back. nullopt for anything malformed.
    [[nodiscard]] std::string toJson() const;
    [[nodiscard]] static std::optional<TimerSession> fromJson(const std::string& text);

    friend bool operator==(const TimerSession&, const TimerSession&) = default;

private:
    [[nodiscard]] Duration activeBefore(Clock::time_point now) const;

    std::string m_kind;
    std::string m_label;
    Duration m_planned{0};
    Clock::time_point m_startedAt{};
    Duration m_activeBeforeRun{0};      // active time banked by earlier runs (before pauses)
    Clock::time_point m_runStartedAt{}; // when the current run began (valid while running)
    std::optional<Clock::time_point> m_stoppedAt;
    bool m_paused = false;
    bool m_finished = false; // ran its planned time (as opposed to stopped early)
    std::string m_recordId;
};

} // namespace spasmguide
