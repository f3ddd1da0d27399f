// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/aids/movement_reminder_ticker.h"

namespace spasmguide {

MovementReminderTicker::MovementReminderTicker(const Clock& clock, const TimeZone& zone, QObject* parent)
    : QObject(parent), m_clock(clock), m_zone(zone) {
    m_tick.setInterval(20 * 1000); // a reminder comes at most 20 s late
    connect(&m_tick, &QTimer::timeout, this, &MovementReminderTicker::checkNow);
}

void MovementReminderTicker::configure(const MovementReminderSettings& settings) {
    m_reminder.configure(settings, m_clock.now());
    if (settings.enabled) {
        m_tick.start();
    } else {
        m_tick.stop();
    }
}

void MovementReminderTicker::checkNow() {
    const auto now = m_clock.now();
    if (m_reminder.check(now, m_zone.utcOffsetMinutes(now))) {
        Q_EMIT due();
    }
}

} // namespace spasmguide
