// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The clinic features through the real window: the History screen's clinician report (a PDF written off the GUI
// thread, whose text pdftotext can read back) and demo mode (a banner on every screen, Reset demo, F11
// presentation mode that never touches the saved text size).
#include "../core/fake_clock.h"
#include "core/store/sample_log.h"
#include "gui/history/history_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/log_exchange.h"
#include "gui/report/report_document.h"
#include "gui/report/report_job.h"
#include "gui/settings/app_settings.h"
#include "gui_test_support.h"

#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <ctime>

using namespace spasmguide;
using spasmguide::test::FakeClock;

Q_DECLARE_METATYPE(spasmguide::ExchangeOutcome)

class TestClinic : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock{std::chrono::sys_days{std::chrono::November / 23 / 2026} + std::chrono::hours(12)};

    struct Fixture {
        QTemporaryDir dir;
        std::unique_ptr<EpisodeLog> log;
        std::unique_ptr<AppSettings> settings;
        std::unique_ptr<MainWindow> window;
    };

    std::unique_ptr<Fixture> open(bool demo) {
        auto f = std::make_unique<Fixture>();
        f->log = std::make_unique<EpisodeLog>(f->dir.path().toStdString(), m_clock);
        (void)f->log->open();
        fillSampleLog(*f->log->store(), m_clock.now());
        f->settings = std::make_unique<AppSettings>(f->dir.path());
        Theme::apply(*qApp, Theme::Scheme::Light);
        f->window = std::make_unique<MainWindow>(test::builtInContent(), QStringLiteral("US"), f->log.get());
        f->window->setSettings(f->settings.get(), QStringLiteral("US"), Theme::Scheme::Light);
        if (demo) {
            f->window->setDemoMode();
        }
        f->window->resize(1280, 800);
        f->window->show();
        f->window->activateWindow();
        if (!QTest::qWaitForWindowActive(f->window.get())) {
            qWarning("window not active");
        }
        return f;
    }

