// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's aids that work on any screen: "Read this screen" and the movement reminder.
#include "gui/aids/movement_reminder_ticker.h"
#include "gui/aids/read_aloud.h"
#include "gui/log/episode_log.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/main_window.h"

#include <QApplication>
#include <QStatusBar>
#include <QSystemTrayIcon>

namespace spasmguide {
void MainWindow::applyReminderSettings() {
    if (!m_settings) {
        return;
    }
    if (!m_reminder) {
        m_reminder = new MovementReminderTicker(clock(), timeZone(), this);
        connect(m_reminder, &MovementReminderTicker::due, this, &MainWindow::announceMovementReminder);
    }
    MovementReminderSettings wanted;
    wanted.enabled = m_settings->movementReminder();
    const int minutes = m_settings->movementReminderMinutes();
    wanted.every = std::chrono::minutes(minutes > 0 ? minutes : m_content.bundle->plan.movementReminder.everyMinutes);
    wanted.quietFrom = std::chrono::minutes(m_settings->quietFrom());
    wanted.quietUntil = std::chrono::minutes(m_settings->quietUntil());
    if (!(wanted == m_reminder->settings())) {
        m_reminder->configure(wanted); // any other setting leaves the count alone
    }
}

void MainWindow::announceMovementReminder() {
    const auto& words = m_content.bundle->plan.movementReminder;
    notify(QString::fromStdString(words.title), QString::fromStdString(words.text));
}

// In the window while it is in front; as a desktop notification (system tray) when it is hidden or behind.
void MainWindow::notify(const QString& title, const QString& text) {
    statusBar()->showMessage(title + QStringLiteral(". ") + text, 60000);
    QApplication::alert(this);
    if ((isMinimized() || !isVisible() || !isActiveWindow()) && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 60000);
    }
}

} // namespace spasmguide
