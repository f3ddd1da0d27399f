// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Changing the log afterwards through the real window: an episode's start and end, one check-in (without losing
// what the form cannot show, or a new check-in half typed), deleting a check-in; and the log opening on a worker
// thread, and "Delete all my data" taking the app's own log files with it.
#include "../core/fake_clock.h"
#include "core/logging/logging.h"
#include "gui/checkin/check_in_screen.h"
#include "gui/history/episode_screen.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <filesystem>
#include <spdlog/spdlog.h>

using namespace spasmguide;
using namespace std::chrono_literals;
using spasmguide::test::FakeClock;

class TestEpisodeEditing : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<EpisodeLog> m_log;
    std::unique_ptr<MainWindow> m_window;
    std::string m_episodeId;

    EpisodeScreen* episodeScreen() { return static_cast<EpisodeScreen*>(m_window->screen(QStringLiteral("episode"))); }

private Q_SLOTS:
    void init() {
        QVERIFY(m_dir.isValid());
        m_log = std::make_unique<EpisodeLog>(m_dir.path().toStdString(), m_clock);
        QVERIFY(m_log->open().isEmpty());
        CheckIn first;
        first.pain = 7;
        first.triggers = {"lifting", "from-an-import"}; // the second has no box on the form
        first.medications = {{"Ibuprofen", Timestamp::local(m_clock.now() - 2h)},
                             {"Paracetamol", Timestamp::local(m_clock.now() - 1h)}};
        first.note = "first";
        QVERIFY(m_log->saveCheckIn(first, {}));
        m_clock.advance(1h);
        CheckIn second;
        second.pain = 5;
        QVERIFY(m_log->saveCheckIn(second, {}));
        m_episodeId = m_log->currentEpisode()->id;
        m_window = test::openWindow(QStringLiteral("US"), test::builtInContent(), m_log.get());
        episodeScreen()->showEpisode(QString::fromStdString(m_episodeId));
        m_window->showScreen(QStringLiteral("episode"));
    }

    void cleanup() {
        m_window.reset();
        m_log.reset();
        QVERIFY(QDir(m_dir.path()).removeRecursively());
        QVERIFY(QDir().mkpath(m_dir.path()));
    }

    void startAndEndCanBeCorrectedButNotReversed() {
        auto* screen = episodeScreen();
        const QDateTime start = screen->startEdit()->dateTime();
        screen->ongoingBox()->setChecked(false);
        screen->endEdit()->setDateTime(start.addSecs(-3600));
        QVERIFY(!screen->saveChanges());
        QVERIFY(screen->problemLabel()->isVisible());
        QVERIFY(screen->problemLabel()->text().contains(QStringLiteral("before the start")));
        QVERIFY(!m_log->episode(m_episodeId)->endedAt.has_value()); // nothing was changed

        screen->startEdit()->setDateTime(start.addDays(-1));
        screen->endEdit()->setDateTime(start.addSecs(2 * 3600));
        QTest::mouseClick(test::onScreen<QPushButton>(*m_window, QStringLiteral("saveEpisode")), Qt::LeftButton);
        QVERIFY(!screen->problemLabel()->isVisible());
        const auto stored = m_log->episode(m_episodeId);
        QCOMPARE(stored->startedAt.epochMs, start.addDays(-1).toMSecsSinceEpoch());
        QCOMPARE(stored->endedAt->epochMs, start.addSecs(2 * 3600).toMSecsSinceEpoch());
    }

    void aCheckInIsEditedInItsOwnFormAndKeepsWhatTheFormCannotShow() {
        // A new check-in half typed, which editing must not touch.
        m_window->showScreen(QStringLiteral("checkin"));
        auto* newForm = static_cast<CheckInScreen*>(m_window->screen(QStringLiteral("checkin")));
        newForm->painButton(3)->click();
        m_window->goBack();

        auto* list = episodeScreen()->checkInList();
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(0);
        QTest::mouseClick(test::onScreen<QPushButton>(*m_window, QStringLiteral("editCheckIn")), Qt::LeftButton);
        QCOMPARE(m_window->currentScreenId(), QStringLiteral("checkin-edit"));
        auto* form = static_cast<CheckInScreen*>(m_window->screen(QStringLiteral("checkin-edit")));
        QVERIFY(form->painButton(7)->isChecked());
        QCOMPARE(test::onScreen<QPlainTextEdit>(*m_window, QStringLiteral("checkInNote"))->toPlainText(),
                 QStringLiteral("first"));
        const auto original = m_log->checkIns(m_episodeId).front();

        QTest::keyClick(form, Qt::Key_4);
        test::onScreen<QPlainTextEdit>(*m_window, QStringLiteral("checkInNote"))
            ->setPlainText(QStringLiteral("changed"));
        form->whenEdit()->setDateTime(form->whenEdit()->dateTime().addSecs(-600));
        QVERIFY(form->saveButton()->isEnabled());
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);

        QCOMPARE(m_window->currentScreenId(), QStringLiteral("episode"));
        const auto checkIns = m_log->checkIns(m_episodeId);
        QCOMPARE(checkIns.size(), std::size_t{2}); // changed, not added
        const auto& edited = checkIns.front();
        QCOMPARE(edited.id, original.id);
        QCOMPARE(edited.pain, 4);
        QCOMPARE(edited.note, std::string("changed"));
        QCOMPARE(edited.at.epochMs, original.at.epochMs - 600'000);
        QCOMPARE(edited.triggers, (std::vector<std::string>{"lifting", "from-an-import"}));
        QCOMPARE(edited.medications.size(), std::size_t{2});
        QCOMPARE(edited.medications[0].takenAt.epochMs, original.medications[0].takenAt.epochMs / 60'000 * 60'000);
        QCOMPARE(edited.medications[1], original.medications[1]);
        QVERIFY(episodeScreen()->checkInList()->item(0)->text().contains(QStringLiteral("pain 4")));
        QVERIFY(newForm->painButton(3)->isChecked()); // the new check-in is still as it was left
    }

    void aCheckInCanBeDeleted() {
        auto* list = episodeScreen()->checkInList();
        list->setCurrentRow(1);
        QVERIFY(episodeScreen()->deleteSelectedCheckIn());
        QCOMPARE(list->count(), 1);
        QCOMPARE(m_log->checkIns(m_episodeId).size(), std::size_t{1});
    }

    void theLogOpensOnAWorkerThreadAndASaveWaitsForIt() {
        QTemporaryDir dir;
        EpisodeLog log(dir.path().toStdString(), m_clock);
        QSignalSpy opened(&log, &EpisodeLog::opened);
        log.openInBackground();
        QVERIFY(log.isOpening() || log.isAvailable());
        CheckIn entry;
        entry.pain = 2;
        QVERIFY(log.saveCheckIn(entry, {})); // finishes the opening first
        QVERIFY(log.isAvailable());
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), QString());

        EpisodeLog again(dir.path().toStdString(), m_clock);
        QSignalSpy reopened(&again, &EpisodeLog::opened);
        again.openInBackground();
        QVERIFY(reopened.wait(5000));
        QVERIFY(again.isAvailable());
        QCOMPARE(again.currentEpisode()->id, log.currentEpisode()->id);
    }

    void deletingAllDataTakesTheAppsLogFilesToo() {
        const auto logDir = std::filesystem::path(m_dir.path().toStdString()) / "logs";
        QVERIFY(setUpLogging(logDir, false));
        spdlog::info("a line that mentions the log");
        const auto files = m_log->dataFiles();
        QVERIFY(std::find(files.begin(), files.end(), logDir / "spasmguide.log") != files.end());
        const auto removed = m_log->deleteAllData();
        QVERIFY(std::find(removed.begin(), removed.end(), logDir / "spasmguide.log") != removed.end());
        QCOMPARE(m_log->store()->episodeCount(), std::int64_t{0});
        // Logging goes on, in a fresh file that knows nothing of what was there.
        spdlog::default_logger()->flush();
        QFile log(QString::fromStdString((logDir / "spasmguide.log").string()));
        QVERIFY(!log.exists() || (log.open(QIODevice::ReadOnly) && !log.readAll().contains("mentions")));
        QVERIFY(setUpLogging(logDir, false)); // leave logging as other tests expect it
    }
};

QTEST_MAIN(TestEpisodeEditing)
#include "test_episode_editing.moc"
