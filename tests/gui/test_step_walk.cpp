// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui_test_support.h"

#include <QDesktopServices>
#include <QLabel>
#include <QTranslator>
#include <QUrl>

using namespace spasmguide;
using namespace spasmguide::test;

class TestStepWalk : public QObject {
    Q_OBJECT

private:
    static void click(MainWindow& window, const QString& name) {
        auto* button = onScreen<QPushButton>(window, name);
        QVERIFY2(button && button->isVisible(), qPrintable(name));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private Q_SLOTS:
    void nextAndBackWalkEveryStep() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("step-heat"));
        QCOMPARE(onScreen<QPushButton>(*window, QStringLiteral("stepNext"))->text(),
                 QStringLiteral("Next: Medicate \u2192"));
        click(*window, QStringLiteral("stepNext"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-medicate"));
        click(*window, QStringLiteral("stepNext"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-identify"));
        QVERIFY(!onScreen<QPushButton>(*window, QStringLiteral("stepNext"))->isVisible());
        click(*window, QStringLiteral("stepBack"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-medicate"));
        click(*window, QStringLiteral("stepBack"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-heat"));
        click(*window, QStringLiteral("stepBack"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
    }

    void stepScreensShowTheirContent() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("step-identify"));
        QCOMPARE(onScreen<QLabel>(*window, QStringLiteral("stepTitle"))->text(),
                 QStringLiteral("Identify why the spasm happened"));
        window->showScreen(QStringLiteral("step-heat"));
        QCOMPARE(window->screen(QStringLiteral("step-heat"))
                     ->findChildren<QPushButton*>(QStringLiteral("productLink"))
                     .size(),
                 3);
    }

    void altShortcutsJumpBetweenSteps() {
        auto window = openWindow();
        QTest::keyClick(window.get(), Qt::Key_2, Qt::AltModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-medicate"));
        QTest::keyClick(window.get(), Qt::Key_3, Qt::AltModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-identify"));
        QTest::keyClick(window.get(), Qt::Key_Left, Qt::AltModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-medicate"));
        QTest::keyClick(window.get(), Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-identify"));
        QTest::keyClick(window.get(), Qt::Key_1, Qt::AltModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("step-heat"));
    }

    void getHelpNowWorksFromEveryStepAndComesBack() {
        auto window = openWindow();
        for (const auto* step : {"step-heat", "step-medicate", "step-identify"}) {
            const QString id = QString::fromLatin1(step);
            window->showScreen(id);
            QVERIFY(window->helpButton()->isVisible());
            QTest::mouseClick(window->helpButton(), Qt::LeftButton);
            QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
            click(*window, QStringLiteral("careBack"));
            QCOMPARE(window->currentScreenId(), id);
        }
    }

    void getHelpNowHasAKeyboardShortcut() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("step-medicate"));
        QTest::keyClick(window.get(), Qt::Key_G, Qt::ControlModifier);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
    }

    void linksOpenTheBrowserOnlyWhenClicked() {
        UrlRecorder browser;
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &browser, "open");
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
        }
        QVERIFY(browser.opened.isEmpty());
        window->showScreen(QStringLiteral("step-heat"));
        auto links =
            window->screen(QStringLiteral("step-heat"))->findChildren<QPushButton*>(QStringLiteral("productLink"));
        QVERIFY(!links.isEmpty());
        QTest::mouseClick(links.first(), Qt::LeftButton);
        QCOMPARE(browser.opened.size(), 1);
        QCOMPARE(browser.opened.first().scheme(), QStringLiteral("https"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void aboutShowsTheContentVersionAndReviewStatus() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("about"));
        const QString facts = onScreen<QLabel>(*window, QStringLiteral("contentFacts"))->text();
        QVERIFY(facts.contains(QStringLiteral("version 1.0.0")));
        QVERIFY(facts.contains(QStringLiteral("Review status: Draft")));
        click(*window, QStringLiteral("aboutBack"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("triage"));
    }

    void aboutListsEveryPartsReviewStatusInWords() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("about"));
        const QString parts = onScreen<QLabel>(*window, QStringLiteral("partReviews"))->text();
        for (const char* part : {"Warning signs and care advice", "The three steps",
                                 "Common patterns and the pattern finder", "Day-by-day plan", "Emergency numbers"}) {
            QVERIFY2(parts.contains(QLatin1String(part) + QStringLiteral(": Draft, not yet reviewed")), part);
        }
        QVERIFY(!parts.contains(QStringLiteral("Approved"))); // the shipped content is a draft: nothing claims more
        QVERIFY(parts.contains(QStringLiteral("2026-12-07")));
    }

    void aboutListsThePartsInSpanishToo() {
        QTranslator translator;
        QVERIFY(translator.load(QStringLiteral(":/i18n/spasmguide_es.qm")));
        QCoreApplication::installTranslator(&translator);
        ContentLoader loader;
        auto window = openWindow(QStringLiteral("ES"), loadContent(loader, {}, QStringLiteral("es")));
        window->showScreen(QStringLiteral("about"));
        const QString parts = onScreen<QLabel>(*window, QStringLiteral("partReviews"))->text();
        QCoreApplication::removeTranslator(&translator);
        QVERIFY2(parts.contains(QStringLiteral("Señales de alarma")), qPrintable(parts));
        QVERIFY(parts.contains(QStringLiteral("Traducción de los mantenedores de SpasmGuide")));
    }
};

QTEST_MAIN(TestStepWalk)
#include "test_step_walk.moc"
