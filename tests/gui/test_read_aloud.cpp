// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// "Read this screen" where there is no speech engine (as in the test environment): disabled with a reason in the
// tooltip, on the menu and on each step and tool screen's button, with no dialog and no crash when pressed.
#include "gui_test_support.h"
#include "navigation.h"
#include "read_aloud.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>

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
