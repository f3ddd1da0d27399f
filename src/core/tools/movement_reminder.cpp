// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/tools/movement_reminder.h"

namespace spasmguide {

using namespace std::chrono;

bool isQuietTime(minutes timeOfDay, const MovementReminderSettings& settings) {
    const auto from = settings.quietFrom;
    const auto until = settings.quietUntil;
    if (from == until) {
        return false;
    }
    return from < until ? timeOfDay >= from && timeOfDay < until : timeOfDay >= from || timeOfDay < until;
}

void MovementReminder::configure(const MovementReminderSettings& settings, system_clock::time_point now) {
    m_settings = settings;
    m_countFrom = now;
    m_wasQuiet = false;
}

bool MovementReminder::check(system_clock::time_point now, int utcOffsetMinutes) {
    if (!m_settings.enabled || m_settings.every <= minutes(0)) {
        return false;
    }
    if (now < m_countFrom) {
        m_countFrom = now; // the clock was set back: count from here rather than wait for the old time
        return false;
    }
    const auto local = now + minutes(utcOffsetMinutes);
    const auto timeOfDay = duration_cast<minutes>(local - floor<days>(local));
    if (isQuietTime(timeOfDay, m_settings)) {
        m_wasQuiet = true; // silent at night
        return false;
    }
    if (m_wasQuiet) {
        m_wasQuiet = false; // the first reminder after the quiet hours comes a full interval after they end
        m_countFrom = now;
        return false;
    }
    if (now - m_countFrom < m_settings.every) {
        return false;
    }
    m_countFrom = now;
    return true;
}

} // namespace spasmguide
