// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>

namespace spasmguide {

struct MovementReminderSettings {
    bool enabled = false;
    std::chrono::minutes every{30};
    // Quiet hours as minutes after local midnight, from `quietFrom` up to `quietUntil`; they may span midnight
    // (22:00 to 07:00). Equal values mean no quiet hours.
    std::chrono::minutes quietFrom{22 * 60};
    std::chrono::minutes quietUntil{7 * 60};

    friend bool operator==(const MovementReminderSettings&, const MovementReminderSettings&) = default;
};

// Whether a local time of day (minutes after midnight) falls in the quiet hours.
[[nodiscard]] bool isQuietTime(std::chrono::minutes timeOfDay, const MovementReminderSettings& settings);

// When to remind the person to change position: `every` minutes of wall-clock time since the last reminder (or
// since it was switched on), never in the quiet hours, after which the count starts again. Read against the
// injected clock by whoever calls check(); a machine that slept or a clock that jumped gives one reminder at
// most, never a burst.
class MovementReminder final {
public:
    // Takes new settings; the count starts again at `now`.
    void configure(const MovementReminderSettings& settings, std::chrono::system_clock::time_point now);
    [[nodiscard]] const MovementReminderSettings& settings() const { return m_settings; }

    // True when a reminder is due at `now`, `utcOffsetMinutes` being the person's zone then; the next one is
    // counted from `now`.
    bool check(std::chrono::system_clock::time_point now, int utcOffsetMinutes);

private:
    MovementReminderSettings m_settings;
    std::chrono::system_clock::time_point m_countFrom;
    bool m_wasQuiet = false;
};

} // namespace spasmguide
