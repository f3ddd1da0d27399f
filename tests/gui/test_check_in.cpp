// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "../core/fake_clock.h"
#include "gui/checkin/check_in_screen.h"
#include "gui/widgets/body_map.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace spasmguide;
using spasmguide::test::FakeClock;

Q_DECLARE_METATYPE(spasmguide::CheckIn)

class TestCheckIn : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;

    std::unique_ptr<CheckInScreen> openScreen() {
        Theme::apply(*qApp, Theme::Scheme::Light);
        auto screen = std::make_unique<CheckInScreen>(m_clock);
        screen->setContent(*test::builtInContent().bundle);
        screen->resize(1280, 800);
        screen->show();
        screen->activateWindow();
        if (!QTest::qWaitForWindowActive(screen.get())) {
            qWarning("check-in window did not become active");
        }
        screen->clear();
        return screen;
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<CheckIn>(); }

    void painNothingNewAndSaveByKeyboardAlone() {
        auto screen = openScreen();
        QSignalSpy saved(screen.get(), &CheckInScreen::saveRequested);
        QVERIFY(!screen->saveButton()->isEnabled());
        screen->setFocus();
        QTest::keyClick(screen.get(), Qt::Key_7);
        QVERIFY(!screen->saveButton()->isEnabled()); // "anything new?" is not answered yet
        QTest::keyClick(screen.get(), Qt::Key_N);
        QVERIFY(screen->saveButton()->isEnabled());
        QTest::keyClick(screen.get(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(saved.count(), 1);
        const auto entry = saved.first().first().value<CheckIn>();
        QCOMPARE(entry.pain, 7);
        QVERIFY(!entry.newRedFlag);
        QCOMPARE(entry.at.timePoint(), m_clock.now());
    }

    void upAndDownAdjustThePain() {
        auto screen = openScreen();
        screen->setFocus();
        QTest::keyClick(screen.get(), Qt::Key_9);
        QTest::keyClick(screen.get(), Qt::Key_Up);
        QVERIFY(screen->painButton(10)->isChecked());
        QTest::keyClick(screen.get(), Qt::Key_Up);
        QVERIFY(screen->painButton(10)->isChecked());
        QTest::keyClick(screen.get(), Qt::Key_Down);
        QVERIFY(screen->painButton(9)->isChecked());
    }

    void bodyMapSelectionKeepsBelowTheKneeApart() {
        auto screen = openScreen();
        QTest::mouseClick(screen->bodyMap()->button(BodyArea::BelowKneeLeft), Qt::LeftButton);
        QTest::mouseClick(screen->bodyMap()->button(BodyArea::LowBackCentre), Qt::LeftButton);
        const auto areas = screen->draft().areas;
        QCOMPARE(areas, (std::set<BodyArea>{BodyArea::BelowKneeLeft, BodyArea::LowBackCentre}));
        QVERIFY(screen->bodyMap()->button(BodyArea::BelowKneeLeft)->text().startsWith(QStringLiteral("\u2713")));
        QCOMPARE(screen->bodyMap()->button(BodyArea::BelowKneeLeft)->accessibleName(),
                 QStringLiteral("Below the knee, left"));
        if (const QString dir = qEnvironmentVariable("SPASMGUIDE_TEST_SHOTS"); !dir.isEmpty()) {
            screen->painButton(6)->setChecked(true);
            screen->grab().save(dir + QStringLiteral("/checkin.png"));
        }
        QTest::mouseClick(screen->bodyMap()->button(BodyArea::BelowKneeLeft), Qt::LeftButton);
        QCOMPARE(screen->draft().areas, (std::set<BodyArea>{BodyArea::LowBackCentre}));
    }

    void everyOptionalFieldReachesTheDraft() {
        auto screen = openScreen();
        screen->findChild<QCheckBox*>(QStringLiteral("lifting"))->setChecked(true);
        screen->findChild<QCheckBox*>(QStringLiteral("ice"))->setChecked(true);
        screen->findChild<QLineEdit*>(QStringLiteral("freeTags"))->setText(QStringLiteral("gardening, , long drive "));
        screen->findChild<QCheckBox*>(QStringLiteral("usedHeat"))->setChecked(true);
        screen->findChild<QLineEdit*>(QStringLiteral("medicationName"))->setText(QStringLiteral("Methocarbamol"));
        const QString longNote(100000, QLatin1Char('x')); // no length limit
        screen->findChild<QPlainTextEdit*>(QStringLiteral("checkInNote"))->setPlainText(longNote);
        const auto entry = screen->draft();
        QCOMPARE(entry.triggers, std::vector<std::string>{"lifting"});
        QCOMPARE(entry.worse, std::vector<std::string>{"ice"});
        QCOMPARE(entry.freeTags, (std::vector<std::string>{"gardening", "long drive"}));
        QVERIFY(entry.heat.has_value());
        QCOMPARE(entry.heat->minutes, 20);
        QCOMPARE(entry.heat->product, std::string("ThermaCare Advanced Back & Hip"));
        QCOMPARE(entry.medications.size(), std::size_t{1});
        QCOMPARE(entry.medications.front().name, std::string("Methocarbamol"));
        QCOMPARE(entry.note.size(), std::size_t{100000});
    }

    void somethingNewIsReportedAtOnce() {
        auto screen = openScreen();
        QSignalSpy flagged(screen.get(), &CheckInScreen::newWarningSign);
        QTest::mouseClick(screen->painButton(8), Qt::LeftButton);
        QTest::mouseClick(screen->somethingNewButton(), Qt::LeftButton);
        QCOMPARE(flagged.count(), 1);
        const auto entry = flagged.first().first().value<CheckIn>();
        QVERIFY(entry.newRedFlag);
        QVERIFY(entry.pain == 8);
    }

    void somethingNewNeedsNoPainNumberFirst() {
        auto screen = openScreen();
        QSignalSpy flagged(screen.get(), &CheckInScreen::newWarningSign);
        QTest::mouseClick(screen->somethingNewButton(), Qt::LeftButton);
        QCOMPARE(flagged.count(), 1);
        const auto entry = flagged.first().first().value<CheckIn>();
        QVERIFY(entry.newRedFlag);
        QVERIFY(!entry.pain.has_value());
    }

    void whatWasTypedStaysUntilSaved() {
        auto screen = openScreen();
        screen->findChild<QPlainTextEdit*>(QStringLiteral("checkInNote"))->setPlainText(QStringLiteral("left hip"));
        screen->hide();
        screen->show();
        QCOMPARE(screen->draft().note, std::string("left hip"));
        screen->clear();
        QVERIFY(screen->draft().note.empty());
    }
};

QTEST_MAIN(TestCheckIn)
#include "test_check_in.moc"
