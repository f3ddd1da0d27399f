// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's episode-log part: its screens, the "start logging" offer, saving check-ins, export and
// import on a worker thread, and "Delete all my data".
#include "gui/checkin/check_in_screen.h"
#include "gui/history/episode_screen.h"
#include "gui/history/history_screen.h"
#include "gui/history/insights_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QElapsedTimer>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include <memory>

namespace spasmguide {

// The log's screens: kept over a content reload (the check-in forms take the new content, keeping what was typed).
// Opened directly (a screenshot, or a menu) rather than from a list, the episode and the check-in being changed
// are the newest episode and its latest check-in.
void MainWindow::registerLogScreens() {
    auto checkInForm = [this](const QString& screenId) {
        auto* page = new CheckInScreen(m_log->clock(), screenId == screens::kCheckInEdit ? CheckInScreen::Mode::Edit
                                                                                         : CheckInScreen::Mode::New);
        page->setContent(*m_content.bundle);
        connect(page, &CheckInScreen::saveRequested, this,
                [this, page](const CheckIn& checkIn) { onCheckInSaveRequested(*page, checkIn); });
        connect(page, &CheckInScreen::newWarningSign, this,
                [this, page](const CheckIn& checkIn) { onNewWarningSign(*page, checkIn); });
        connect(page, &CheckInScreen::backRequested, this, &MainWindow::goBack);
        return page;
    };
    m_registry.add(
        m_slots.checkIn, checkInForm,
        {.needs = ScreenNeeds::Log,
         .onReload = OnContentReload::TakesContent,
         .takeContent = [this](const ContentBundle& content) { m_slots.checkIn.made()->setContent(content); }});
    m_registry.add({.id = screens::kHistory,
                    .needs = ScreenNeeds::Log,
                    .create = [this](const QString&) { return createHistoryScreen(); },
                    .onReload = OnContentReload::Kept});
    m_registry.add(m_slots.episode, [this](const QString&) { return createEpisodeScreen(); },
                   {.needs = ScreenNeeds::Log,
                    .refresh =
                        [this](const QString&) {
                            auto* page = m_slots.episode.made();
                            if (page->episodeId().isEmpty()) {
                                if (const auto newest = m_log->newestEpisodeId()) {
                                    page->showEpisode(QString::fromStdString(*newest));
                                }
                            }
                        },
                    .onReload = OnContentReload::Kept});
    m_registry.add(
        m_slots.checkInEdit, checkInForm,
        {.needs = ScreenNeeds::Log,
         .refresh =
             [this](const QString&) {
                 auto* form = m_slots.checkInEdit.made();
                 if (form->draft().id.empty()) {
                     const auto newest = m_log->newestEpisodeId();
                     const auto checkIns = newest ? m_log->checkIns(*newest) : std::vector<CheckIn>{};
                     if (!checkIns.empty()) {
                         form->edit(checkIns.back());
                     }
                 }
             },
         .onReload = OnContentReload::TakesContent,
         .takeContent = [this](const ContentBundle& content) { m_slots.checkInEdit.made()->setContent(content); }});
    m_registry.add(m_slots.insights,
                   [this](const QString&) {
                       auto* page = new InsightsScreen(*m_log);
                       connect(page, &InsightsScreen::backRequested, this, &MainWindow::goBack);
                       return page;
                   },
                   {.needs = ScreenNeeds::Log,
                    .refresh = [this](const QString&) { m_slots.insights.made()->refresh(); },
                    .onReload = OnContentReload::Kept});
}

ScreenPage* MainWindow::createHistoryScreen() {
    auto* page = new HistoryScreen(*m_log);
    connect(page, &HistoryScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &HistoryScreen::insightsRequested, this, [this] { showScreen(screens::kInsights); });
    connect(page, &HistoryScreen::openEpisodeRequested, this, [this](const QString& id) {
        screenIn(m_slots.episode)->showEpisode(id);
        showScreen(screens::kEpisode);
    });
    connect(page, &HistoryScreen::exportRequested, this, [this] {
        const QString file =
            QFileDialog::getSaveFileName(this, tr("Export your log"), QStringLiteral("spasmguide-log.csv"),
                                         tr("Spreadsheet (*.csv);;Everything, re-importable (*.json)"));
        if (!file.isEmpty()) {
            exportLogTo(file);
        }
    });
    connect(page, &HistoryScreen::reportRequested, this, &MainWindow::askForReportFile);
    connect(page, &HistoryScreen::importRequested, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Import a SpasmGuide export"), {}, tr("SpasmGuide export (*.json)"));
        if (!file.isEmpty()) {
            importLogFrom(file);
        }
    });
    return page;
}

