// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The heat timer through the real window on a fake clock: reached from Step 1, start, pause, resume, the skin
// check at the end; the running session kept on disk and found again after a quit or crash; every session that
// ends (finished, stopped, or finished while the app was away) recorded in the current episode, once.
#include "../core/fake_clock.h"
#include "gui/tools/heat_timer_screen.h"
#include "gui_test_support.h"

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
    std::unique_ptr<test::WindowFixture> m_f;

    QString sessionFile() const { return m_f->dir.filePath(QStringLiteral("heat-timer.json")); }
    std::vector<HeatSession> logged() {
        const auto current = m_f->log->currentEpisode();
        return current ? m_f->log->activities(current->id).heat : std::vector<HeatSession>{};
    }
    void writeSessionFile(const TimerSession& session) {
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::fromStdString(session.toJson()));
    }
    HeatTimerScreen* timer() {
        return static_cast<HeatTimerScreen*>(m_f->window->screen(QStringLiteral("heat-timer")));
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<test::WindowFixture>();
        QVERIFY(m_f->logProblem.isEmpty());
    }

    void cleanup() { m_f.reset(); }

    void aSessionRunsPausesAndEndsWithASkinCheck() {
        m_f->window->showScreen(QStringLiteral("step-heat"));
        QTest::mouseClick(test::onScreen<QPushButton>(*m_f->window, QStringLiteral("openHeatTimer")), Qt::LeftButton);
        QCOMPARE(m_f->window->currentScreenId(), QStringLiteral("heat-timer"));
        auto* screen = timer();
        QVERIFY(screen->productBox()->count() >= 3); // the content's products
        screen->minutesBox()->setValue(20);
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        QVERIFY(QFile::exists(sessionFile())); // a crash now cannot lose it
        QCOMPARE(screen->countdown()->text(), QStringLiteral("20:00"));

        m_f->clock.advance(5min);
        screen->refresh();
        QCOMPARE(screen->countdown()->text(), QStringLiteral("15:00"));
        QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);
        m_f->clock.advance(10min);
        screen->refresh();
        QCOMPARE(screen->countdown()->text(), QStringLiteral("15:00")); // paused time does not count
        QTest::mouseClick(screen->pauseButton(), Qt::LeftButton);       // resume

        QSignalSpy ended(screen, &HeatTimerScreen::sessionEnded);
        m_f->clock.advance(16min);
        screen->refresh();
        QCOMPARE(ended.count(), 1);
        QVERIFY(screen->skinCheck()->isVisibleTo(screen));
        QVERIFY(!QFile::exists(sessionFile()));
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(QStringLiteral("time is up")));
        QVERIFY(screen->startButton()->isVisibleTo(screen)); // ready for another session

        // Logged in an episode started for it, with the real heat time (the pause left out).
        const auto heat = logged();
        QCOMPARE(heat.size(), std::size_t{1});
        QVERIFY(heat[0].finished);
        QCOMPARE(heat[0].duration.count(), std::chrono::milliseconds(20min).count());
        QCOMPARE(heat[0].plannedMinutes, 20);
        QCOMPARE(QString::fromStdString(heat[0].product), screen->productBox()->currentText());
    }

    void aStoppedSessionIsLoggedAsStoppedWithItsRealLength() {
        m_f->window->showScreen(QStringLiteral("heat-timer"));
        auto* screen = timer();
        screen->minutesBox()->setValue(15);
        screen->startButton()->setFocus();
        QTest::keyClick(screen->startButton(), Qt::Key_Space);
        m_f->clock.advance(7min);
        screen->refresh();
        screen->stopButton()->setFocus();
        QTest::keyClick(screen->stopButton(), Qt::Key_Space);
        const auto heat = logged();
        QCOMPARE(heat.size(), std::size_t{1});
        QVERIFY(!heat[0].finished);
        QCOMPARE(heat[0].duration.count(), std::chrono::milliseconds(7min).count());
        QCOMPARE(heat[0].plannedMinutes, 15);
        QVERIFY(!QFile::exists(sessionFile()));
    }

    void timeThisOnAProductCardOpensTheTimerWithThatProduct() {
        m_f->window->showScreen(QStringLiteral("step-heat"));
        const auto buttons =
            m_f->window->screen(QStringLiteral("step-heat"))->findChildren<QPushButton*>(QStringLiteral("timeProduct"));
        QCOMPARE(buttons.size(), 3);
        QVERIFY(buttons[1]->accessibleName().startsWith(QStringLiteral("Time this: ")));
        buttons[1]->setFocus();
        QTest::keyClick(buttons[1], Qt::Key_Space);
        QCOMPARE(m_f->window->currentScreenId(), QStringLiteral("heat-timer"));
        QCOMPARE(timer()->productBox()->currentText(), QStringLiteral("GENIANI XL Electric Heating Pad"));
    }

    void aWrapStartsAtItsMakersHoursAndShowsTheHeatSafetyLine() {
        m_f->window->showScreen(QStringLiteral("heat-timer"));
        auto* screen = timer();
        screen->chooseProduct(QStringLiteral("ThermaCare Advanced Back & Hip"));
        QCOMPARE(screen->minutesBox()->value(), 480); // the maker: up to 8 hours in a day
        QCOMPARE(screen->minutesBox()->maximum(), 480);
        QCOMPARE(screen->countdown()->text(), QStringLiteral("8:00:00"));
        QVERIFY(screen->instruction()->text().contains(QStringLiteral("up to 8 hours")));
        QVERIFY(screen->startButton()->isEnabled());
        QVERIFY(screen->safetyText()->isVisibleTo(screen));
        QVERIFY(screen->safetyText()->text().contains(QStringLiteral("Never put heat on numb skin")));
        QVERIFY(screen->safetyText()->text().contains(QStringLiteral("Avoid sleeping directly"))); // the author's
        QTest::mouseClick(screen->startButton(), Qt::LeftButton);
        m_f->clock.advance(1h);
        screen->refresh();
        QCOMPARE(screen->countdown()->text(), QStringLiteral("7:00:00"));
        QVERIFY(screen->safetyText()->isVisibleTo(screen)); // in view for the whole session
    }

    void aPadWhoseMakerGivesNoMinutesWaitsForThePersonToSetThem() {
        m_f->window->showScreen(QStringLiteral("heat-timer"));
        auto* screen = timer();
        screen->chooseProduct(QStringLiteral("GENIANI XL Electric Heating Pad"));
        QCOMPARE(screen->minutesBox()->value(), 0); // no number without a source
        QCOMPARE(screen->minutesBox()->text(), QStringLiteral("Set minutes"));
        QVERIFY(!screen->startButton()->isEnabled());
        QVERIFY(screen->instruction()->text().contains(QStringLiteral("Follow the pad's own instructions")));
        screen->minutesBox()->setValue(30);
        QVERIFY(screen->startButton()->isEnabled());
        QCOMPARE(screen->countdown()->text(), QStringLiteral("30:00"));

        // A product typed in, not in the content: the general line, and again no minutes.
        screen->productBox()->setCurrentText(QStringLiteral("Wheat bag"));
        QCOMPARE(screen->minutesBox()->value(), 0);
        QVERIFY(screen->instruction()->text().contains(QStringLiteral("Follow the product's instructions")));
        QVERIFY(!screen->startButton()->isEnabled());
    }

    void aRunningSessionIsFoundAgainAfterACrash() {
        const TimerSession running("heat", "Wheat bag", 20min, m_f->clock.now() - 5min);
        writeSessionFile(running);
        m_f->window->recoverHeatTimer();
        QVERIFY(timer()->session().has_value());
        QCOMPARE(timer()->countdown()->text(), QStringLiteral("15:00"));
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(QStringLiteral("still running")));
        QVERIFY(logged().empty()); // not over yet
    }

    void aSessionThatFinishedWhileClosedIsReportedLoggedAndCleared() {
        TimerSession old("heat", "Wheat bag", 20min, m_f->clock.now() - 3h);
        old.setRecordId("0b6f2a52-5d55-4c1e-9a4e-0e3f6c1d2b7a");
        writeSessionFile(old);
        m_f->window->recoverHeatTimer();
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(QStringLiteral("finished while")));
        QVERIFY(m_f->window->statusBar()->currentMessage().contains(QStringLiteral("20 minute")));
        QVERIFY(!QFile::exists(sessionFile()));
        auto heat = logged();
        QCOMPARE(heat.size(), std::size_t{1});
        QVERIFY(heat[0].finished);
        QCOMPARE(heat[0].duration.count(),
                 std::chrono::milliseconds(20min).count()); // its real length, not the 3 hours away
        QVERIFY(heat[0].startedAt.timePoint() == old.startedAt());

        // A crash after logging but before the file went: found again, it is not logged twice.
        writeSessionFile(old);
        m_f->window->recoverHeatTimer();
        QCOMPARE(logged().size(), std::size_t{1});
    }

    void anUnreadableSessionFileIsSetAsideNotFatal() {
        QFile file(sessionFile());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{not json");
        file.close();
        m_f->window->recoverHeatTimer();
        QVERIFY(!QFile::exists(sessionFile()));
        QVERIFY(QFile::exists(sessionFile() + QStringLiteral(".unreadable")));
    }
};

QTEST_MAIN(TestHeatTimer)
#include "test_heat_timer.moc"
