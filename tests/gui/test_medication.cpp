// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The medication log through the real window, by keyboard only, on a fake clock: reached from Step 2, the
// drowsiness warning and "consult a pharmacist or clinician" always in view, no dose control anywhere, names from
// the content or typed, the time defaulting to now and editable; saved into the episode and shown there.
#include "../core/fake_clock.h"
#include "gui/history/episode_screen.h"
#include "gui/log/local_time.h"
#include "gui/tools/medication_screen.h"
#include "gui/widgets/callout.h"
#include "gui_test_support.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace std::chrono_literals;
using spasmguide::test::FakeClock;

namespace {

// Every text the screen shows, visible or read to a screen reader, in one string.
QString allText(QWidget* root) {
    QStringList texts;
    for (auto* label : root->findChildren<QLabel*>()) {
        texts << label->text();
    }
    for (auto* widget : root->findChildren<QWidget*>()) {
        texts << widget->accessibleName() << widget->toolTip();
    }
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestMedication : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::WindowFixture> m_f;

    MedicationScreen* medication() {
        return static_cast<MedicationScreen*>(m_f->window->screen(QStringLiteral("medication")));
    }
    std::vector<MedicationEntry> logged() {
        const auto current = m_f->log->currentEpisode();
        return current ? m_f->log->activities(current->id).medications : std::vector<MedicationEntry>{};
    }
    void openFromStepTwo() {
        m_f->window->showScreen(QStringLiteral("step-medicate"));
        auto* open = test::onScreen<QPushButton>(*m_f->window, QStringLiteral("openMedication"));
        QVERIFY(open);
        open->setFocus();
        QTest::keyClick(open, Qt::Key_Space);
        QCOMPARE(m_f->window->currentScreenId(), QStringLiteral("medication"));
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<test::WindowFixture>(std::chrono::sys_days{std::chrono::November / 23 / 2026} + 14h +
                                                    5min);
        QVERIFY(m_f->logProblem.isEmpty());
        m_f->window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_f->window.get()));
    }

    void cleanup() { m_f.reset(); }

    void theWarningIsAlwaysShownAndThereIsNoDoseControl() {
        for (int visit = 0; visit < 2; ++visit) {
            openFromStepTwo();
            auto* screen = medication();
            QVERIFY(screen->warning()->isVisibleTo(screen));
            const QString text = allText(screen->warning());
            QVERIFY(text.contains(QStringLiteral("do not drive or operate machinery")));
            QVERIFY(text.contains(QStringLiteral("Consult a pharmacist or clinician")));
            // The warning comes before the form, so it is read first.
            QVERIFY(screen->warning()->mapTo(screen, QPoint(0, 0)).y() <
                    screen->nameBox()->mapTo(screen, QPoint(0, 0)).y());
            // Nothing to enter an amount with, and no word of a dose or a next dose.
            QVERIFY(screen->findChildren<QSpinBox*>().isEmpty());
            QVERIFY(screen->findChildren<QDoubleSpinBox*>().isEmpty());
            QVERIFY(!allText(screen).contains(QStringLiteral("dose:"), Qt::CaseInsensitive));
            QVERIFY(!allText(screen).contains(QStringLiteral("next dose"), Qt::CaseInsensitive));
            QVERIFY(!allText(screen).contains(QStringLiteral(" mg"), Qt::CaseInsensitive));
            m_f->window->goBack();
        }
    }

    void aMedicineIsRecordedByKeyboardIntoTheEpisode() {
        openFromStepTwo();
        auto* screen = medication();
        QCOMPARE(screen->nameBox()->count(), 3); // the content's names
        QCOMPARE(screen->nameBox()->itemText(0), QStringLiteral("Methocarbamol (Robaxin)"));
        QVERIFY(screen->nameBox()->currentText().isEmpty());
        QCOMPARE(screen->timeEdit()->dateTime(), localDateTime(m_f->clock.now())); // now, from the injected clock

        // Saving with nothing chosen says what is missing and saves nothing.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(screen->statusLabel()->text().contains(QStringLiteral("Pick or type")));
        QVERIFY(logged().empty());
        // Nor does a name of zero-width spaces and a word joiner: it would log a medicine nobody can see.
        screen->statusLabel()->clear();
        screen->nameBox()->setEditText(QStringLiteral("\u200b\u200b\u2060"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(screen->statusLabel()->text().contains(QStringLiteral("Pick or type")));
        QVERIFY(logged().empty());
        screen->nameBox()->setEditText(QString());

        // Pick the second name with the keyboard, take 4 minutes off the time, save with Enter.
        screen->nameBox()->setFocus();
        QTest::keyClick(screen->nameBox(), Qt::Key_Down);
        QTest::keyClick(screen->nameBox(), Qt::Key_Down);
        QCOMPARE(screen->nameBox()->currentText(), QStringLiteral("Cyclobenzaprine (Flexeril)"));
        screen->timeEdit()->setFocus();
        screen->timeEdit()->setCurrentSection(QDateTimeEdit::MinuteSection);
        for (int i = 0; i < 4; ++i) {
            QTest::keyClick(screen->timeEdit(), Qt::Key_Down);
        }
        QCOMPARE(screen->timeEdit()->dateTime(), localDateTime(m_f->clock.now() - 4min));
        screen->nameBox()->setFocus();
        QTest::keyClick(screen->nameBox()->lineEdit(), Qt::Key_Return);

        auto taken = logged();
        QCOMPARE(taken.size(), std::size_t{1}); // an episode was started for it
        QCOMPARE(QString::fromStdString(taken[0].name), QStringLiteral("Cyclobenzaprine (Flexeril)"));
        QVERIFY(taken[0].takenAt.timePoint() == m_f->clock.now() - 4min);
        QVERIFY2(screen->statusLabel()->text().contains(QStringLiteral("Saved")),
                 qPrintable(screen->statusLabel()->text()));
        QVERIFY(screen->nameBox()->currentText().isEmpty()); // ready for the next one
        QCOMPARE(screen->takenList()->count(), 1);
        QVERIFY(screen->takenList()->item(0)->text().contains(QStringLiteral("Cyclobenzaprine")));

        // A name of one's own, typed.
        m_f->clock.advance(10min);
        m_f->window->goBack();
        openFromStepTwo();
        QCOMPARE(screen->timeEdit()->dateTime(), localDateTime(m_f->clock.now()));
        screen->nameBox()->setFocus();
        QTest::keyClicks(screen->nameBox()->lineEdit(), QStringLiteral("My own cream"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        taken = logged();
        QCOMPARE(taken.size(), std::size_t{2});
        QCOMPARE(QString::fromStdString(taken[1].name), QStringLiteral("My own cream"));
        QCOMPARE(screen->takenList()->count(), 2);

        // The episode screen lists both, in plain text rows.
        m_f->window->showScreen(QStringLiteral("episode"));
        auto* episode = static_cast<EpisodeScreen*>(m_f->window->screen(QStringLiteral("episode")));
        episode->showEpisode(QString::fromStdString(m_f->log->currentEpisode()->id));
        QCOMPARE(episode->activityList()->count(), 2);
        QVERIFY(episode->activityList()->item(0)->text().contains(QStringLiteral("Medicine taken: Cyclobenzaprine")));
        QVERIFY(!episode->activityList()->accessibleName().isEmpty());
    }

    void aTimeInTheFutureIsRefusedAndTheFormKept() {
        openFromStepTwo();
        auto* screen = medication();
        screen->nameBox()->setFocus();
        QTest::keyClicks(screen->nameBox()->lineEdit(), QStringLiteral("Heat rub"));
        screen->timeEdit()->setDateTime(localDateTime(m_f->clock.now() + 2h));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(screen->statusLabel()->text().contains(QStringLiteral("future")));
        QVERIFY(logged().empty());
        QCOMPARE(screen->nameBox()->currentText(), QStringLiteral("Heat rub"));
    }

    void aSaveThatFailsKeepsWhatWasEntered() {
        openFromStepTwo();
        auto* screen = medication();
        screen->nameBox()->setFocus();
        QTest::keyClicks(screen->nameBox()->lineEdit(), QStringLiteral("Heat rub"));
        QVERIFY(!m_f->log->startEpisode({}).empty());
        m_f->log->store()->database().exec("PRAGMA query_only = ON"); // every write now fails

        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(screen->statusLabel()->text().contains(QStringLiteral("could not be saved")));
        QCOMPARE(screen->nameBox()->currentText(), QStringLiteral("Heat rub"));
        m_f->log->store()->database().exec("PRAGMA query_only = OFF");
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier); // and once it can be saved, it is
        QCOMPARE(logged().size(), std::size_t{1});
    }
};

QTEST_MAIN(TestMedication)
#include "test_medication.moc"
