// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The breathing pacer through the real window on a fake clock: reached from Step 2, the in and out cues and the
// breath count follow the clock, "text only" hides the animation and is remembered, and Stop reports the session.
#include "../core/fake_clock.h"
#include "gui/settings/app_settings.h"
#include "gui/tools/breathing_screen.h"
#include "gui/widgets/breath_circle.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace std::chrono_literals;
using spasmguide::test::FakeClock;

class TestBreathing : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void thePacerFollowsTheClockAndCountsBreaths() {
        FakeClock clock;
        QTemporaryDir dir;
        EpisodeLog log(dir.path().toStdString(), clock);
        QVERIFY(log.open().isEmpty());
        AppSettings settings(dir.path());
        auto window = test::openWindow(QStringLiteral("US"), test::builtInContent(), &log);
        window->setSettings(&settings, QStringLiteral("US"), Theme::Scheme::Light);
        window->showScreen(QStringLiteral("step-medicate"));
        QTest::mouseClick(test::onScreen<QPushButton>(*window, QStringLiteral("openBreathing")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("breathing"));
        auto* pacer = static_cast<BreathingScreen*>(window->screen(QStringLiteral("breathing")));

        pacer->startButton()->setFocus();
        QTest::keyClick(pacer->startButton(), Qt::Key_Space); // by keyboard
        QVERIFY(pacer->isRunning());
        clock.advance(2s);
        pacer->refresh();
        QCOMPARE(pacer->cue()->text(), QStringLiteral("Breathe in\u2026 2"));
        clock.advance(3s); // 5 s: one second into the 6-second out-breath
        pacer->refresh();
        QCOMPARE(pacer->cue()->text(), QStringLiteral("Breathe out\u2026 5"));
        QVERIFY(pacer->circle()->progress() < 1.0);
        clock.advance(16s); // 21 s: two full breaths of 10 s
        pacer->refresh();
        QCOMPARE(pacer->breaths(), 2);

        QTest::mouseClick(pacer->textOnlyBox(), Qt::LeftButton, {}, QPoint(10, pacer->textOnlyBox()->height() / 2));
        QVERIFY(!pacer->circle()->isVisibleTo(pacer));
        QVERIFY(settings.reducedMotion()); // remembered for next time

        QSignalSpy ended(pacer, &BreathingScreen::sessionEnded);
        QTest::mouseClick(pacer->stopButton(), Qt::LeftButton);
        QCOMPARE(ended.count(), 1);
        QCOMPARE(ended.first().at(2).toInt(), 2);
        QVERIFY(!pacer->isRunning());
        QVERIFY(pacer->cue()->text().contains(QStringLiteral("2 slow breath")));

        // The session lands in an episode started for it.
        const auto current = log.currentEpisode();
        QVERIFY(current.has_value());
        const auto breathing = log.activities(current->id).breathing;
        QCOMPARE(breathing.size(), std::size_t{1});
        QCOMPARE(breathing[0].breaths, 2);
        QCOMPARE(breathing[0].inhaleSeconds, 4);
        QCOMPARE(breathing[0].exhaleSeconds, 6);
        QCOMPARE(breathing[0].duration.count(), std::chrono::milliseconds(21s).count());

        // A start pressed by mistake and stopped before one breath leaves nothing behind.
        QTest::keyClick(pacer->startButton(), Qt::Key_Space);
        QTest::mouseClick(pacer->stopButton(), Qt::LeftButton);
        QCOMPARE(log.activities(current->id).breathing.size(), std::size_t{1});
    }
};

QTEST_MAIN(TestBreathing)
#include "test_breathing.moc"
