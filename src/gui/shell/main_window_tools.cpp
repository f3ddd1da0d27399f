// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's companion tools: the heat timer screen, keeping its session on disk so a quit or crash
// cannot lose it, and telling the person when the time is up even when the window is hidden; every session that
// ends is recorded into the current episode.
#include "core/tools/session_records.h"
#include "gui/guide/step_screen.h"
#include "gui/log/episode_log.h"
#include "gui/platform/private_output_file.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"
#include "gui/tools/breathing_screen.h"
#include "gui/tools/heat_timer_screen.h"
#include "gui/tools/medication_screen.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <spdlog/spdlog.h>

namespace spasmguide {
QString MainWindow::heatTimerFile() const {
    return m_log ? QDir(QString::fromStdString(m_log->dataDir().string())).filePath(QStringLiteral("heat-timer.json"))
                 : QString();
}

// The companion tools keep running over a content reload (a running timer must not be dropped) and have a
// "Read aloud" button.
void MainWindow::registerToolScreens() {
    m_registry.add(
        m_slots.heatTimer, [this](const QString&) { return createHeatTimerScreen(); },
        {.onReload = OnContentReload::TakesContent,
         .takeContent = [this](const ContentBundle& content) { m_slots.heatTimer.made()->setContent(content); },
         .readAloudButton = true});
    m_registry.add({.id = screens::kBreathing,
                    .create = [this](const QString&) { return createBreathingScreen(); },
                    .readAloudButton = true});
    m_registry.add(
        m_slots.medication, [this](const QString&) { return createMedicationScreen(); },
        {.needs = ScreenNeeds::Log,
         .refresh = [this](const QString&) { refreshMedicationScreen(); },
         .onReload = OnContentReload::TakesContent,
         .takeContent = [this](const ContentBundle& content) { m_slots.medication.made()->setContent(content); },
         .readAloudButton = true});
}

HeatTimerScreen* MainWindow::createHeatTimerScreen() {
    auto* page = new HeatTimerScreen(clock());
    page->setContent(*m_content.bundle);
    connect(page, &HeatTimerScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &HeatTimerScreen::sessionChanged, this, &MainWindow::keepHeatTimer);
    connect(page, &HeatTimerScreen::sessionEnded, this, &MainWindow::logHeatSession);
    connect(page, &HeatTimerScreen::timeIsUp, this, &MainWindow::announceTimeIsUp);
    return page;
}

void MainWindow::keepHeatTimer(const TimerSession& session) {
    const QString file = heatTimerFile();
    if (file.isEmpty()) {
        return;
    }
    PrivateOutputFile out(file); // whole or not at all, owner only
    const QByteArray json = QByteArray::fromStdString(session.toJson());
    if (!out.open() || out.device().write(json) != json.size() || !out.commit()) {
        spdlog::warn("heat timer: could not keep the running session on disk");
    }
}

// Once logged, the saved copy goes. If the log cannot take it, the ended session stays on disk and the next
// start logs it (as one that finished while away), so a heat session is never lost; its record id makes a
// second attempt rewrite rather than duplicate it.
void MainWindow::logHeatSession(const TimerSession& session) {
    if (!m_log) {
        QFile::remove(heatTimerFile());
        return;
    }
    if (m_log->saveHeatSession(heatRecordOf(session, m_log->clock().now()), triageAnswers())) {
        QFile::remove(heatTimerFile());
    } else {
        keepHeatTimer(session);
        showLogNotice(m_log->lastError());
    }
}

ScreenPage* MainWindow::createBreathingScreen() {
    auto* page = new BreathingScreen(clock());
    page->setTextOnly(m_settings && m_settings->reducedMotion());
    connect(page, &BreathingScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &BreathingScreen::textOnlyChanged, this, [this](bool textOnly) {
        if (m_settings) {
            m_settings->setReducedMotion(textOnly);
        }
    });
    connect(
        page, &BreathingScreen::sessionEnded, this,
        [this, page](std::chrono::system_clock::time_point startedAt, std::chrono::milliseconds length, int breaths) {
            if (!m_log || breaths == 0) {
                return; // a start pressed by mistake is not a session worth an episode
            }
            const BreathingSession record{
                {}, {}, Timestamp::local(startedAt), page->inhaleSeconds(), page->exhaleSeconds(), breaths, length};
            if (!m_log->saveBreathingSession(record, triageAnswers())) {
                showLogNotice(m_log->lastError());
            }
        });
    return page;
}

MedicationScreen* MainWindow::createMedicationScreen() {
    auto* page = new MedicationScreen(m_log->clock());
    page->setContent(*m_content.bundle);
    connect(page, &MedicationScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &MedicationScreen::saveRequested, this, [this, page](const MedicationEntry& entry) {
        if (m_log->saveMedication(entry, triageAnswers())) {
            page->showSaved(entry);
            refreshMedicationScreen();
        } else {
            page->showProblem(m_log->lastError()); // what was entered stays on the form
        }
    });
    return page;
}

void MainWindow::refreshMedicationScreen() {
    auto* page = m_slots.medication.made();
    page->prepare();
    const auto current = m_log->currentEpisode();
    page->showTaken(current ? m_log->activities(current->id).medications : std::vector<MedicationEntry>{});
}

void MainWindow::recoverHeatTimer() {
    QFile file(heatTimerFile());
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return;
    }
    const auto session = TimerSession::fromJson(file.readAll().toStdString());
    file.close();
    if (!session) {
        spdlog::warn("heat timer: the saved session could not be read and was set aside");
        file.rename(file.fileName() + QStringLiteral(".unreadable"));
        return;
    }
    const auto now = clock().now();
    const auto minutes = [](std::chrono::milliseconds d) {
        return static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(d).count());
    };
    if (session->isOver(now)) {
        statusBar()->showMessage(tr("Your heat timer finished while SpasmGuide was closed (%n minute(s)).", nullptr,
                                    minutes(session->elapsed(now))),
                                 15000);
        logHeatSession(*session); // with its real duration; removes the file once logged
        return;
    }
    auto* page = screenIn(m_slots.heatTimer);
    page->resume(*session);
    statusBar()->showMessage(
        tr("Your heat timer is still running: %n minute(s) left.", nullptr, minutes(session->remaining(now))), 15000);
}

void MainWindow::announceTimeIsUp() {
    const QString title = tr("Heat timer: time is up");
    const QString text = tr("Take the heat off and check your skin.");
    statusBar()->showMessage(title + QStringLiteral(". ") + text, 30000);
    QApplication::alert(this); // the task bar entry asks for attention
    if ((isMinimized() || !isVisible() || !isActiveWindow()) && QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 60000);
    }
}

} // namespace spasmguide