EpisodeScreen* MainWindow::createEpisodeScreen() {
    auto* page = new EpisodeScreen(*m_log);
    connect(page, &EpisodeScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &EpisodeScreen::deleted, this, [this] {
        statusBar()->showMessage(tr("The episode was deleted."), 10000);
        showScreen(screens::kHistory);
    });
    connect(page, &EpisodeScreen::editCheckInRequested, this, [this](const QString& id) {
        if (const auto checkIn = m_log->checkIn(id.toStdString())) {
            screenIn(m_slots.checkInEdit)->edit(*checkIn);
            showScreen(screens::kCheckInEdit);
        } else {
            showLogNotice(m_log->lastError());
        }
    });
    return page;
}

void MainWindow::buildLogOffer(QVBoxLayout* layout) {
    m_logOffer = new QFrame;
    m_logOffer->setObjectName(QStringLiteral("logOffer"));
    auto* row = new QHBoxLayout(m_logOffer);
    row->setContentsMargins(24, 6, 16, 6);
    row->addWidget(makeTextLabel(tr("Keep a private log of this episode on this computer? It helps you and your "
                                    "clinician see your pattern.")),
                   1);
    auto* start = new QPushButton(tr("Start logging this episode"));
    start->setObjectName(QStringLiteral("startLogging"));
    row->addWidget(start);
    connect(start, &QPushButton::clicked, this, [this] {
        if (!m_log->startEpisode(triageAnswers()).empty()) {
            statusBar()->showMessage(tr("Logging started. Check in any time with Ctrl+K."), 10000);
        } else {
            showLogNotice(m_log->lastError());
        }
        updateLogOffer();
    });
    m_logOffer->setVisible(false);
    layout->addWidget(m_logOffer);
}

// Offered on the steps while the log works and no episode is open.
void MainWindow::updateLogOffer() {
    const bool onStep = currentScreenId().startsWith(screens::kStepPrefix);
    m_logOffer->setVisible(m_log && onStep && m_log->isAvailable() && !m_log->currentEpisode());
}

void MainWindow::exportLogTo(const QString& file) {
    const auto dataDir = m_log->dataDir();
    const Clock& clock = m_log->clock();
    const std::string version = m_content.bundle->manifest.version;
    runExchange(tr("Exporting your log\u2026"), [dataDir, &clock, file, version](const ExchangeProgressFn& progress) {
        return exportLog(dataDir, clock, file, version, [&progress](std::int64_t done, std::int64_t total) {
            return progress({done, total, done});
        });
    });
}

void MainWindow::importLogFrom(const QString& file) {
    const auto dataDir = m_log->dataDir();
    const Clock& clock = m_log->clock();
    const ImportOpener open = m_importOpener;
    runExchange(
        tr("Importing\u2026"),
        [dataDir, &clock, file, open](const ExchangeProgressFn& progress) {
            return importLog(
                dataDir, clock, file,
                [&progress](const ImportProgress& p) {
                    return progress({p.bytesRead, p.bytesTotal, p.records});
                },
                open);
        },
        &importProgressText);
}

// "12,288 records so far, of about 40,000 (30%); about 2 minutes left". The file's bytes are the honest measure of
// what is left (records differ in size), so the total is an estimate and is called one; the time left is told once
// enough has been read for it to mean something.
QString MainWindow::importProgressText(qint64 bytesRead, qint64 bytesTotal, qint64 records, qint64 elapsedMs) {
    const QLocale locale;
    const int count = static_cast<int>(std::min<qint64>(records, std::numeric_limits<int>::max()));
    QString text = tr("%Ln record(s) imported so far", nullptr, count);
    if (bytesTotal <= 0 || bytesRead <= 0) {
        return text + QLatin1Char('.');
    }
    const double fraction = std::min(1.0, static_cast<double>(bytesRead) / static_cast<double>(bytesTotal));
    const auto estimate = static_cast<qint64>(static_cast<double>(records) / fraction);
    text = tr("%1, of about %2 (%3%)")
               .arg(text, locale.toString(std::max(estimate, records)))
               .arg(static_cast<int>(fraction * 100));
    if (fraction >= 0.05 && elapsedMs >= 2000 && fraction < 1.0) {
        const auto leftSeconds = static_cast<qint64>(static_cast<double>(elapsedMs) * (1 - fraction) / fraction / 1000);
        text += leftSeconds < 60 ? tr("; under a minute left")
                                 : tr("; about %n minute(s) left", nullptr, static_cast<int>((leftSeconds + 59) / 60));
    }
    return text + QLatin1Char('.');
}

