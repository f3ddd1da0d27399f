// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The movement reminder on a fake clock: every N minutes, silent in the quiet hours, nothing when off.
#include "core/tools/movement_reminder.h"
#include "fake_clock.h"

#include <catch2/catch.hpp>

using namespace spasmguide;
using namespace std::chrono;
using spasmguide::test::FakeClock;

namespace {

constexpr int kBerlin = 60;

// Minutes of the fake clock, checked every minute as the app's one-minute-or-less tick would; returns the
// minutes (from the start) at which a reminder fired.
std::vector<int> firings(MovementReminder& reminder, FakeClock& clock, int forMinutes, int offset = kBerlin) {
    std::vector<int> fired;
    const auto start = clock.now();
    for (int m = 1; m <= forMinutes; ++m) {
        clock.advance(minutes(1));
        if (reminder.check(clock.now(), offset)) {
            fired.push_back(static_cast<int>(duration_cast<minutes>(clock.now() - start).count()));
        }
    }
    return fired;
}

MovementReminderSettings on(int every) {
    MovementReminderSettings settings;
    settings.enabled = true;
    settings.every = minutes(every);
    return settings;
}

} // namespace

TEST_CASE("the reminder fires every N minutes of the clock") {
    FakeClock clock(sys_days{November / 24 / 2026} + hours(9)); // 10:00 in Berlin
    MovementReminder reminder;
    reminder.configure(on(30), clock.now());
    CHECK(firings(reminder, clock, 100) == std::vector<int>{30, 60, 90});

    reminder.configure(on(45), clock.now()); // a new interval counts from the change
    CHECK(firings(reminder, clock, 100) == std::vector<int>{45, 90});
}

TEST_CASE("the reminder is silent in the quiet hours and starts counting again after them") {
    FakeClock clock(sys_days{November / 24 / 2026} + hours(20)); // 21:00 in Berlin; quiet 22:00-07:00
    MovementReminder reminder;
    reminder.configure(on(30), clock.now());
    const auto fired = firings(reminder, clock, 12 * 60); // until 09:00
    // 21:30; 22:00 is already quiet. Then nothing until 07:30, a full interval after the quiet hours end.
    CHECK(fired == std::vector<int>{30, 630, 660, 690, 720});
    CHECK(isQuietTime(minutes(23 * 60), reminder.settings()));
    CHECK(isQuietTime(minutes(0), reminder.settings()));
    CHECK_FALSE(isQuietTime(minutes(7 * 60), reminder.settings()));

    // The quiet hours are the person's local ones: the same UTC moments in New York are daytime.
    FakeClock utcNight(sys_days{November / 24 / 2026} + hours(23)); // 18:00 in New York
    reminder.configure(on(30), utcNight.now());
    CHECK(firings(reminder, utcNight, 60, -300) == std::vector<int>{30, 60});

    auto daytimeQuiet = on(30);
    daytimeQuiet.quietFrom = minutes(13 * 60);
    daytimeQuiet.quietUntil = minutes(14 * 60);
    CHECK(isQuietTime(minutes(13 * 60 + 59), daytimeQuiet));
    CHECK_FALSE(isQuietTime(minutes(14 * 60), daytimeQuiet));
    daytimeQuiet.quietUntil = daytimeQuiet.quietFrom;
    CHECK_FALSE(isQuietTime(minutes(3 * 60), daytimeQuiet)); // equal times: no quiet hours
}

TEST_CASE("the reminder never fires when it is off") {
    FakeClock clock(sys_days{November / 24 / 2026} + hours(9));
    MovementReminder reminder;
    CHECK(firings(reminder, clock, 200).empty()); // off until configured
    auto off = on(30);
    off.enabled = false;
    reminder.configure(off, clock.now());
    CHECK(firings(reminder, clock, 200).empty());
}

TEST_CASE("a machine that slept, or a clock set back, gives one reminder at most") {
    FakeClock clock(sys_days{November / 24 / 2026} + hours(9));
    MovementReminder reminder;
    reminder.configure(on(30), clock.now());
    clock.advance(hours(3)); // suspended for three hours
    CHECK(reminder.check(clock.now(), kBerlin));
    CHECK_FALSE(reminder.check(clock.now(), kBerlin));
    clock.advance(-hours(2)); // the clock set back
    CHECK_FALSE(reminder.check(clock.now(), kBerlin));
    CHECK(firings(reminder, clock, 30) == std::vector<int>{30});
}
