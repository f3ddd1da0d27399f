// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The day-by-day plan screen: reached from the steps and the Guide menu, "no episode open" with a way to start
// one, the day counted on an injected clock and zone, and today's checklist ticked by keyboard and kept in the log.
#include "../core/fake_clock.h"
#include "gui/log/episode_log.h"
#include "gui/plan/plan_feature.h"
#include "gui/plan/plan_screen.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/sign_row.h"
#include "gui_test_support.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace std::chrono;
using spasmguide::test::FakeClock;

namespace {

class FixedZone final : public TimeZone {
public:
    explicit FixedZone(int offset) : m_offset(offset) {}
    [[nodiscard]] int utcOffsetMinutes(system_clock::time_point) const override { return m_offset; }

private:
    int m_offset;
};

} // namespace

class TestPlan : public QObject {
    Q_OBJECT

private:
    struct Fixture {
        QTemporaryDir dir;
        FakeClock clock{sys_days{November / 24 / 2026} + hours(9)};
        std::unique_ptr<EpisodeLog> log;
        std::unique_ptr<MainWindow> window;
    };

    static std::unique_ptr<Fixture> open() {
        auto f = std::make_unique<Fixture>();
        f->log = std::make_unique<EpisodeLog>(f->dir.path().toStdString(), f->clock);
        if (!f->log->open().isEmpty()) {
            qWarning("unexpected log message");
        }
        f->window = test::openWindow(QStringLiteral("US"), test::builtInContent(), f->log.get());
        f->window->activateWindow();
        if (!QTest::qWaitForWindowActive(f->window.get())) {
            qWarning("window not active");
        }
        return f;
    }

private Q_SLOTS:
    void withoutAnEpisodeItSaysSoAndStartsOneByKeyboard() {
        auto f = open();
        auto& window = *f->window;
        QTest::keyClick(&window, Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(window.currentScreenId(), screens::kPlan);
        auto* page = static_cast<PlanScreen*>(window.screen(screens::kPlan));
        QCOMPARE(page->dayHeading()->text(), QStringLiteral("No episode is open"));
        QVERIFY(!page->checklist().isEmpty());
        for (auto* row : page->checklist()) {
            QVERIFY(!row->isEnabled()); // day 1's items are shown, but ticks need an episode
        }
        QCOMPARE(page->checklist().first()->signId(), QStringLiteral("heat-sessions"));
        // The start button is the first control: Space presses it.
        QCOMPARE(QApplication::focusWidget(), page->startButton());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_VERIFY(page->startButton() == nullptr);
        QVERIFY(f->log->currentEpisode().has_value());
        QCOMPARE(page->dayHeading()->text(), QStringLiteral("Day 1 of this episode"));

        // Focus is on the first item: Space ticks it, saved at once in this episode's day 1.
        auto* first = page->checklist().first();
        QVERIFY(first->isEnabled());
        QTRY_COMPARE(QApplication::focusWidget(), first);
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(first->isChecked());
        const auto episodeId = f->log->currentEpisode()->id;
        QCOMPARE(f->log->planTicks(episodeId, 1), std::vector<std::string>{"heat-sessions"});
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(f->log->planTicks(episodeId, 1).empty());
        QTest::keyClick(first, Qt::Key_Space);

        // Shown again later, the tick is still there; Back returns to where the person was.
        QTest::keyClick(&window, Qt::Key_Left, Qt::AltModifier);
        QVERIFY(window.currentScreenId() != screens::kPlan);
        window.showScreen(screens::kPlan);
        QVERIFY(page->checklist().first()->isChecked());
        QVERIFY(!page->checklist().at(1)->isChecked());
    }

    void theStepsLeadToThePlan() {
        auto f = open();
        auto& window = *f->window;
        window.showScreen(QStringLiteral("step-heat"));
        auto* button = test::onScreen<QPushButton>(window, QStringLiteral("openPlan"));
        QVERIFY(button);
        QVERIFY(!button->accessibleName().isEmpty() || !button->text().isEmpty());
        QVERIFY(button->height() >= 44);
        button->click();
        QCOMPARE(window.currentScreenId(), screens::kPlan);
    }

    void theDayTurnsAtTheZonesMidnightAndEachDayHasItsOwnTicks() {
        QTemporaryDir dir;
        FakeClock clock(sys_days{November / 23 / 2026} + hours(22) + minutes(50)); // 23:50 at UTC+1
        EpisodeLog log(dir.path().toStdString(), clock);
        QVERIFY(log.open().isEmpty());
        Episode episode;
        episode.startedAt = Timestamp::fromTimePoint(clock.now(), 60);
        const auto id = log.store()->startEpisode(episode);
        const FixedZone berlin(60);
        PlanScreen page(log, berlin);
        const PlanFeature feature(log, page);        // saves the ticks, as in the window
        const auto content = test::builtInContent(); // the screen keeps a reference to it
        page.setContent(*content.bundle);
        page.resize(1280, 800);
        page.show();
        QCOMPARE(page.day(), 1);
        const auto status = [&page] { return page.findChild<QLabel*>(QStringLiteral("planStatus"))->text(); };
        QVERIFY2(status().endsWith(QStringLiteral("The first 48\u201372 hours (days 1\u20133)")), qPrintable(status()));
        page.checklist().first()->click();
        QCOMPARE(log.planTicks(id, 1).size(), std::size_t{1});

        clock.advance(minutes(10)); // 00:00 in Berlin: day 2, with its own empty checklist
        page.refresh();
        QCOMPARE(page.day(), 2);
        QCOMPARE(page.dayHeading()->text(), QStringLiteral("Day 2 of this episode"));
        QVERIFY(!page.checklist().first()->isChecked());

        clock.advance(hours(24 * 2)); // day 4: the next phase, whose first item is another
        page.refresh();
        QCOMPARE(page.day(), 4);
        QCOMPARE(page.checklist().first()->signId(), QStringLiteral("return-to-activity"));
        // The phase's title names its days already, so they are not repeated after it.
        QVERIFY2(status().endsWith(QStringLiteral("\u00b7 Days 4\u201313")), qPrintable(status()));
        auto* next = page.findChild<QLabel*>(QStringLiteral("planNext"));
        QVERIFY(next);
        QVERIFY(next->text().startsWith(QStringLiteral("From day 14 (")));
        QVERIFY(page.findChild<QLabel*>(QStringLiteral("planReview"))
                    ->text()
                    .contains(QStringLiteral("Draft, not yet reviewed")));
    }

    void aTickThatCannotBeSavedIsUndoneAndReported() {
        QTemporaryDir dir;
        FakeClock clock;
        EpisodeLog log(dir.path().toStdString(), clock);
        QVERIFY(log.open().isEmpty());
        log.startEpisode({});
        const FixedZone utc(0);
        PlanScreen page(log, utc);
        const PlanFeature feature(log, page);
        const auto content = test::builtInContent(); // the screen keeps a reference to it
        page.setContent(*content.bundle);
        page.show();
        QVERIFY(log.deleteEpisode(page.episode()->id)); // deleted behind the screen's back
        QSignalSpy problems(&page, &PlanScreen::problem);
        page.checklist().first()->click();
        QVERIFY(!page.checklist().first()->isChecked());
        QCOMPARE(problems.count(), 1);
    }
};

QTEST_MAIN(TestPlan)
#include "test_plan.moc"