private Q_SLOTS:
    void initTestCase() {
        qRegisterMetaType<ExchangeOutcome>();
        qputenv("TZ", "UTC"); // the dates below are the sample's, seen from UTC
        tzset();
    }

    void theHistoryOffersTheReportAndItsPdfHasRealText() {
        auto f = open(false);
        f->window->showScreen(QStringLiteral("history"));
        auto* history = f->window->screen(QStringLiteral("history"));
        auto* button = history->findChild<QPushButton*>(QStringLiteral("clinicianReport"));
        QVERIFY(button);
        QVERIFY(button->isVisible());
        QVERIFY(button->text().contains(QStringLiteral("Report for my clinician")));
        QSignalSpy asked(static_cast<HistoryScreen*>(history), &HistoryScreen::reportRequested);
        // The button's own signal (the save dialog it opens in the app cannot be driven offscreen).
        QObject::disconnect(history, nullptr, f->window.get(), nullptr);
        button->setFocus();
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(asked.count(), 1);

        const QString file = f->dir.filePath(QStringLiteral("report.pdf"));
        QSignalSpy finished(f->window->exchangeRunner(), &LogExchangeRunner::finished);
        f->window->saveReportTo(file);
        QVERIFY(finished.wait(20000)); // a bounded wait for the worker, not a sleep
        const auto outcome = finished.takeFirst().first().value<ExchangeOutcome>();
        QVERIFY2(outcome.ok, qPrintable(outcome.message));
        QFile pdf(file);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.size() > 2000);
        QVERIFY(pdf.read(5) == "%PDF-");

        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty()) {
            QSKIP("pdftotext (poppler-utils) is not installed");
        }
        QProcess extract;
        extract.start(pdftotext, {file, QStringLiteral("-")});
        QVERIFY(extract.waitForFinished(20000));
        const QString text = QString::fromUtf8(extract.readAllStandardOutput()).simplified();
        QVERIFY2(text.contains(QStringLiteral("Period covered: 13 Oct 2026 to 23 Nov 2026")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("6 episode(s) in this period, 24 check-in(s).")));
        QVERIFY(text.contains(QStringLiteral("Pain at night or at rest"))); // the sample's one new sign
        QVERIFY(text.contains(QStringLiteral("New back pain when you are under 20 or over 50"))); // a triage tick
        QVERIFY(text.contains(QStringLiteral("9/10")));
        QVERIFY(text.contains(QStringLiteral("not a diagnosis")));
        QVERIFY(!text.contains(QStringLiteral("Moved the sofa"))); // notes stay out
    }

    void aFailedReportSaysWhyAndWritesNothing() {
        auto f = open(false);
        const QString file = f->dir.filePath(QStringLiteral("missing/report.pdf"));
        QSignalSpy finished(f->window->exchangeRunner(), &LogExchangeRunner::finished);
        f->window->saveReportTo(file);
        QVERIFY(finished.wait(20000));
        const auto outcome = finished.takeFirst().first().value<ExchangeOutcome>();
        QVERIFY(!outcome.ok);
        QVERIFY2(outcome.message.contains(QStringLiteral("cannot be written")), qPrintable(outcome.message));
        QVERIFY(!QFile::exists(file));
    }

    void theReportPageRendersForScreenshots() {
        auto f = open(false);
        QString error;
        const auto report =
            readClinicianReport(f->dir.path().toStdString(), m_clock, *f->window->content().bundle, error);
        QVERIFY2(report.has_value(), qPrintable(error));
        const QImage page = renderReportFirstPage(*report, *f->window->content().bundle);
        QVERIFY(page.height() > page.width()); // a portrait page
        QVERIFY(page.pixelColor(5, 5) == QColor(Qt::white));
    }

    void theDemoBannerIsOnEveryScreenInWords() {
        auto f = open(true);
        auto* banner = f->window->demoBanner();
        QVERIFY(banner);
        auto* text = banner->findChild<QLabel*>(QStringLiteral("demoBannerText"));
        QVERIFY(text->text().startsWith(QStringLiteral("Demo \u2014 sample data")));
        for (const QString& id : f->window->screenIds()) {
            f->window->showScreen(id);
            QVERIFY2(banner->isVisible(), qPrintable(id));
        }
        QVERIFY(f->window->windowTitle().contains(QStringLiteral("demo")));
    }

    void resetDemoPutsTheSampleBack() {
        auto f = open(true);
        const auto episodes = f->log->store()->episodeCount();
        const auto checkIns = f->log->store()->checkInCount();
        QVERIFY(episodes >= 5);
        const auto newest = f->log->newestEpisodeId();
        QVERIFY(f->log->deleteEpisode(*newest));
        QCOMPARE(f->log->store()->episodeCount(), episodes - 1);
        f->window->showScreen(QStringLiteral("history"));

        auto* reset = f->window->demoBanner()->findChild<QPushButton*>(QStringLiteral("resetDemo"));
        QVERIFY(!reset->accessibleName().isEmpty());
        reset->setFocus();
        QTest::keyClick(reset, Qt::Key_Space);
        QCOMPARE(f->log->store()->episodeCount(), episodes);
        QCOMPARE(f->log->store()->checkInCount(), checkIns);
        QCOMPARE(f->window->currentScreenId(), QStringLiteral("triage"));
    }

    void presentationModeEnlargesTextWithoutSavingIt() {
        auto f = open(true);
        const int before = QApplication::font().pointSize();
        QTest::keyClick(f->window.get(), Qt::Key_F11);
        QVERIFY(f->window->isPresentationMode());
        QVERIFY(f->window->isFullScreen());
        QVERIFY(QApplication::font().pointSize() > before);
        auto* present = f->window->demoBanner()->findChild<QPushButton*>(QStringLiteral("presentDemo"));
        QVERIFY(present->isChecked());
        QCOMPARE(f->settings->textSize(), AppSettings::kMinTextSize); // the person's choice is untouched
        QTest::keyClick(f->window.get(), Qt::Key_F11);
        QVERIFY(!f->window->isPresentationMode());
        QVERIFY(!f->window->isFullScreen());
        QCOMPARE(QApplication::font().pointSize(), before);
        QVERIFY(!present->isChecked());
    }

    void withoutDemoThereIsNoBannerAndNoPresentation() {
        auto f = open(false);
        QVERIFY(!f->window->demoBanner());
        f->window->setPresentationMode(true);
        QVERIFY(!f->window->isPresentationMode());
    }
};

QTEST_MAIN(TestClinic)
#include "test_clinic.moc"
