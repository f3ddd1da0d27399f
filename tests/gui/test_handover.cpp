// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The handover card through the real window, on a fake clock: one key (H) from the care screen, the sign ticked
// and when, the medicines logged today by name and time (not yesterday's), and what to say when nothing is known.
// Also the escalation from the pattern finder: "both legs" goes to the care screen, naming the sign.
#include "../core/fake_clock.h"
#include "gui/log/local_time.h"
#include "gui/patterns/pattern_finder_screen.h"
#include "gui_test_support.h"

#include <QCheckBox>
#include <QLabel>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace std::chrono_literals;
using spasmguide::test::FakeClock;

namespace {

// The lines of one section of the handover card ("signs", "medicines", "say", ...), joined.
QString sectionText(MainWindow& window, const QString& section) {
    auto* box = test::onScreen<QWidget>(window, QStringLiteral("handover-") + section);
    if (!box) {
        return {};
    }
    QStringList texts;
    for (auto* label : box->findChildren<QLabel*>()) {
        texts << label->text();
    }
    return texts.join(QLatin1Char('\n'));
}

QString hhmm(std::chrono::system_clock::time_point moment) {
    return localDateTime(moment).toString(QStringLiteral("HH:mm"));
}

} // namespace

class TestHandover : public QObject {
    Q_OBJECT

private:
    FakeClock m_clock{std::chrono::sys_days{std::chrono::December / 7 / 2026} + 15h + 20min};
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<EpisodeLog> m_log;

    std::unique_ptr<MainWindow> openWithLog() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_log = std::make_unique<EpisodeLog>(m_dir->path().toStdString(), m_clock);
        if (!m_log->open().isEmpty()) {
            qWarning("unexpected log message");
        }
        auto window = test::openWindow(QStringLiteral("US"), test::builtInContent(), m_log.get());
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get())) {
            qWarning("window not active");
        }
        return window;
    }

private Q_SLOTS:
    void cleanup() {
        m_log.reset();
        m_dir.reset();
    }

    void theCardListsATickedSignAndAMedicineLoggedToday() {
        auto window = openWithLog();
        const auto today = m_clock.now() - 40min;
        const auto yesterday = m_clock.now() - 26h;
        QVERIFY(m_log->saveMedication({{}, {}, "Methocarbamol (Robaxin)", Timestamp::local(yesterday)}, {}));
        QVERIFY(m_log->saveMedication({{}, {}, "Cyclobenzaprine (Flexeril)", Timestamp::local(today)}, {}));

        m_clock.advance(5min);
        QTest::mouseClick(test::onScreen<QCheckBox>(*window, QStringLiteral("sign-bowel-bladder")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
        // One key from the care screen.
        QTest::keyClick(window->screen(QStringLiteral("care")), Qt::Key_H);
        QTRY_COMPARE(window->currentScreenId(), QStringLiteral("handover"));

        const QString signs = sectionText(*window, QStringLiteral("signs"));
        QVERIFY2(signs.contains(QStringLiteral("Loss of bowel or bladder control")), qPrintable(signs));
        QVERIFY2(signs.contains(QStringLiteral("first noted at %1 today").arg(hhmm(m_clock.now()))), qPrintable(signs));

        const QString medicines = sectionText(*window, QStringLiteral("medicines"));
        QVERIFY2(medicines.contains(QStringLiteral("Cyclobenzaprine (Flexeril) at %1").arg(hhmm(today))),
                 qPrintable(medicines));
        QVERIFY2(!medicines.contains(QStringLiteral("Methocarbamol")), qPrintable(medicines)); // not today
        const QString began = sectionText(*window, QStringLiteral("began"));
        QVERIFY2(began.contains(QStringLiteral("Began")), qPrintable(began)); // the episode the medicines started
        QVERIFY(test::onScreen<QPushButton>(*window, QStringLiteral("handoverPrint")));

        QTest::mouseClick(test::onScreen<QPushButton>(*window, QStringLiteral("handoverBack")), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
    }

    void withAnEmptyLogTheCardSaysWhatToSayInstead() {
        auto window = test::openWindow(); // no log at all, nothing ticked
        window->showScreen(QStringLiteral("handover"));
        QCOMPARE(window->currentScreenId(), QStringLiteral("handover"));
        const QString say = sectionText(*window, QStringLiteral("say"));
        QVERIFY2(say.contains(QStringLiteral("Nothing is recorded yet")), qPrintable(say));
        QVERIFY2(say.contains(QStringLiteral("Which warning signs you have and when they started.")), qPrintable(say));
        QVERIFY(sectionText(*window, QStringLiteral("medicines")).isEmpty());
    }

    void bothLegsInTheFinderGoesToTheCareScreenNamingTheSign() {
        auto window = test::openWindow();
        window->showScreen(QStringLiteral("pattern-finder"));
        auto* page = static_cast<PatternFinderScreen*>(window->screen(QStringLiteral("pattern-finder")));
        QTest::mouseClick(page->answerButton(QStringLiteral("leg"), QStringLiteral("both-legs")), Qt::LeftButton);
        QTest::mouseClick(page->resultButton(), Qt::LeftButton);
        QCOMPARE(window->currentScreenId(), QStringLiteral("care")); // before anything is scored or shown
        auto* named = test::onScreen<QWidget>(*window, QStringLiteral("careSigns"));
        QVERIFY(named);
        QStringList texts;
        for (auto* label : named->findChildren<QLabel*>()) {
            texts << label->text();
        }
        QVERIFY2(
            texts.join(QLatin1Char('\n')).contains(QStringLiteral("Pain, tingling, numbness or weakness in both legs")),
            qPrintable(texts.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestHandover)
#include "test_handover.moc"
