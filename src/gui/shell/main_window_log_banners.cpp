// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's notices about the episode log itself, each a strip under the header. An old log that could
// not be read and was set aside is told at every start while its file exists (not only by the start that moved
// it), until the person dismisses it for good; a log that could not be opened says why and offers "Try again".
#include "core/store/data_files.h"
#include "gui/log/episode_log.h"
#include "gui/log/set_aside_logs.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/main_window.h"
#include "gui/widgets/notice_banner.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QStatusBar>
#include <QUrl>
#include <QVBoxLayout>
#include <utility>

namespace spasmguide {
namespace {

QString shownPath(const std::filesystem::path& file) {
    return QDir::toNativeSeparators(QString::fromStdString(file.string()));
}

// What the window says about a log it could not open, and whether trying again can help. Empty: nothing to say.
struct LogStatusNotice {
    QString text;
    bool retry = false;
};

LogStatusNotice statusNotice(OpenStatus status, const QString& file, const QString& coreMessage) {
    switch (status) {
    case OpenStatus::Ok:
    case OpenStatus::Created:
    case OpenStatus::MovedAsideCorrupt:
        return {};
    case OpenStatus::Locked:
        return {QCoreApplication::translate(
                    "LogBanner", "Your episode log at %1 is in use by another program, probably another copy of "
                                 "SpasmGuide, so logging is switched off. Close the other program, then press "
                                 "Try again.")
                    .arg(file),
                true};
    case OpenStatus::Unwritable:
        return {QCoreApplication::translate(
                    "LogBanner", "Your episode log at %1 could not be opened, so logging is switched off and "
                                 "nothing was changed. When it or its folder can be written again, press Try again.")
                    .arg(file),
                true};
    case OpenStatus::NewerVersion:
        return {QCoreApplication::translate(
                    "LogBanner", "Your episode log at %1 was saved by a newer version of SpasmGuide, so logging is "
                                 "switched off and the log was left as it is. Update SpasmGuide to keep logging.")
                    .arg(file),
                false};
    case OpenStatus::DiskFull:
        return {QCoreApplication::translate(
                    "LogBanner", "The disk is full, so your episode log at %1 could not be opened and logging is "
                                 "switched off. Nothing was changed. Free some space on that disk, then press "
                                 "Try again.")
                    .arg(file),
                true};
    case OpenStatus::ReadOnly:
        // The core's words say why (which folder or file, or how much space is missing).
        return {QCoreApplication::translate("LogBanner", "Your episode log is read-only: History, export and the "
                                                         "report work, but nothing new can be saved. %1")
                    .arg(coreMessage),
                true};
    case OpenStatus::Damaged:
        break;
    }
    return {coreMessage, true};
}

} // namespace

void MainWindow::buildLogBanners(QVBoxLayout* layout) {
    m_setAsideBanner = new NoticeBanner(QStringLiteral("setAsideLogBanner"), tr("Notice about an old episode log"));
    auto* show = m_setAsideBanner->addButton(QStringLiteral("showSetAsideLog"), tr("Show the file"),
                                             tr("Show the folder that holds the old episode log"));
    auto* dismiss = m_setAsideBanner->addButton(QStringLiteral("dismissSetAsideLog"), tr("Dismiss for good"),
                                                tr("Dismiss the notice about the old episode log for good"));
    connect(show, &QPushButton::clicked, this, [this] {
        if (m_shownSetAside.isEmpty()) {
            return;
        }
        const QString folder = QFileInfo(m_shownSetAside.constLast()).absolutePath();
        if (!QDesktopServices::openUrl(QUrl::fromLocalFile(folder))) {
            statusBar()->showMessage(
                tr("The folder could not be opened. The old log is in %1.").arg(QDir::toNativeSeparators(folder)),
                15000);
        }
    });
    connect(dismiss, &QPushButton::clicked, this, [this] {
        if (m_settings) {
            m_settings->dismissSetAsideLogs(m_shownSetAside); // a later set-aside log has another path
        }
        m_setAsideBanner->hide();
    });
    layout->addWidget(m_setAsideBanner);

    m_logStatusBanner = new NoticeBanner(QStringLiteral("logStatusBanner"), tr("Notice about the episode log"));
    m_retryLog = m_logStatusBanner->addButton(QStringLiteral("retryLog"), tr("Try again"),
                                              tr("Try opening the episode log again"));
    connect(m_retryLog, &QPushButton::clicked, this, &MainWindow::retryOpeningLog);
    layout->addWidget(m_logStatusBanner);
    if (m_log) {
        connect(m_log, &EpisodeLog::opened, this, &MainWindow::onLogOpened);
    }
}

void MainWindow::updateLogBanners() {
    if (!m_log || !m_log->openStatus()) {
        return; // nothing is known before the first opening has finished (it runs after the first paint)
    }
    m_shownSetAside.clear();
    for (const auto& file : setAsideLogs(m_log->dataDir())) {
        const QString path = shownPath(file);
        if (!m_settings || !m_settings->isSetAsideLogDismissed(path)) {
            m_shownSetAside << path;
        }
    }
    if (m_shownSetAside.size() == 1) {
        m_setAsideBanner->setText(tr("Your old episode log could not be read. It was kept at %1, and a new log "
                                     "was started.")
                                      .arg(m_shownSetAside.constFirst()));
    } else if (!m_shownSetAside.isEmpty()) {
        m_setAsideBanner->setText(tr("Your old episode logs could not be read. They were kept at %1, and a new "
                                     "log was started.")
                                      .arg(m_shownSetAside.join(QStringLiteral("; "))));
    }
    m_setAsideBanner->setVisible(!m_shownSetAside.isEmpty());

    const auto notice =
        statusNotice(*m_log->openStatus(), shownPath(data_files::databasePath(m_log->dataDir())), m_log->lastError());
    m_logStatusBanner->setText(notice.text);
    m_retryLog->setVisible(notice.retry);
    m_logStatusBanner->setVisible(!notice.text.isEmpty());
}

void MainWindow::onLogOpened(const QString& message) {
    const bool retried = std::exchange(m_retryingLog, false);
    updateLogBanners();
    if (!retried) {
        showLogNotice(message);
        return;
    }
    // The banner already says what is wrong: a retry that failed again gets no second dialog.
    updateLogOffer();
    statusBar()->showMessage(m_log->isWritable() ? tr("Your episode log is open. Logging is on again.")
                                                 : tr("Your episode log still could not be opened."),
                             15000);
}

void MainWindow::retryOpeningLog() {
    if (!m_log || m_log->isOpening()) {
        return;
    }
    m_retryingLog = true;
    statusBar()->showMessage(tr("Opening your episode log again\u2026"));
    m_log->reopenInBackground(); // off the GUI thread, as at start; opened() follows
}

} // namespace spasmguide
