// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The episode log through the real window: check in by keyboard, see it in the history at once, the
// "anything new? yes" path, and the one-click offer on Step 1. Storage is a temporary folder.
#include "../core/fake_clock.h"
#include "../core/generated_log.h"
#include "core/exchange/json_export.h"
#include "core/store/sample_log.h"
#include "gui/charts/chart_widget.h"
#include "gui/checkin/check_in_screen.h"
#include "gui/checkin/check_in_text.h"
#include "gui/history/episode_screen.h"
#include "gui/history/history_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/log_exchange.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <sstream>
#include <streambuf>

using namespace spasmguide;
using spasmguide::test::FakeClock;

Q_DECLARE_METATYPE(spasmguide::ExchangeOutcome)

namespace {

// A file's bytes handed out 1 KiB at a time, which stop at the middle until released: an import held half-way, so
// the test sees its progress and cancels it without waiting on time. Seekable, so the import can tell its size.
class HeldSource final : public std::streambuf {
public:
    explicit HeldSource(std::string bytes) : m_bytes(std::move(bytes)), m_holdAt(m_bytes.size() / 2) {}

    void release() {
        {
            const std::lock_guard lock(m_mutex);
            m_released = true;
        }
        m_wake.notify_all();
    }
    [[nodiscard]] bool isHeld() const { return m_held.load(); }

protected:
    int_type underflow() override {
        if (m_next >= m_bytes.size()) {
            return traits_type::eof();
        }
        if (m_next >= m_holdAt) {
            m_held = true;
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_released; });
        }
        std::size_t end = std::min(m_bytes.size(), m_next + 1024);
        if (m_next < m_holdAt) {
            end = std::min(end, m_holdAt);
        }
        char* base = m_bytes.data();
        setg(base + m_next, base + m_next, base + end);
        m_next = end;
        return traits_type::to_int_type(*gptr());
    }
    pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode) override {
        const auto here = static_cast<off_type>(m_next) - (egptr() - gptr());
        const off_type from = dir == std::ios_base::beg ? 0 : dir == std::ios_base::cur ? here : size();
        return seekpos(pos_type(from + off), std::ios_base::in);
    }
    pos_type seekpos(pos_type to, std::ios_base::openmode) override {
        if (to < 0 || static_cast<off_type>(to) > size()) {
            return pos_type(off_type(-1));
        }
        m_next = static_cast<std::size_t>(to);
        setg(nullptr, nullptr, nullptr);
        return to;
    }

private:
    [[nodiscard]] off_type size() const { return static_cast<off_type>(m_bytes.size()); }

    std::string m_bytes;
    std::size_t m_holdAt;
    std::size_t m_next = 0;
    std::atomic<bool> m_held{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_released = false;
};

// The log's export with a fixed export time: the same log gives the same bytes.
std::string exportOf(EpisodeStore& store) {
    std::ostringstream out;
    return exportJson(store, out, {"test", "test", Timestamp{0, 0}}) ? out.str() : std::string();
}

} // namespace

class TestEpisodeLogFlow : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock;

    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<EpisodeLog> log;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Fixture> open() {
        auto f = std::make_unique<Fixture>();
        f->log = std::make_unique<EpisodeLog>(f->dir.path().toStdString(), m_clock);
        if (!f->log->open().isEmpty()) {
            qWarning("unexpected log message");
        }
        Theme::apply(*qApp, Theme::Scheme::Light);
        f->window = std::make_unique<MainWindow>(test::builtInContent(), QStringLiteral("US"), f->log.get());
        f->window->resize(1280, 800);
        f->window->show();
        f->window->activateWindow();
        if (!QTest::qWaitForWindowActive(f->window.get())) {
            qWarning("window not active");
        }
        return f;
    }

