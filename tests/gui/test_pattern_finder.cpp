// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pattern finder through the real window: from Step 3, answers pre-filled from the log, keyboard only to a
// result that is saved with the episode; no match said kindly; one answer per one-answer question.
#include "../core/fake_clock.h"
#include "gui/log/episode_log.h"
#include "gui/patterns/pattern_finder_screen.h"
#include "gui/patterns/pattern_result_screen.h"
#include "gui/widgets/callout.h"
#include "gui_test_support.h"

#include <QAbstractButton>
#include <QLabel>
#include <QTemporaryDir>

using namespace spasmguide;
using spasmguide::test::FakeClock;

class TestPatternFinder : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;

    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<EpisodeLog> log;
        std::unique_ptr<MainWindow> window;
        std::string episodeId;
    };

    // A log whose open episode had pain below the left knee after lifting.
    std::unique_ptr<Fixture> open(bool withLog = true) {
        auto f = std::make_unique<Fixture>();
        if (withLog) {
            f->log = std::make_unique<EpisodeLog>(f->dir.path().toStdString(), m_clock);
            if (!f->log->open().isEmpty()) {
                qWarning("unexpected log message");
            }
            Episode episode;
            episode.startedAt = Timestamp::local(m_clock.now());
            f->episodeId = f->log->store()->startEpisode(episode);
            CheckIn checkIn;
            checkIn.episodeId = f->episodeId;
            checkIn.at = episode.startedAt;
            checkIn.pain = 7;
            checkIn.areas = {BodyArea::LowBackCentre, BodyArea::BelowKneeLeft};
            checkIn.triggers = {"lifting"};
            f->log->store()->addCheckIn(checkIn);
        }
        f->window = test::openWindow(QStringLiteral("US"), test::builtInContent(), f->log.get());
        f->window->activateWindow();
        if (!QTest::qWaitForWindowActive(f->window.get())) {
            qWarning("window not active");
        }
        return f;
    }

    static PatternFinderScreen* finder(MainWindow& window) {
        return static_cast<PatternFinderScreen*>(window.screen(QStringLiteral("pattern-finder")));
    }
    static PatternResultScreen* result(MainWindow& window) {
        return static_cast<PatternResultScreen*>(window.screen(QStringLiteral("pattern-result")));
    }
    static void press(QWidget* widget, Qt::Key key = Qt::Key_Space) {
        widget->setFocus(Qt::TabFocusReason);
        QTest::keyClick(widget, key);
    }

