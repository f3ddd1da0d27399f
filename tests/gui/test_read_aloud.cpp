// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Read this screen": nothing of speech is loaded until the first request; where there is no speech engine (as in
// the test environment) that request disables it with a reason in the tooltip, on the menu and on each step and
// tool screen's button, and the status bar says it, with no dialog and no crash when pressed.
#include "gui/aids/read_aloud.h"
#include "gui/shell/navigation.h"
#include "gui_test_support.h"

#include <QAction>
#include <QFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>

using namespace spasmguide;

class TestReadAloud : public QObject {
    Q_OBJECT

private:
    static bool anyDialogShown() {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && qobject_cast<QMessageBox*>(w)) {
                return true;
            }
        }
        return false;
    }

    // Whether the process has mapped the speech module (and so Qt TextToSpeech and its plugins). Linux only.
    static bool speechModuleMapped() {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("spasmguide_speech");
    }

private Q_SLOTS:
    // First: a module once loaded stays loaded, so the later tests would hide a load at start-up.
    void speechIsSetUpOnTheFirstRequestOnly() {
        if (!QFile::exists(QStringLiteral("/proc/self/maps"))) {
            QSKIP("needs /proc/self/maps to see which libraries are loaded");
        }
        auto window = test::openWindow();
        window->showScreen(QStringLiteral("step-heat"));
        QCoreApplication::processEvents(); // the first paint, and whatever is queued after it
        window->repaint();
        auto* readAloud = window->readAloud();
        QVERIFY(!readAloud->isInitialised());
        QVERIFY(!speechModuleMapped());
        // Offered before anything is known about the engine.
        QVERIFY(readAloud->action()->isEnabled());
        auto* button = test::onScreen<QPushButton>(*window, QStringLiteral("readAloud"));
        QVERIFY(button && button->isEnabled());

        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(readAloud->isInitialised());
        QVERIFY(speechModuleMapped());
    }

    void withoutAnEngineItIsDisabledWithAReason() {
        auto window = test::openWindow();
        auto* readAloud = window->readAloud();
        QVERIFY(readAloud);
        QSignalSpy said(readAloud, &ReadAloud::unavailable);
        readAloud->action()->trigger(); // the first request
        if (readAloud->isAvailable()) {
            readAloud->action()->trigger(); // stop
            QSKIP("this machine has a speech engine and voice; the test is for one without");
        }
        // Said in words where the person is looking, once, and kept on the action.
        QCOMPARE(said.count(), 1);
        QCOMPARE(said.at(0).at(0).toString(), readAloud->unavailableReason());
        QCOMPARE(window->statusBar()->currentMessage(), readAloud->unavailableReason());
        QVERIFY(!readAloud->action()->isEnabled());
        QVERIFY(!readAloud->unavailableReason().isEmpty());
        QCOMPARE(readAloud->action()->toolTip(), readAloud->unavailableReason());
        QVERIFY(readAloud->action()->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R));

        for (const QString& id :
             {QStringLiteral("step-heat"), QStringLiteral("step-medicate"), screens::kHeatTimer, screens::kBreathing}) {
            window->showScreen(id);
            auto* button = test::onScreen<QPushButton>(*window, QStringLiteral("readAloud"));
            QVERIFY2(button, qPrintable(id));
            QVERIFY(!button->isEnabled());
            QCOMPARE(button->toolTip(), readAloud->unavailableReason());
            QVERIFY(!button->accessibleName().isEmpty());
        }
        // The shortcut and the action do nothing, and say nothing in a dialog.
        QTest::keyClick(window.get(), Qt::Key_R, Qt::ControlModifier);
        readAloud->action()->trigger();
        readAloud->toggle(QStringLiteral("Hello"));
        QVERIFY(!anyDialogShown());
        QVERIFY(!readAloud->isSpeaking());
    }

    // The engine comes from the speech module (CTest points SPASMGUIDE_MODULE_DIR at the build's modules): here
    // it loads, so any reason given is about the machine's speech engine, not a missing part of the app.
    void theSpeechModuleLoadsOnTheFirstRequest() {
        auto window = test::openWindow();
        auto* readAloud = window->readAloud();
        readAloud->toggle(QStringLiteral("Hello"));
        readAloud->toggle(QStringLiteral("Hello")); // stops, where it could speak
        if (!readAloud->isAvailable()) {
            QVERIFY2(!readAloud->unavailableReason().contains(QStringLiteral("missing")),
                     qPrintable(readAloud->unavailableReason()));
        }
    }

    void withoutTheSpeechModuleItSaysSoAndDoesNothing() {
        QTemporaryDir empty; // and the installed folder beside the test binary does not exist either
        const QByteArray saved = qgetenv("SPASMGUIDE_MODULE_DIR");
        qputenv("SPASMGUIDE_MODULE_DIR", empty.path().toLocal8Bit());
        auto window = test::openWindow();
        auto* readAloud = window->readAloud();
        QVERIFY(readAloud->action()->isEnabled()); // nothing is known before the first request
        readAloud->action()->trigger();
        qputenv("SPASMGUIDE_MODULE_DIR", saved);
        QVERIFY(!readAloud->isAvailable());
        QVERIFY(!readAloud->action()->isEnabled());
        QVERIFY2(readAloud->unavailableReason().contains(QStringLiteral("missing")),
                 qPrintable(readAloud->unavailableReason()));
        readAloud->action()->trigger();
        QVERIFY(!anyDialogShown());
        QVERIFY(!readAloud->isSpeaking());
    }

    void theScreensWordsAreReadInOrderWithoutButtons() {
        auto window = test::openWindow();
        window->showScreen(QStringLiteral("step-heat"));
        const QString text = ReadAloud::textOf(window->screen(QStringLiteral("step-heat")));
        const auto title = text.indexOf(QStringLiteral("Heat first"));
        const auto safety = text.indexOf(QStringLiteral("Avoid sleeping directly on an electric heating pad"));
        QVERIFY(title >= 0);
        QVERIFY(safety > title);
        QVERIFY(!text.contains(QStringLiteral("Read aloud")));

        window->showScreen(screens::kTriage);
        const QString triage = ReadAloud::textOf(window->screen(screens::kTriage));
        QVERIFY(triage.contains(QStringLiteral("Loss of bowel or bladder control"))); // tick boxes' words
    }
};

QTEST_MAIN(TestReadAloud)
#include "test_read_aloud.moc"