private Q_SLOTS:
    void aKeyboardCheckInShowsInTheHistoryAtOnce() {
        auto f = open();
        auto& window = *f->window;
        QTest::keyClick(&window, Qt::Key_Return); // triage: none of these
        QCOMPARE(window.currentScreenId(), QStringLiteral("step-heat"));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        QCOMPARE(window.currentScreenId(), QStringLiteral("checkin"));
        auto* form = static_cast<CheckInScreen*>(window.screen(QStringLiteral("checkin")));
        form->setFocus();
        QTest::keyClick(form, Qt::Key_6);
        QTest::keyClick(form, Qt::Key_N);
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(window.currentScreenId(), QStringLiteral("step-heat")); // back where the person was
        QVERIFY(window.statusBar()->currentMessage().startsWith(QStringLiteral("Check-in saved at")));

        QTest::keyClick(&window, Qt::Key_H, Qt::ControlModifier);
        auto* history = static_cast<HistoryScreen*>(window.screen(QStringLiteral("history")));
        QCOMPARE(history->episodeList()->count(), 1);
        QVERIFY(history->episodeList()->item(0)->text().contains(QStringLiteral("peak 6")));
        QCOMPARE(history->timeline()->count(), 1);
        QVERIFY(history->painChart()->summary().contains(QStringLiteral("latest 6 out of 10")));

        // A second check-in an hour later lands in the same episode and refreshes the open history.
        m_clock.advance(std::chrono::hours(1));
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        form->setFocus();
        QTest::keyClick(form, Qt::Key_4);
        QTest::keyClick(form, Qt::Key_N);
        QTest::keyClick(form, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(window.currentScreenId(), QStringLiteral("history"));
        QCOMPARE(history->episodeList()->count(), 1);
        QCOMPARE(history->timeline()->count(), 2);
        QVERIFY(history->episodeList()->item(0)->text().contains(QStringLiteral("latest 4")));
    }

    void anythingNewYesGoesToCareAndIsRecorded() {
        auto f = open();
        auto& window = *f->window;
        window.showScreen(QStringLiteral("checkin"));
        auto* form = static_cast<CheckInScreen*>(window.screen(QStringLiteral("checkin")));
        QTest::mouseClick(form->painButton(8), Qt::LeftButton);
        QTest::mouseClick(form->somethingNewButton(), Qt::LeftButton);
        QCOMPARE(window.currentScreenId(), QStringLiteral("care"));
        const auto episode = f->log->currentEpisode();
        QVERIFY(episode.has_value());
        const auto checkIns = f->log->store()->checkIns(episode->id);
        QCOMPARE(checkIns.size(), std::size_t{1});
        QVERIFY(checkIns.front().newRedFlag);
        QVERIFY(checkIns.front().pain == 8);
    }

    void anythingNewYesWithoutAPainNumberIsRecordedToo() {
        auto f = open();
        auto& window = *f->window;
        window.showScreen(QStringLiteral("checkin"));
        auto* form = static_cast<CheckInScreen*>(window.screen(QStringLiteral("checkin")));
        form->somethingNewButton()->setFocus();
        QTest::keyClick(form->somethingNewButton(), Qt::Key_Space); // by keyboard, as someone on the floor might
        QCOMPARE(window.currentScreenId(), QStringLiteral("care"));
        const auto episode = f->log->currentEpisode();
        QVERIFY(episode.has_value());
        const auto checkIns = f->log->store()->checkIns(episode->id);
        QCOMPARE(checkIns.size(), std::size_t{1});
        QVERIFY(checkIns.front().newRedFlag);
        QVERIFY(!checkIns.front().pain.has_value());
        // The history neither invents a pain number nor hides the check-in.
        const auto summaries = f->log->store()->listEpisodes(0, 10);
        QCOMPARE(summaries.size(), std::size_t{1});
        QCOMPARE(summaries.front().checkInCount, 1);
        QVERIFY(!summaries.front().peakPain.has_value());
        QVERIFY(describeCheckIn(checkIns.front()).contains(QStringLiteral("pain not rated")));
    }

    void stepOneOffersToStartLoggingWithOneClick() {
        auto f = open();
        auto& window = *f->window;
        window.showScreen(QStringLiteral("step-heat"));
        QVERIFY(window.logOffer()->isVisible());
        QTest::mouseClick(test::find<QPushButton>(window.logOffer(), QStringLiteral("startLogging")), Qt::LeftButton);
        QVERIFY(!window.logOffer()->isVisible());
        QVERIFY(f->log->currentEpisode().has_value());
    }

    void deleteAllMyDataRemovesEveryLogFileAndLeavesAnEmptyLog() {
        auto f = open();
        CheckIn entry;
        entry.pain = 5;
        QVERIFY(f->log->saveCheckIn(entry, {}));
        const auto files = f->log->dataFiles();
        QVERIFY(!files.empty());
        const auto removed = f->log->deleteAllData();
        QVERIFY(!removed.empty());
        const auto fresh = EpisodeStore::databasePath(f->dir.path().toStdString());
        for (const auto& file : removed) {
            // Only the new, empty log (and its journal files) can be there now.
            const bool newLog = file.string().rfind(fresh.string(), 0) == 0 &&
                                file.string().find(".backup") == std::string::npos &&
                                file.string().find(".corrupt") == std::string::npos;
            QVERIFY(newLog || !std::filesystem::exists(file));
        }
        QVERIFY(f->log->isAvailable()); // a fresh, empty log
        QCOMPARE(f->log->store()->episodeCount(), std::int64_t{0});
        f->window->showScreen(QStringLiteral("history"));
        QCOMPARE(static_cast<HistoryScreen*>(f->window->screen(QStringLiteral("history")))->episodeList()->count(), 0);
    }

    void exportAndImportRunOffTheGuiThreadAndRoundTrip() {
        auto f = open();
        fillSampleLog(*f->log->store(), m_clock.now());
        const QString json = f->dir.filePath(QStringLiteral("export.json"));
        const QString csv = f->dir.filePath(QStringLiteral("export.csv"));
        QSignalSpy finished(f->window->exchangeRunner(), &LogExchangeRunner::finished);
        f->window->exportLogTo(json);
        QVERIFY(finished.wait(10000)); // a bounded wait for the worker, not a sleep
        QVERIFY(finished.takeFirst().first().value<ExchangeOutcome>().ok);
        f->window->exportLogTo(csv);
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.takeFirst().first().value<ExchangeOutcome>().ok);
        QFile csvFile(csv);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QVERIFY(csvFile.readLine().startsWith("episode_id,"));

        // Into a second, empty log: everything arrives, and a second import changes nothing.
        QTemporaryDir otherDir;
        EpisodeLog other(otherDir.path().toStdString(), m_clock);
        (void)other.open();
        MainWindow second(test::builtInContent(), QStringLiteral("US"), &other);
        QSignalSpy imported(second.exchangeRunner(), &LogExchangeRunner::finished);
        second.importLogFrom(json);
        QVERIFY(imported.wait(10000));
        QVERIFY(imported.takeFirst().first().value<ExchangeOutcome>().ok);
        QCOMPARE(other.store()->episodeCount(), f->log->store()->episodeCount());
        second.importLogFrom(json);
        QVERIFY(imported.wait(10000));
        const auto again = imported.takeFirst().first().value<ExchangeOutcome>();
        QVERIFY(again.ok);
        QVERIFY2(again.message.endsWith(QStringLiteral(" already here.")), qPrintable(again.message));
        QVERIFY(!again.message.contains(QStringLiteral("added")));
        QVERIFY(again.details.isEmpty()); // nothing changed or kept against the file
    }

    void anImportShowsItsProgressAndACancelLeavesTheLogAsItWas() {
        auto f = open();
        // The file: another log's 300 episodes of 10 check-ins, a day apart and ending before now.
        std::string file;
        {
            QTemporaryDir sourceDir;
            auto source = EpisodeStore::open(sourceDir.path().toStdString(), m_clock);
            QVERIFY(source.store);
            const auto now = std::chrono::duration_cast<std::chrono::seconds>(m_clock.now().time_since_epoch()).count();
            test::generateLog(*source.store, 300, 10, now - 301 * 86'400, 86'400);
            file = exportOf(*source.store);
        }
        // This log's own records, and its export before the import.
        test::generateLog(*f->log->store(), 5, 2, 1'700'000'000, 86'400);
        const std::string before = exportOf(*f->log->store());
        QVERIFY(!before.empty());

        auto held = std::make_shared<HeldSource>(file);
        f->window->setImportOpener(
            [held](const std::filesystem::path&) { return std::make_unique<std::istream>(held.get()); });
        QSignalSpy progressed(f->window->exchangeRunner(), &LogExchangeRunner::progressed);
        QSignalSpy finished(f->window->exchangeRunner(), &LogExchangeRunner::finished);
        f->window->importLogFrom(f->dir.filePath(QStringLiteral("other.json")));
        QVERIFY(progressed.wait(10000)); // bounded waits for the worker's signals, never a sleep
        QTRY_VERIFY_WITH_TIMEOUT(held->isHeld(), 10000);
        QCoreApplication::processEvents(); // the progress sent before the hold
        auto* dialog = f->window->findChild<QProgressDialog*>(QStringLiteral("exchangeProgress"));
        QVERIFY(dialog);
        // Records done and an estimate of the whole: about twice as many, at half the file.
        const auto [records, percent] = [&progressed] {
            const auto last = progressed.last();
            return std::pair{last.at(2).toLongLong(), last.at(0).toLongLong() * 100 / last.at(1).toLongLong()};
        }();
        QVERIFY(records > 512);
        QVERIFY2(percent >= 25 && percent <= 50, qPrintable(QString::number(percent)));
        QVERIFY2(dialog->labelText().contains(QStringLiteral("imported so far, of about ")),
                 qPrintable(dialog->labelText()));
        QVERIFY(dialog->value() >= 25);

        auto* cancel = dialog->findChild<QPushButton*>();
        QVERIFY(cancel);
        cancel->click();
        held->release();
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.takeFirst().first().value<ExchangeOutcome>();
        QVERIFY(outcome.cancelled);
        QVERIFY(!outcome.ok);
        QCOMPARE(exportOf(*f->log->store()), before); // exactly as before
        QVERIFY(f->log->store()->importHistory(10).empty());
    }

    void theProgressLineCountsRecordsAndEstimatesHonestly() {
        // Half the file read, 1,200 records so far: about 2,400 in all; after 10 s, about 10 s more.
        const QString text = MainWindow::importProgressText(500, 1000, 1200, 10'000);
        QVERIFY2(
            text.contains(QStringLiteral(" of about %1 (50%); under a minute left.").arg(QLocale().toString(2400))),
            qPrintable(text));
        // Early on, no time is promised; an unknown size gives the count alone.
        QVERIFY(!MainWindow::importProgressText(10, 1000, 24, 10'000).contains(QStringLiteral("left")));
        QVERIFY(!MainWindow::importProgressText(500, -1, 1200, 10'000).contains(QStringLiteral("about")));
        QVERIFY(MainWindow::importProgressText(100, 1000, 50, 60'000).contains(QStringLiteral("minute")));
    }

    void aBrokenImportImportsNothingAndSaysWhy() {
        auto f = open();
        const QString bad = f->dir.filePath(QStringLiteral("bad.json"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": \"spasmguide-log\", \"formatVersion\": 1, \"episodes\": [");
        file.close();
        QSignalSpy finished(f->window->exchangeRunner(), &LogExchangeRunner::finished);
        f->window->importLogFrom(bad);
        QVERIFY(finished.wait(10000));
        const auto outcome = finished.takeFirst().first().value<ExchangeOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY(outcome.message.startsWith(QStringLiteral("Nothing was imported")));
        QCOMPARE(f->log->store()->episodeCount(), std::int64_t{0});
    }

    void anEpisodeCanBeOpenedEditedEndedAndDeleted() {
        auto f = open();
        CheckIn entry;
        entry.pain = 7;
        QVERIFY(f->log->saveCheckIn(entry, {}));
        auto& window = *f->window;
        window.showScreen(QStringLiteral("history"));
        auto* history = static_cast<HistoryScreen*>(window.screen(QStringLiteral("history")));
        QTest::mouseClick(test::onScreen<QPushButton>(window, QStringLiteral("openEpisode")), Qt::LeftButton);
        QCOMPARE(window.currentScreenId(), QStringLiteral("episode"));

        auto* note = test::onScreen<QPlainTextEdit>(window, QStringLiteral("episodeNote"));
        note->setPlainText(QStringLiteral("Started after gardening."));
        QTest::mouseClick(test::onScreen<QPushButton>(window, QStringLiteral("saveEpisode")), Qt::LeftButton);
        QTest::mouseClick(test::onScreen<QPushButton>(window, QStringLiteral("endEpisode")), Qt::LeftButton);
        const auto id =
            static_cast<EpisodeScreen*>(window.screen(QStringLiteral("episode")))->episodeId().toStdString();
        const auto stored = f->log->store()->episode(id);
        QVERIFY(stored.has_value());
        QCOMPARE(stored->note, std::string("Started after gardening."));
        QVERIFY(stored->endedAt.has_value());
        QCOMPARE(note->toPlainText(), QStringLiteral("Started after gardening."));

        QVERIFY(static_cast<EpisodeScreen*>(window.screen(QStringLiteral("episode")))->deleteEpisode());
        QCOMPARE(window.currentScreenId(), QStringLiteral("history"));
        QVERIFY(!f->log->store()->episode(id).has_value());
        QCOMPARE(f->log->store()->checkIns(id).size(), std::size_t{0});
        QCOMPARE(history->episodeList()->count(), 0);
    }

    void theHistoryCountsTriggersAcrossAllEpisodes() {
        auto f = open();
        CheckIn entry;
        entry.pain = 6;
        entry.triggers = {"lifting"};
        QVERIFY(f->log->saveCheckIn(entry, {}));
        QVERIFY(f->log->endEpisode(f->log->currentEpisode()->id));
        m_clock.advance(std::chrono::hours(24));
        entry.triggers = {"lifting", "stress"};
        QVERIFY(f->log->saveCheckIn(entry, {})); // starts a second episode
        f->window->showScreen(QStringLiteral("history"));
        auto* history = static_cast<HistoryScreen*>(f->window->screen(QStringLiteral("history")));
        QVERIFY(history->countsChart()->summary().contains(QStringLiteral("Lifting: 1")));

        QTest::mouseClick(history->allEpisodesButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!history->isCounting(), 10000); // a bounded wait for the worker
        QTRY_VERIFY_WITH_TIMEOUT(history->countsChart()->summary().contains(QStringLiteral("Lifting: 2")), 10000);
        QVERIFY(history->countsChart()->summary().contains(QStringLiteral("Stress: 1")));

        // A new check-in is counted without asking again.
        entry.triggers = {"stress"};
        QVERIFY(f->log->saveCheckIn(entry, {}));
        QTRY_VERIFY_WITH_TIMEOUT(history->countsChart()->summary().contains(QStringLiteral("Stress: 2")), 10000);
    }

    void anUnavailableLogKeepsWhatWasTyped() {
        FakeClock clock;
        QTemporaryDir dir;
        EpisodeLog log(dir.path().toStdString(), clock); // never opened: nothing can be saved
        CheckIn entry;
        entry.pain = 5;
        entry.note = "keep me";
        QVERIFY(!log.saveCheckIn(entry, {}));
        QVERIFY(log.lastError().contains(QStringLiteral("still on screen")));
    }
};

QTEST_MAIN(TestEpisodeLogFlow)
#include "test_episode_log_flow.moc"
