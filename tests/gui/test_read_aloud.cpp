// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Read this screen" where there is no speech engine (as in the test environment): disabled with a reason in the
// tooltip, on the menu and on each step and tool screen's button, with no dialog and no crash when pressed.
#include "gui/aids/read_aloud.h"
#include "gui/shell/navigation.h"
#include "gui_test_support.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
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

private Q_SLOTS:
    void withoutAnEngineItIsDisabledWithAReason() {
        auto window = test::openWindow();
        auto* readAloud = window->readAloud();
        QVERIFY(readAloud);
        QVERIFY(!readAloud->action()->isEnabled()); // before the first paint's initialise() too
        window->initialiseReadAloud();
        if (readAloud->isAvailable()) {
            QSKIP("this machine has a speech engine and voice; the test is for one without");
        }
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
    void theSpeechModuleLoadsAfterTheFirstPaint() {
        auto window = test::openWindow();
        window->initialiseReadAloud();
        auto* readAloud = window->readAloud();
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
        window->initialiseReadAloud();
        qputenv("SPASMGUIDE_MODULE_DIR", saved);
        auto* readAloud = window->readAloud();
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
