// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/time/clock.h"
#include "core/time/time_zone.h"
#include "core/tools/movement_reminder.h"

#include <QObject>
#include <QTimer>

namespace spasmguide {

// Drives the movement reminder from the injected clock: a coarse tick only asks MovementReminder whether one
// is due, so a slow or suspended machine never shifts or multiplies reminders. Ticks only while switched on.
class MovementReminderTicker final : public QObject {
    Q_OBJECT

public:
    MovementReminderTicker(const Clock& clock, const TimeZone& zone, QObject* parent = nullptr);

    // New settings; the count starts again now.
    void configure(const MovementReminderSettings& settings);
    [[nodiscard]] const MovementReminderSettings& settings() const { return m_reminder.settings(); }
    [[nodiscard]] bool isTicking() const { return m_tick.isActive(); }
    // Asks now (the tick calls this; tests call it after moving a fake clock).
    void checkNow();

Q_SIGNALS:
    void due();

private:
    const Clock& m_clock;
    const TimeZone& m_zone;
    MovementReminder m_reminder;
    QTimer m_tick;
};

} // namespace spasmguide
