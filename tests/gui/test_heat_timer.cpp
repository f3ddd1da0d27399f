// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The heat timer through the real window on a fake clock: reached from Step 1, start, pause, resume, the skin
// check at the end; the running session kept on disk and found again after a quit or crash.
#include "../core/fake_clock.h"
#include "gui_test_support.h"
#include "screens/heat_timer_screen.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace std::chrono_literals;
using spasmguide::test::FakeClock;

class TestHeatTimer : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EpisodeLog> m_log;
    std::unique_ptr<MainWindow> m_window;

    QString sessionFile() const { return m_dir->filePath(QStringLiteral("heat-timer.json")); }
    HeatTimerScreen* timer() { return static_cast<HeatTimerScreen*>(m_window->screen(QStringLiteral("heat-timer"))); }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_log = std::make_unique<EpisodeLog>(m_dir->path().toStdString(), m_clock);
        QVERIFY(m_log->open().isEmpty());
        m_window = test::openWindow(QStringLiteral("US"), test::builtInContent(), m_log.get());
    }

    void cleanup() {
        m_window.reset();
        m_log.reset();
        m_dir.reset();
    }

    void aSessionRunsPausesAndEndsWithASkinCheck() {
        m_window->showScreen(QStringLiteral("step-heat"));
        QTest::mouseClick(test::onScreen<QPushButton>(*m_window, QStringLiteral("openHeatTimer")), Qt::LeftButton);
        QCOMPARE(m_window->currentScreenId(), QStringLiteral("heat-timer"));
        auto* screen = timer();
        QVERIFY(screen->productBox()->count() >= 3); // the content's products
        screen->minutesBox()->setValue(20);
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(sessionFile())); // a crash now cannot lose it
        QCOMPARE(screen->countdown()->text(), QStringLiteral("20:00"));

        m_clock.advance(5min);
        screen->refresh();
        QCOMPARE(screen->countdown()->text(), QStringLiteral("15:00"));
        QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
        m_clock.advance(10min);
        screen->refresh();
        QCOMPARE(screen->countdown()->text(), QStringLiteral("15:00")); // paused time does not count
        QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);       // resume

        QSignalSpy ended(screen, &HeatTimerScreen::sessionEnded);
        m_clock.advance(16min);
        screen->refresh();
        QCOMPARE(ended.count(), 1);
        QVERIFY(screen->skinCheck()->isVisibleTo(screen));
        QVERIFY(!QFile::exists(sessionFile()));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("time is up")));
        QVERIFY(screen->startButton()->isVisibleTo(screen)); // ready for another session
    }

    void aRunningSessionIsFoundAgainAfterACrash() {
        const TimerSession running("heat", "Wheat bag", 20min, m_clock.now() - 5min);
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(running.toJson()));
        file.close();
        m_window->recoverHeatTimer();
        QVERIFY(timer()->session().has_value());
        QCOMPARE(timer()->countdown()->text(), QStringLiteral("15:00"));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("still running")));
    }

    void aSessionThatFinishedWhileClosedIsReportedAndCleared() {
        const TimerSession old("heat", "Wheat bag", 20min, m_clock.now() - 3h);
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(old.toJson()));
        file.close();
        m_window->recoverHeatTimer();
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("finished while")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("20 minute")));
        QVERIFY(!QFile::exists(sessionFile()));
    }

    void anUnreadableSessionFileIsSetAsideNotFatal() {
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        m_window->recoverHeatTimer();
        QVERIFY(!QFile::exists(sessionFile()));
        QVERIFY(QFile::exists(sessionFile() + QStringLiteral(".unreadable")));
    }
};

QTEST_MAIN(TestHeatTimer)
#include "test_heat_timer.moc"
