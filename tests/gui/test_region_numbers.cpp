// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The care and same-day screens show the numbers of the region in use and name it; a region the content lacks
// (or none) gets the neutral advice; "change" reaches the country choice by one key; Settings' country list
// is searchable by typing and speaks the person's language.
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_screen.h"
#include "gui_test_support.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

QString labelText(MainWindow& window, const QString& name) {
    auto* label = onScreen<QLabel>(window, name);
    return label ? label->text() : QString();
}

} // namespace

class TestRegionNumbers : public QObject {
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;

    std::unique_ptr<MainWindow> windowWithSettings(const QString& systemRegion, LoadedContent content) {
        auto window = openWindow(systemRegion, std::move(content));
        window->setSettings(m_settings.get(), systemRegion, Theme::Scheme::Light);
        return window;
    }

    SettingsScreen* settingsOf(MainWindow& window) {
        return static_cast<SettingsScreen*>(window.screen(QStringLiteral("settings")));
    }

private Q_SLOTS:
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<AppSettings>(m_dir->path());
    }

    void cleanup() { m_settings.reset(); }

    void theCareScreenShowsTheRegionsNumberAndNamesIt_data() {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("call");
        QTest::addColumn<QString>("also");
        QTest::addColumn<QString>("named");
        QTest::newRow("GB") << "GB"
                            << "Call 999"
                            << "You can also call 112."
                            << "Numbers for United Kingdom.";
        QTest::newRow("US") << "US"
                            << "Call 911"
                            << ""
                            << "Numbers for United States.";
        QTest::newRow("IN") << "IN"
                            << "Call 112"
                            << "You can also call 108."
                            << "Numbers for India.";
        QTest::newRow("JP") << "JP"
                            << "Call 119"
                            << ""
                            << "Numbers for Japan.";
        QTest::newRow("BR") << "BR"
                            << "Call 192"
                            << ""
                            << "Numbers for Brazil.";
        QTest::newRow("DE") << "DE"
                            << "Call 112"
                            << ""
                            << "Numbers for Germany.";
        QTest::newRow("unknown") << "BV"
                                 << "Call your local emergency number"
                                 << ""
                                 << "This guide has no numbers for the region \u201cBV\u201d.";
        QTest::newRow("EU") << "EU"
                            << "Call your local emergency number"
                            << ""
                            << "This guide has no numbers for the region \u201cEU\u201d.";
        QTest::newRow("none") << ""
                              << "Call your local emergency number"
                              << ""
                              << "Your country is not known.";
    }

    void theCareScreenShowsTheRegionsNumberAndNamesIt() {
        QFETCH(QString, region);
        QFETCH(QString, call);
        QFETCH(QString, also);
        QFETCH(QString, named);
        auto window = windowWithSettings(region, builtInContent());
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), call);
        QCOMPARE(labelText(*window, QStringLiteral("regionInUse")), named);
        auto* alsoLabel = window->screen(QStringLiteral("care"))->findChild<QLabel*>(QStringLiteral("alsoCallNumber"));
        QCOMPARE(alsoLabel ? alsoLabel->text() : QString(), also);
        auto* neutral =
            window->screen(QStringLiteral("care"))->findChild<QLabel*>(QStringLiteral("neutralNumberAdvice"));
        QCOMPARE(neutral != nullptr, call == QStringLiteral("Call your local emergency number"));
        if (neutral) {
            QVERIFY(neutral->text().contains(QStringLiteral("112")));
            QVERIFY(neutral->text().contains(QStringLiteral("911")));
        }
        auto* change = onScreen<QPushButton>(*window, QStringLiteral("changeRegion"));
        QVERIFY(change && change->isVisible());
        QVERIFY(!change->accessibleName().isEmpty());
    }

    void theSameDayScreenShowsTheRegionsLineAndNamesIt() {
        auto window = windowWithSettings(QStringLiteral("JP"), builtInContent());
        window->showScreen(QStringLiteral("same-day"));
        QVERIFY(labelText(*window, QStringLiteral("sameDayNumber")).contains(QStringLiteral("#7119")));
        QCOMPARE(labelText(*window, QStringLiteral("regionInUse")), QStringLiteral("Numbers for Japan."));
        QVERIFY(labelText(*window, QStringLiteral("sameDayEmergencyNumber")).contains(QStringLiteral("119")));

        auto nowhere = windowWithSettings(QString(), builtInContent());
        nowhere->showScreen(QStringLiteral("same-day"));
        QVERIFY(!nowhere->screen(QStringLiteral("same-day"))->findChild<QLabel*>(QStringLiteral("sameDayNumber")));
        QVERIFY(labelText(*nowhere, QStringLiteral("sameDayEmergencyNumber"))
                    .contains(QStringLiteral("call your local emergency number")));
    }

    void changeReachesTheCountryChoiceByOneKey() {
        auto window = windowWithSettings(QStringLiteral("IN"), builtInContent());
        window->showScreen(QStringLiteral("care"));
        QApplication::setActiveWindow(window.get()); // shortcuts go to the active window
        QVERIFY(QTest::qWaitForWindowActive(window.get()));
        QTest::keyClick(window.get(), Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(window->currentScreenId(), QStringLiteral("settings")); // a mnemonic "animates" its click
        auto* box = settingsOf(*window)->regionBox();
        QVERIFY(box->hasFocus() || box->lineEdit()->hasFocus());
        // Typing a name and Enter chooses that country; back on the care screen its number is shown.
        QTest::keyClicks(box->lineEdit(), QStringLiteral("Japan (119)"));
        QTest::keyClick(box->lineEdit(), Qt::Key_Return);
        QCOMPARE(m_settings->region(), QStringLiteral("JP"));
        window->goBack();
        QCOMPARE(window->currentScreenId(), QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), QStringLiteral("Call 119"));
    }

    void withoutSettingsThereIsNoChangeButton() {
        auto window = openWindow(QString());
        window->showScreen(QStringLiteral("care"));
        QVERIFY(!window->screen(QStringLiteral("care"))->findChild<QPushButton*>(QStringLiteral("changeRegion")));
    }

    void typingPartOfANameOffersTheCountriesHoldingIt() {
        auto window = windowWithSettings(QStringLiteral("US"), builtInContent());
        window->showScreen(QStringLiteral("settings"));
        auto* box = settingsOf(*window)->regionBox();
        QCOMPARE(box->accessibleName(), QStringLiteral("Country"));
        box->lineEdit()->setFocus();
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("kingdom"));
        auto* completer = box->completer();
        QVERIFY(completer);
        QCOMPARE(completer->completionCount(), 1); // anywhere in the name, whatever the case
        QCOMPARE(completer->currentCompletion(), QStringLiteral("United Kingdom (999)"));
        Q_EMIT completer->activated(completer->currentCompletion());
        QCOMPARE(m_settings->region(), QStringLiteral("GB"));
        // Text that names no country puts the choice in force back.
        box->lineEdit()->selectAll();
        QTest::keyClicks(box->lineEdit(), QStringLiteral("Atlantis"));
        Q_EMIT box->lineEdit()->editingFinished();
        QCOMPARE(box->lineEdit()->text(), QStringLiteral("United Kingdom (999)"));
        QCOMPARE(m_settings->region(), QStringLiteral("GB"));
    }

    void theCountryListIsInTheReadersLanguageAndSortedInIt() {
        ContentLoader loader;
        auto window = windowWithSettings(QStringLiteral("ES"), loadContent(loader, {}, QStringLiteral("es")));
        window->showScreen(QStringLiteral("settings"));
        auto* box = settingsOf(*window)->regionBox();
        QVERIFY(box->itemText(0).contains(QStringLiteral("Espa\u00f1a (112)")));
        QCOMPARE(box->itemText(box->findData(QStringLiteral("GB"))), QStringLiteral("Reino Unido (999)"));
        QCOMPARE(box->itemText(box->findData(QStringLiteral("JP"))), QStringLiteral("Jap\u00f3n (119)"));
        QVERIFY(box->count() > 240);
        // Sorted as Spanish sorts: "Alemania" before "Argentina", "Perú" before "Polonia".
        QVERIFY(box->findData(QStringLiteral("DE")) < box->findData(QStringLiteral("AR")));
        QVERIFY(box->findData(QStringLiteral("PE")) < box->findData(QStringLiteral("PL")));
    }

    void theRegionOverrideWinsForTheRunAndIsNeverSaved() {
        auto window = windowWithSettings(QStringLiteral("US"), builtInContent());
        window->setRegionOverride(QStringLiteral("IN"));
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), QStringLiteral("Call 112"));
        QVERIFY(m_settings->region().isEmpty());
        m_settings->setTextSize(110); // another setting changing keeps the override
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), QStringLiteral("Call 112"));
        m_settings->setRegion(QStringLiteral("GB")); // a country chosen in Settings wins from then on
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), QStringLiteral("Call 999"));
    }

    void aNumberFromSettingsIsShownEvenWhereTheCountryIsUnknown() {
        m_settings->setEmergencyNumber(QStringLiteral("0800 123 456"));
        auto window = windowWithSettings(QString(), builtInContent());
        window->showScreen(QStringLiteral("care"));
        QCOMPARE(labelText(*window, QStringLiteral("emergencyNumber")), QStringLiteral("Call 0800 123 456"));
        QCOMPARE(labelText(*window, QStringLiteral("regionInUse")),
                 QStringLiteral("The emergency number is the one you set in Settings."));
    }
};

QTEST_MAIN(TestRegionNumbers)
#include "test_region_numbers.moc"
