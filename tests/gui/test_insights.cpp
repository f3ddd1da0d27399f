// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Insights in words (English plurals read "(s)" here: the tests install no translation, not even English's
// plural forms): the sentences for little and for plenty of data, and the screen reached from History,
// computed in the background from the real log.
#include "../core/fake_clock.h"
#include "core/store/sample_log.h"
#include "gui/charts/chart_widget.h"
#include "gui/history/insights_screen.h"
#include "gui/history/insights_text.h"
#include "gui/log/episode_log.h"
#include "gui_test_support.h"

#include <QSignalSpy>
#include <QTemporaryDir>

using namespace spasmguide;
using spasmguide::test::FakeClock;

namespace {

bool anyContains(const QStringList& sentences, const QString& part) {
    return std::any_of(sentences.begin(), sentences.end(), [&part](const QString& s) { return s.contains(part); });
}

} // namespace

class TestInsights : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void anEmptyLogSaysSo() {
        const auto sentences = InsightsText::sentences(Insights{});
        QCOMPARE(sentences.size(), 1);
        QVERIFY(sentences[0].startsWith(QStringLiteral("Your log has no episodes yet")));
    }

    void twoEpisodesAreNotEnoughForAPattern() {
        Insights insights;
        insights.episodes = 2;
        insights.medianDaysBetween = 10.0;
        insights.perMonth = 2.0;
        insights.endedEpisodes = 2;
        insights.medianHours = 36.0;
        insights.longestHours = 72.0;
        insights.averagePeak = 7.0;
        insights.highestPeak = 8;
        insights.triggers = {{"lifting", 2}};
        const auto sentences = InsightsText::sentences(insights);
        QVERIFY2(sentences[0] == QStringLiteral("After 2 episode(s) there is not enough to see a pattern yet. Each "
                                                "episode you log adds to the picture."),
                 qPrintable(sentences[0]));
        QVERIFY(anyContains(sentences, QStringLiteral("about 10.0 days passed between one and the next, about 2.0 a "
                                                      "month")));
        QVERIFY(anyContains(sentences, QStringLiteral("lasted 36 hour(s) as a rule; the longest, about 3 day(s)")));
        QVERIFY(anyContains(sentences, QStringLiteral("reached 7.0 out of 10 on average; the highest was 8")));
        QVERIFY(!anyContains(sentences, QStringLiteral("Lifting"))); // recurring items wait for enough episodes
    }

    void plentyOfEpisodesNameWhatRecursAndWhatHelped() {
        Insights insights;
        insights.episodes = 12;
        insights.endedEpisodes = 0;
        insights.triggers = {{"lifting", 9}, {"poor-sleep", 4}};
        insights.worse = {{"static-postures", 5}};
        insights.relief = {{"heat", 20, 2.5}, {"movement", 8, 0.0}, {"medication", 4, -1.5}};
        const auto sentences = InsightsText::sentences(insights);
        QVERIFY(!anyContains(sentences, QStringLiteral("not enough")));
        QVERIFY(anyContains(sentences, QStringLiteral("No episode has been ended yet")));
        QVERIFY(anyContains(sentences, QStringLiteral("\u201cLifting\u201d came before 9 of your 12 episode(s).")));
        QVERIFY(anyContains(sentences, QStringLiteral("\u201cLong static postures without breaks\u201d made it worse "
                                                      "in 5 of your 12 episode(s).")));
        QVERIFY(anyContains(sentences, QStringLiteral("Heat was followed by pain 2.5 points lower on average at the "
                                                      "next check-in (20 time(s)).")));
        QVERIFY(anyContains(sentences, QStringLiteral("Gentle movement was followed by about the same pain")));
        QVERIFY(anyContains(sentences, QStringLiteral("Medication was followed by pain 1.5 points higher")));
        QVERIFY(anyContains(sentences, QStringLiteral("not what caused it")));
    }

    void historyOpensInsightsComputedFromTheLog() {
        QTemporaryDir dir;
        FakeClock clock;
        EpisodeLog log(dir.path().toStdString(), clock);
        QVERIFY(log.open().isEmpty());
        fillSampleLog(*log.store(), clock.now());
        auto window = test::openWindow(QStringLiteral("US"), test::builtInContent(), &log);
        window->showScreen(QStringLiteral("history"));
        auto* page = static_cast<InsightsScreen*>(window->screen(QStringLiteral("insights")));
        QSignalSpy computed(page, &InsightsScreen::computed);
        auto* open = test::onScreen<QPushButton>(*window, QStringLiteral("openInsights"));
        open->setFocus(Qt::TabFocusReason);
        QTest::keyClick(open, Qt::Key_Space);
        QCOMPARE(window->currentScreenId(), QStringLiteral("insights"));
        QVERIFY(computed.wait(10000));
        const auto sentences = page->sentences();
        QVERIFY2(
            anyContains(sentences, QStringLiteral("You have logged %1 episode(s).").arg(log.store()->episodeCount())),
            qPrintable(sentences.join(QLatin1Char('\n'))));
        QVERIFY(page->peaksChart()->summary().contains(QStringLiteral("9")));
        test::onScreen<QPushButton>(*window, QStringLiteral("insightsBack"))->click();
        QCOMPARE(window->currentScreenId(), QStringLiteral("history"));
    }
};

QTEST_MAIN(TestInsights)
#include "test_insights.moc"
