// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"
#include "screens/triage_screen.h"
#include "widgets/link_label.h"

#include <QCheckBox>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>

using namespace spasmguide;
using namespace spasmguide::test;

class TestTriageFlow : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void startsOnTheTriageScreenWithContinueFocused() {
        auto window = openWindow();
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
        auto* button = onScreen<QPushButton>(*window, QStringLiteral("triageContinue"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("None of these \u2014 continue"));
        QCOMPARE(QApplication::focusWidget(), button);
    }

    void enterOnTheTriageScreenShowsStepOne() {
        auto window = openWindow();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-heat"));
    }

    void enterWorksWhereverFocusIsOnTheTriageScreen() {
        auto window = openWindow();
        auto* box = onScreen<QCheckBox>(*window, QStringLiteral("sign-fever-chills"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Enter);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-heat"));
    }

    void tickingAnEmergencySignShowsTheCareScreen() {
        auto window = openWindow();
        QTest::mouseClick(onScreen<QCheckBox>(*window, QStringLiteral("sign-saddle-numbness")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
        QCOMPARE(onScreen<QLabel>(*window, QStringLiteral("emergencyNumber"))->text(), QStringLiteral("Call 911"));
        QVERIFY(!window->helpButton()->isVisible());
    }

    void tickingByKeyboardShowsTheCareScreenToo() {
        auto window = openWindow();
        auto* box = onScreen<QCheckBox>(*window, QStringLiteral("sign-bowel-bladder"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
    }

    void theCareScreenListsTheTickedSignsAndGoesBackWithTheTickKept() {
        auto window = openWindow();
        QTest::mouseClick(onScreen<QCheckBox>(*window, QStringLiteral("sign-chest-pain")), Qt::LeftButton);
        const auto labels = window->screen(QStringLiteral("care"))->findChildren<QLabel*>();
        const bool listed = std::any_of(labels.begin(), labels.end(), [](QLabel* l) {
            return l->text().contains(QStringLiteral("Chest pain together with the back pain"));
        });
        QVERIFY(listed);
        QTest::mouseClick(onScreen<QPushButton>(*window, QStringLiteral("careBack")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
        QVERIFY(onScreen<QCheckBox>(*window, QStringLiteral("sign-chest-pain"))->isChecked());
    }

    void clickingASignsTextTicksIt() {
        auto window = openWindow();
        auto* box = onScreen<QCheckBox>(*window, QStringLiteral("sign-weight-loss"));
        // The sign's text is part of its check box's row: a click on the text, well right of the box, ticks it.
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->width() / 2, 10));
        QVERIFY(box->isChecked());
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
        QCOMPARE(onScreen<QPushButton>(*window, QStringLiteral("triageContinue"))->text(), QStringLiteral("Continue"));
    }

    void aSameDaySignNeedsAcknowledgingBeforeTheSteps() {
        auto window = openWindow(QStringLiteral("GB"));
        QTest::mouseClick(onScreen<QCheckBox>(*window, QStringLiteral("sign-past-cancer")), Qt::LeftButton);
        QTest::mouseClick(onScreen<QPushButton>(*window, QStringLiteral("triageContinue")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("same-day"));
        QCOMPARE(onScreen<QLabel>(*window, QStringLiteral("sameDayNumber"))->text(),
                 QStringLiteral("Same-day advice: NHS (not in N. Ireland), call 111"));

        auto* next = onScreen<QPushButton>(*window, QStringLiteral("sameDayContinue"));
        QVERIFY(!next->isEnabled());
        auto* acknowledge = onScreen<QCheckBox>(*window, QStringLiteral("sameDayAcknowledge"));
        acknowledge->setFocus();
        QTest::keyClick(acknowledge, Qt::Key_Space);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-heat"));
    }

    void theEmergencyNumberFollowsTheRegion() {
        auto window = openWindow(QStringLiteral("AU"));
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(onScreen<QLabel>(*window, QStringLiteral("emergencyNumber"))->text(), QStringLiteral("Call 000"));
        auto unknown = openWindow(QStringLiteral("ZZ"));
        unknown->showScreen(QStringLiteral("care"));
        QCOMPARE(onScreen<QLabel>(*unknown, QStringLiteral("emergencyNumber"))->text(),
                 QStringLiteral("Call your local emergency number")); // never another country's number
    }

    void theSourceLinkOpensFromTheKeyboard() {
        auto window = openWindow();
        auto* note = window->screen(QStringLiteral("triage"))->findChild<LinkLabel*>();
        QVERIFY(note);
        QCOMPARE(note->linkCount(), 1);
        QVERIFY(note->text().endsWith(QStringLiteral("(source)")));
        note->setOpenExternalLinks(false); // no browser in a test
        QSignalSpy opened(note, &LinkLabel::linkActivated);
        note->setFocus(Qt::TabFocusReason);
        QTest::keyClick(note, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toUrl(), note->linkUrl(0));
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage")); // Enter opened the link, not Step 1
    }

    void allSignsFitWithoutScrollingAt1280x800() {
        auto window = openWindow();
        auto* scroll = window->screen(QStringLiteral("triage"))->findChild<QScrollArea*>();
        QVERIFY(scroll);
        QCOMPARE(scroll->verticalScrollBar()->maximum(), 0);
    }
};

QTEST_MAIN(TestTriageFlow)
#include "test_triage_flow.moc"
