// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard, as someone on the floor uses it: Enter presses the focused button on every screen, Start hands the
// focus to Pause or Stop, and Tab goes through each screen in the order it reads.
#include "core/store/sample_log.h"
#include "gui/log/episode_log.h"
#include "gui/shell/navigation.h"
#include "gui/tools/breathing_screen.h"
#include "gui/tools/heat_timer_screen.h"
#include "gui_test_support.h"

#include <QAccessible>
#include <QDateTimeEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// The name set on the widget, else the one its accessible interface gives (a button's text). On Linux Qt names an
// editable combo box by its text and lets its form label carry the name, so the set name is asked first.
QString accessibleName(QWidget* w) {
    if (!w->accessibleName().isEmpty()) {
        return w->accessibleName();
    }
    QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
    const QString name = a ? a->text(QAccessible::Name) : QString();
    // The text field inside a combo or spin box is part of it: the box carries the name.
    return name.isEmpty() && w->parentWidget() ? accessibleName(w->parentWidget()) : name;
}

// The first button on the page that Enter should press: shown, enabled, a Tab stop, not a default button.
QAbstractButton* firstButton(ScreenPage* page) {
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        auto* button = qobject_cast<QAbstractButton*>(w);
        auto* push = qobject_cast<QPushButton*>(w);
        if (!page->isAncestorOf(w) || !button || (!push && !qobject_cast<QToolButton*>(w)) || !w->isVisible() ||
            !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || (push && (push->isDefault()))) {
            continue;
        }
        return button;
    }
    return nullptr;
}

// Names of the Tab stops from the screen's first control on, until Tab leaves the screen or comes round again. A
// note with several links keeps the focus while Tab goes from link to link: it is listed once.
QStringList tabOrder(MainWindow& window) {
    ScreenPage* page = window.screen(window.currentScreenId());
    QWidget* first = QApplication::focusWidget();
    if (!first || !page->isAncestorOf(first)) {
        return {};
    }
    QStringList names{accessibleName(first)};
    QWidget* previous = first;
    for (int presses = 0; presses < 200; ++presses) {
        QTest::keyClick(previous, Qt::Key_Tab);
        QWidget* w = QApplication::focusWidget();
        if (!w || !page->isAncestorOf(w) || (w == first && previous != first)) {
            break;
        }
        if (w != previous) {
            names << accessibleName(w);
        }
        previous = w;
    }
    return names;
}

} // namespace

class TestKeyboard : public QObject {
    Q_OBJECT

private:
    spasmguide::test::SampleLogWindows m_windows;

    std::unique_ptr<MainWindow> openWindow() { return m_windows.open(); }

private Q_SLOTS:
    void enterPressesTheFocusedButtonOnEveryScreen() {
        auto window = openWindow();
        // A button may open a question or a file dialog: answered with Cancel (closed), so the loop goes on.
        QTimer closeDialogs;
        connect(&closeDialogs, &QTimer::timeout, this, [] {
            if (QWidget* modal = QApplication::activeModalWidget()) {
                modal->close();
            }
        });
        closeDialogs.start(10);
        int pressed = 0;
        for (const QString& id : window->screenIds()) {
            window->showScreen(id);
            ScreenPage* page = window->screen(id);
            QAbstractButton* button = firstButton(page);
            if (!button) {
                continue; // a screen with no buttons of its own (none at present; counted below)
            }
            button->setFocus(Qt::TabFocusReason);
            QVERIFY2(button->hasFocus(), qPrintable(id));
            QSignalSpy clicked(button, &QAbstractButton::clicked);
            QTest::keyClick(button, Qt::Key_Return);
            QVERIFY2(clicked.count() == 1,
                     qPrintable(QStringLiteral("%1: Enter on '%2'").arg(id, accessibleName(button))));
            ++pressed;
        }
        QVERIFY(pressed >= window->screenIds().size() - 1);
    }

    void keypadEnterPressesTooAndHoldingItDownPressesOnce() {
        auto window = openWindow();
        window->showScreen(screens::kHeatTimer);
        auto* page = static_cast<HeatTimerScreen*>(window->screen(screens::kHeatTimer));
        page->minutesBox()->setValue(15);
        page->startButton()->setFocus();
        QTest::keyClick(page->startButton(), Qt::Key_Enter, Qt::KeypadModifier);
        QVERIFY(page->pauseButton()->isVisible());
        QCOMPARE(page->pauseButton()->text(), QStringLiteral("Pause"));
        QTest::sendKeyEvent(QTest::KeyAction::Press, page->pauseButton(), Qt::Key_Return, QString(), Qt::NoModifier);
        QCOMPARE(page->pauseButton()->text(), QStringLiteral("Resume"));
        QKeyEvent repeat(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier, QString(), true);
        QApplication::sendEvent(page->pauseButton(), &repeat);
        QCOMPARE(page->pauseButton()->text(), QStringLiteral("Resume")); // not pressed again
        page->stopButton()->click();
    }

