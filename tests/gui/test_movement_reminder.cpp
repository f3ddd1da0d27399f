// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The movement reminder through the real window and Settings, on a fake clock: switched on by keyboard, it fires
// after the content's 30 minutes, never in the quiet hours, and never when switched off.
#include "../core/fake_clock.h"
#include "gui/aids/movement_reminder_ticker.h"
#include "gui/log/episode_log.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_screen.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimeEdit>

using namespace spasmguide;
using namespace std::chrono;
using spasmguide::test::FakeClock;

class TestMovementReminder : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::WindowFixture> m_f;

    SettingsScreen* settingsScreen() {
        m_f->window->showScreen(QStringLiteral("settings"));
        return static_cast<SettingsScreen*>(m_f->window->screen(QStringLiteral("settings")));
    }

    // Minutes of the fake clock, checked each minute as the tick would: the minutes a reminder fired at.
    QList<int> firings(int forMinutes) {
        QSignalSpy due(m_f->window->movementReminder(), &MovementReminderTicker::due);
        QList<int> fired;
        for (int m = 1; m <= forMinutes; ++m) {
            m_f->clock.advance(minutes(1));
            m_f->window->movementReminder()->checkNow();
            if (due.count() > fired.size()) {
                fired << m;
            }
        }
        return fired;
    }

    // The fake clock's local time of day in the test machine's zone, `plus` minutes on.
    QTime localTimePlus(int plus) const {
        const auto local = Timestamp::local(m_f->clock.now());
        const auto minute = (local.epochMs / 60000 + local.utcOffsetMinutes + plus) % (24 * 60);
        return QTime(0, 0).addSecs(static_cast<int>(minute) * 60);
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<test::WindowFixture>(
            sys_days{November / 24 / 2026} + hours(10),
            test::WindowOptions{.log = test::WindowOptions::Log::Made, .settings = true});
    }
    void cleanup() { m_f.reset(); }

    void offByDefaultAndSilentWhenOff() {
        QVERIFY(!m_f->settings->movementReminder());
        QVERIFY(m_f->window->movementReminder());
        QVERIFY(!m_f->window->movementReminder()->isTicking());
        QVERIFY(firings(120).isEmpty());
    }

    void switchedOnByKeyboardItFiresEveryThirtyMinutes() {
        auto* screen = settingsScreen();
        QCOMPARE(screen->reminderMinutesBox()->value(), 30);     // the content's default
        screen->quietFromEdit()->setTime(localTimePlus(6 * 60)); // quiet hours well away from now
        screen->quietUntilEdit()->setTime(localTimePlus(8 * 60));
        screen->reminderBox()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(screen->reminderBox(), Qt::Key_Space);
        QVERIFY(m_f->settings->movementReminder());
        QVERIFY(m_f->window->movementReminder()->isTicking());
        QCOMPARE(firings(95), (QList<int>{30, 60, 90}));
        QVERIFY(m_f->window->statusBar()->currentMessage().startsWith(QStringLiteral("Time to change position")));

        // A shorter interval, typed in: counted from the change.
        screen->reminderMinutesBox()->setFocus(Qt::TabFocusReason);
        screen->reminderMinutesBox()->selectAll();
        QTest::keyClicks(screen->reminderMinutesBox(), QStringLiteral("10"));
        QCOMPARE(m_f->settings->movementReminderMinutes(), 10);
        QCOMPARE(firings(25), (QList<int>{10, 20}));

        // Switched off again: nothing more.
        QTest::keyClick(screen->reminderBox(), Qt::Key_Space);
        QVERIFY(!m_f->settings->movementReminder());
        QVERIFY(!m_f->window->movementReminder()->isTicking());
        QVERIFY(firings(120).isEmpty());
    }

    void silentInTheQuietHours() {
        auto* screen = settingsScreen();
        screen->quietFromEdit()->setTime(localTimePlus(-60 + 24 * 60)); // from an hour ago
        screen->quietUntilEdit()->setTime(localTimePlus(2 * 60));       // until two hours from now
        screen->reminderBox()->setChecked(true);
        // Nothing in the two quiet hours, then a full interval after they end.
        QCOMPARE(firings(3 * 60), (QList<int>{150, 180}));
    }
};

QTEST_MAIN(TestMovementReminder)
#include "test_movement_reminder.moc"