private Q_SLOTS:
    void theKeyboardReachesASavedResultFromStepThree() {
        auto f = open();
        auto& window = *f->window;
        window.showScreen(QStringLiteral("step-identify"));
        press(test::onScreen<QPushButton>(window, QStringLiteral("openPatternFinder")));
        QCOMPARE(window.currentScreenId(), QStringLiteral("pattern-finder"));

        // Pre-filled from the log: below the knee (body map) and lifting (trigger).
        auto* page = finder(window);
        QVERIFY(page->answerButton(QStringLiteral("leg"), QStringLiteral("below-knee"))->isChecked());
        QVERIFY(page->answerButton(QStringLiteral("before"), QStringLiteral("lifting"))->isChecked());
        QVERIFY(test::onScreen<QLabel>(window, QStringLiteral("finderPrefillNote"))->isVisible());

        // Tab from the first answer moves on; Space chooses.
        auto* twisting = page->answerButton(QStringLiteral("arching-twisting"), QStringLiteral("yes"));
        press(twisting);
        QVERIFY(twisting->isChecked());
        QVERIFY(page->isTouched());
        // A pattern is mentioned only with at least two answers that support it: tingling (sciatica, disc) and a
        // twist before it (overload) make three.
        press(page->answerButton(QStringLiteral("leg-tingling"), QStringLiteral("yes")));
        press(page->answerButton(QStringLiteral("before"), QStringLiteral("twisting")));
        press(page->resultButton());
        QCOMPARE(window.currentScreenId(), QStringLiteral("pattern-result"));

        auto* shown = result(window);
        const auto& fits = shown->outcome().fits;
        QCOMPARE(fits.size(), std::size_t{3});
        QCOMPARE(fits[0].patternId, std::string("sciatica"));
        QVERIFY(test::onScreen<QFrame>(window, QStringLiteral("fit-overload")));
        QVERIFY(test::onScreen<QFrame>(window, QStringLiteral("fit-disc")));
        QVERIFY(!window.screen(QStringLiteral("pattern-result"))->findChild<QFrame*>(QStringLiteral("fit-facet")));
        auto* card = test::onScreen<QFrame>(window, QStringLiteral("fit-sciatica"));
        QStringList texts;
        for (auto* label : card->findChildren<QLabel*>()) {
            texts << label->text();
        }
        const QString all = texts.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Yes, below the knee")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("prolonged sitting")), qPrintable(all));
        QVERIFY(test::onScreen<Callout>(window, QStringLiteral("resultDisclaimer")));

        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        // A button's shortcut "animates" the click: it lands a moment later.
        QTRY_VERIFY2(shown->statusLabel()->text().startsWith(QStringLiteral("Saved with this episode")),
                     qPrintable(shown->statusLabel()->text()));
        const auto saved = f->log->latestPatternResult(f->episodeId);
        QVERIFY(saved.has_value());
        QCOMPARE(saved->fits.front(), (PatternFit{"sciatica", 4}));
        QCOMPARE(saved->answers.at("leg"), std::vector<std::string>{"below-knee"});
        QCOMPARE(saved->answers.at("arching-twisting"), std::vector<std::string>{"yes"});
        QCOMPARE(saved->contentVersion, window.content().bundle->manifest.version);
    }

    void noMatchIsSaidKindlyAndWithoutALogThereIsNoSave() {
        auto f = open(false);
        auto& window = *f->window;
        window.showScreen(QStringLiteral("pattern-finder"));
        auto* page = finder(window);
        QVERIFY(page->answers().empty()); // nothing to pre-fill from
        QTest::mouseClick(page->answerButton(QStringLiteral("leg"), QStringLiteral("back-only")), Qt::LeftButton);
        press(page->resultButton(), Qt::Key_Space);
        QCOMPARE(window.currentScreenId(), QStringLiteral("pattern-result"));
        QVERIFY(result(window)->outcome().noMatch());
        QVERIFY(test::onScreen<QLabel>(window, QStringLiteral("resultNoMatch"))->isVisible());
        QVERIFY(!result(window)->saveButton()->isVisible());
        press(test::onScreen<QPushButton>(window, QStringLiteral("resultChangeAnswers")));
        QCOMPARE(window.currentScreenId(), QStringLiteral("pattern-finder"));
    }

    void aOneAnswerQuestionKeepsOneAnswer() {
        auto f = open(false);
        auto& window = *f->window;
        window.showScreen(QStringLiteral("pattern-finder"));
        auto* page = finder(window);
        auto* below = page->answerButton(QStringLiteral("leg"), QStringLiteral("below-knee"));
        auto* above = page->answerButton(QStringLiteral("leg"), QStringLiteral("above-knee"));
        press(below);
        press(above);
        QVERIFY(above->isChecked());
        QVERIFY(!below->isChecked());
        press(above); // a second press takes the answer back
        QVERIFY(page->answers().empty());
        // Several answers where the question allows them.
        press(page->answerButton(QStringLiteral("before"), QStringLiteral("stress")));
        press(page->answerButton(QStringLiteral("before"), QStringLiteral("poor-sleep")));
        QCOMPARE(page->answers().at("before").size(), std::size_t{2});
    }

    void aSavedResultIsWhatTheResultScreenShowsWhenOpenedDirectly() {
        auto f = open();
        SavedPatternResult saved;
        saved.episodeId = f->episodeId;
        saved.savedAt = Timestamp::local(m_clock.now());
        saved.fits = {{"si-joint", 2}};
        saved.answers = {{"pelvis", {"yes"}}, {"stairs-rolling", {"yes"}}};
        QVERIFY(f->log->savePatternResult(saved));
        auto& window = *f->window;
        window.showScreen(QStringLiteral("pattern-result"));
        QVERIFY(test::onScreen<QFrame>(window, QStringLiteral("fit-si-joint")));
        QVERIFY(result(window)->statusLabel()->text().startsWith(QStringLiteral("Saved on")));
        // The finder starts from the saved answers, not from the check-ins.
        auto* page = finder(window);
        QVERIFY(page->answerButton(QStringLiteral("pelvis"), QStringLiteral("yes"))->isChecked());
        QVERIFY(!page->answerButton(QStringLiteral("leg"), QStringLiteral("below-knee"))->isChecked());
    }
};

QTEST_MAIN(TestPatternFinder)
#include "test_pattern_finder.moc"