    void enterInANoteStillStartsANewLine() {
        auto window = openWindow();
        window->showScreen(screens::kCheckIn);
        auto* note = window->screen(screens::kCheckIn)->findChild<QPlainTextEdit*>();
        QVERIFY(note);
        note->setFocus();
        QTest::keyClicks(note, QStringLiteral("stiff"));
        QTest::keyClick(note, Qt::Key_Return);
        QTest::keyClicks(note, QStringLiteral("after sitting"));
        QCOMPARE(note->toPlainText(), QStringLiteral("stiff\nafter sitting"));
        QCOMPARE(window->currentScreenId(), screens::kCheckIn);
    }

    void focusStaysOnTheHeatTimersButtonsSoASecondSpacePauses() {
        auto window = openWindow();
        window->showScreen(screens::kHeatTimer);
        auto* page = static_cast<HeatTimerScreen*>(window->screen(screens::kHeatTimer));
        page->minutesBox()->setValue(15);
        page->startButton()->setFocus();
        QTest::keyClick(page->startButton(), Qt::Key_Space);
        QVERIFY(!page->startButton()->isVisible());
        QCOMPARE(QApplication::focusWidget(), page->pauseButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(page->pauseButton()->text(), QStringLiteral("Resume"));
        QCOMPARE(QApplication::focusWidget(), page->pauseButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(page->pauseButton()->text(), QStringLiteral("Pause"));
        page->stopButton()->setFocus();
        QTest::keyClick(page->stopButton(), Qt::Key_Space);
        QVERIFY(page->startButton()->isVisible());
        QCOMPARE(QApplication::focusWidget(), page->startButton());
    }

    void focusStaysOnTheBreathingPacersButtons() {
        auto window = openWindow();
        window->showScreen(screens::kBreathing);
        auto* page = static_cast<BreathingScreen*>(window->screen(screens::kBreathing));
        page->startButton()->setFocus();
        QTest::keyClick(page->startButton(), Qt::Key_Space);
        QVERIFY(page->stopButton()->isVisible());
        QCOMPARE(QApplication::focusWidget(), page->stopButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QVERIFY(page->startButton()->isVisible());
        QCOMPARE(QApplication::focusWidget(), page->startButton());
    }

    // Tab-order tables: the names a screen reader says, Tab after Tab, from the screen's first control.
    void heatTimerTabsInReadingOrder() {
        auto window = openWindow();
        window->showScreen(screens::kHeatTimer);
        QCOMPARE(tabOrder(*window), (QStringList{QStringLiteral("Heat product"), QStringLiteral("Minutes"),
                                                 QStringLiteral("Sources"), QStringLiteral("\u2190 Back"),
                                                 QStringLiteral("Read this screen aloud"), QStringLiteral("Start")}));
    }

    void breathingTabsInReadingOrder() {
        auto window = openWindow();
        window->showScreen(screens::kBreathing);
        const QStringList order = tabOrder(*window);
        QVERIFY2(order.size() >= 3, qPrintable(order.join(QLatin1String(" | "))));
        // Read aloud is offered from the start (speech is set up on the first press), so it is a Tab stop.
        QCOMPARE(order.mid(order.size() - 3),
                 (QStringList{QStringLiteral("\u2190 Back"), QStringLiteral("Read this screen aloud"),
                              QStringLiteral("Start")}));
    }

    void theMedicationTimeIsOneTabStop() {
        auto window = openWindow();
        window->showScreen(screens::kMedication);
        const QStringList order = tabOrder(*window);
        QCOMPARE(order.count(QStringLiteral("When you took it")), 1);
        QCOMPARE(
            order.mid(order.indexOf(QStringLiteral("What you took"))),
            (QStringList{QStringLiteral("What you took"), QStringLiteral("When you took it"),
                         QStringLiteral("Medicines taken in this episode, oldest first"), QStringLiteral("\u2190 Back"),
                         QStringLiteral("Read this screen aloud"), QStringLiteral("Save in my log")}));
    }

    // Step screens: the content first, then the footer from left to right (Back, the tools, Next).
    void stepFootersTabLeftToRight() {
        auto window = openWindow();
        window->showScreen(screens::stepScreenId("heat"));
        QStringList order = tabOrder(*window);
        const QStringList heatFooter{QStringLiteral("\u2190 Back"), QStringLiteral("Read this screen aloud"),
                                     QStringLiteral("\u25F7  Heat timer"), QStringLiteral("Day-by-day plan"),
                                     QStringLiteral("Next step: Medicate")};
        QCOMPARE(order.mid(order.size() - heatFooter.size()), heatFooter);

        window->showScreen(screens::stepScreenId("medicate"));
        order = tabOrder(*window);
        const QStringList medicateFooter{QStringLiteral("\u2190 Back"),     QStringLiteral("Read this screen aloud"),
                                         QStringLiteral("Slow breathing"),  QStringLiteral("Medication log"),
                                         QStringLiteral("Day-by-day plan"), QStringLiteral("Next step: Identify")};
        QCOMPARE(order.mid(order.size() - medicateFooter.size()), medicateFooter);
    }
};

QTEST_MAIN(TestKeyboard)
#include "test_keyboard.moc"
