// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The heat and breathing timers' state machine, on a fake clock: pause, resume, stop, finishing, crash recovery
// through the saved JSON, and a clock that jumps (suspend, or the time being set back).
#include "core/tools/session_records.h"
#include "core/tools/timer_session.h"

#include <catch2/catch.hpp>

using namespace spasmguide;
using namespace std::chrono_literals;
using State = TimerSession::State;

namespace {
const TimerSession::Clock::time_point t0 = TimerSession::Clock::time_point(std::chrono::hours(24 * 20000));
}

TEST_CASE("a timer counts down, pauses, resumes and finishes at its planned length") {
    TimerSession timer("heat", "Wheat bag", 20min, t0);
    CHECK(timer.state(t0) == State::Running);
    CHECK(timer.remaining(t0 + 5min) == 15min);
    timer.pause(t0 + 5min);
    CHECK(timer.state(t0 + 30min) == State::Paused);
    CHECK(timer.remaining(t0 + 30min) == 15min); // paused time does not count
    timer.resume(t0 + 30min);
    CHECK(timer.remaining(t0 + 40min) == 5min);
    CHECK_FALSE(timer.update(t0 + 44min));
    CHECK(timer.update(t0 + 46min)); // noticed a minute late
    CHECK(timer.state(t0 + 46min) == State::Finished);
    CHECK(timer.elapsed(t0 + 2h) == 20min);
    CHECK(timer.endedAt(t0 + 2h) == t0 + 45min); // when it really ran out
    CHECK_FALSE(timer.update(t0 + 3h));          // only once
}

TEST_CASE("stopping early keeps the real duration") {
    TimerSession timer("breathing", "", 5min, t0);
    timer.stop(t0 + 2min);
    CHECK(timer.state(t0 + 10min) == State::Stopped);
    CHECK(timer.elapsed(t0 + 10min) == 2min);
    CHECK(timer.endedAt(t0 + 10min) == t0 + 2min);
    timer.resume(t0 + 11min); // nothing restarts a stopped timer
    CHECK(timer.state(t0 + 12min) == State::Stopped);
}

TEST_CASE("a suspended machine does not stretch a 20-minute timer") {
    TimerSession timer("heat", "Electric pad", 20min, t0);
    // The laptop sleeps 3 hours at minute 5; on waking the timer is over, its real duration 20 minutes.
    CHECK(timer.state(t0 + 3h + 5min) == State::Finished);
    CHECK(timer.update(t0 + 3h + 5min));
    CHECK(timer.elapsed(t0 + 3h + 5min) == 20min);
    CHECK(timer.endedAt(t0 + 3h + 5min) == t0 + 20min);
}

TEST_CASE("a clock set backwards never makes a timer run longer") {
    TimerSession timer("heat", "Wheat bag", 20min, t0);
    CHECK(timer.remaining(t0 - 1h) == 20min); // no negative time
    CHECK(timer.remaining(t0 + 10min) == 10min);
    timer.pause(t0 + 10min);
    timer.resume(t0 - 2h); // the clock jumped back while paused
    CHECK(timer.remaining(t0 - 2h) == 10min);
    CHECK(timer.remaining(t0 - 2h + 10min) == 0min);
    CHECK(timer.elapsed(t0 + 5h) == 20min);
}

TEST_CASE("a timer saved before a crash is found again: running resumes, finished is over") {
    TimerSession timer("heat", "Wheat bag", 20min, t0);
    timer.pause(t0 + 4min);
    timer.resume(t0 + 6min);
    const auto saved = timer.toJson();
    const auto restored = TimerSession::fromJson(saved);
    REQUIRE(restored.has_value());
    CHECK(*restored == timer);
    CHECK(restored->remaining(t0 + 10min) == 12min); // still running after a restart
    CHECK(restored->state(t0 + 1h) == State::Finished);
    CHECK(restored->endedAt(t0 + 1h) == t0 + 22min);

    CHECK_FALSE(TimerSession::fromJson("").has_value());
    CHECK_FALSE(TimerSession::fromJson("{\"kind\": 3}").has_value());
    CHECK_FALSE(TimerSession::fromJson("[1,2]").has_value());
    auto hostile = TimerSession::fromJson(R"({"kind":"heat","label":"","plannedMs":-5,"startedMs":0,)"
                                          R"("activeBeforeRunMs":99999999,"runStartedMs":0,"paused":false})");
    REQUIRE(hostile.has_value());
    CHECK(hostile->planned() == 0ms);
    CHECK(hostile->elapsed(t0) == 0ms);
    CHECK(hostile->recordId().empty()); // saved before sessions had one
}

TEST_CASE("a timer's record id survives a restart, so it is logged once") {
    TimerSession timer("heat", "Wheat bag", 20min, t0);
    timer.setRecordId("7d3c3c5e-1f7a-4b8e-9a51-0d2f3c4b5a69");
    const auto restored = TimerSession::fromJson(timer.toJson());
    REQUIRE(restored.has_value());
    CHECK(restored->recordId() == timer.recordId());
}

TEST_CASE("a heat timer becomes an episode record with its real heat time") {
    TimerSession stopped("heat", "Wheat bag", 20min, t0);
    stopped.setRecordId("id-1");
    stopped.pause(t0 + 3min);
    stopped.resume(t0 + 5min);
    stopped.stop(t0 + 9min);
    const auto record = heatRecordOf(stopped, t0 + 1h);
    CHECK(record.id == "id-1");
    CHECK(record.product == "Wheat bag");
    CHECK(record.plannedMinutes == 20);
    CHECK(record.duration == 7min);
    CHECK_FALSE(record.finished);
    CHECK(record.startedAt.timePoint() == t0);

    TimerSession finished("heat", "Electric pad", 15min, t0);
    const auto done = heatRecordOf(finished, t0 + 3h); // finished while the app was away
    CHECK(done.finished);
    CHECK(done.duration == 15min);
}