void MainWindow::runExchange(const QString& title, std::function<ExchangeOutcome(const ExchangeProgressFn&)> task,
                             ProgressText progressText) {
    if (m_exchange->isRunning()) {
        return;
    }
    auto* dialog = new QProgressDialog(title, tr("Cancel"), 0, 0, this);
    dialog->setObjectName(QStringLiteral("exchangeProgress"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumDuration(300); // quick jobs finish before any dialog appears
    connect(dialog, &QProgressDialog::canceled, m_exchange, &LogExchangeRunner::cancel);
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    connect(m_exchange, &LogExchangeRunner::progressed, dialog,
            [dialog, title, progressText, started](qint64 done, qint64 total, qint64 records) {
                if (total > 0) {
                    dialog->setMaximum(100);
                    dialog->setValue(static_cast<int>(std::min<qint64>(done * 100 / total, 100)));
                }
                if (progressText) {
                    dialog->setLabelText(title + QLatin1Char('\n') +
                                         progressText(done, total, records, started->elapsed()));
                }
            });
    connect(m_exchange, &LogExchangeRunner::finished, dialog, &QProgressDialog::close, Qt::SingleShotConnection);
    m_exchange->start(std::move(task));
}

void MainWindow::confirmDeleteAll() {
    QStringList files;
    for (const auto& file : m_log->dataFiles()) {
        files << QString::fromStdString(file.string());
    }
    if (files.isEmpty()) {
        QMessageBox::information(this, tr("Delete all my data"), tr("There is no episode log on this computer yet."));
        return;
    }
    QMessageBox question(QMessageBox::Warning, tr("Delete all my data"),
                         tr("This deletes every episode and check-in you have recorded, for good. These files "
                            "will be removed:\n\n%1\n\nExport your log first if you want to keep a copy.")
                             .arg(files.join(QLatin1Char('\n'))),
                         QMessageBox::Cancel, this);
    auto* remove = question.addButton(tr("Delete everything"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() != remove) {
        return;
    }
    const auto removed = m_log->deleteAllData();
    updateLogBanners(); // the set-aside copies went too
    statusBar()->showMessage(tr("Deleted %n file(s). Your log is empty.", nullptr, static_cast<int>(removed.size())),
                             10000);
}

void MainWindow::showLogNotice(const QString& message) {
    updateLogOffer(); // the log may just have opened
    if (message.isEmpty()) {
        return;
    }
    statusBar()->showMessage(message);
    // Not modal: the guide stays usable while the notice is open.
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Episode log"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// An import that changed records, or kept some against the file: its summary, with each of them listed.
void MainWindow::showImportDetails(const ExchangeOutcome& outcome) {
    auto* box = new QMessageBox(QMessageBox::Information, tr("Import"), outcome.message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("importDetails"));
    box->setInformativeText(tr("The records the import changed, or kept as they are here, are listed under "
                               "\u201cShow Details\u201d. The History screen keeps a list of your imports."));
    box->setDetailedText(outcome.details.join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // not modal, as a notice
}

void MainWindow::onCheckInSaveRequested(CheckInScreen& form, const CheckIn& checkIn) {
    const bool editing = form.isEditing();
    const bool saved = editing ? m_log->updateCheckIn(checkIn) : m_log->saveCheckIn(checkIn, triageAnswers());
    if (!saved) {
        showLogNotice(m_log->lastError()); // the form keeps everything that was entered
        return;
    }
    form.clear();
    const QString time = localDateTime(checkIn.at).toString(QStringLiteral("HH:mm"));
    statusBar()->showMessage(
        editing ? tr("Check-in from %1 changed.").arg(time) : tr("Check-in saved at %1.").arg(time), 10000);
    // Saved first, so nothing is lost; then a body map that matches a warning sign (both legs) goes to care.
    if (!editing) {
        m_elsewhere.areas = checkIn.areas;
        if (careFirst(AnswerSet{{}, {}, checkIn.areas, false})) {
            return;
        }
    }
    goBack();
}

// Only the new check-in asks about warning signs (an edit keeps the answer as it was given).
void MainWindow::onNewWarningSign(CheckInScreen& form, const CheckIn& checkIn) {
    // Recorded with or without a pain number (the answer matters more); the care screen comes first either way.
    if (m_log->saveCheckIn(checkIn, triageAnswers())) {
        form.clear();
    }
    m_elsewhere.checkInSomethingNew = true;
    m_elsewhere.areas.insert(checkIn.areas.begin(), checkIn.areas.end());
    if (!careFirst(m_elsewhere)) {
        showScreen(screens::kCare); // the question asks about the emergency signs: care, even without a rule
    }
}

} // namespace spasmguide
