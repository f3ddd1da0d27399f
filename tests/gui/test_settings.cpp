// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The Settings screen through the real window: choices are saved in the data folder (owner-only), the region
// and the emergency-number override reach the care screen at once, text size and theme apply at once, and a
// language choice waits for the next start. Also: the Spanish UI translation loads and is complete.
#include "gui/app/translations.h"
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_screen.h"
#include "gui_test_support.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTemporaryDir>

using namespace spasmguide;

namespace {

bool careShows(MainWindow& window, const QString& text) {
    window.showScreen(QStringLiteral("care"));
    for (const auto* label : window.screen(QStringLiteral("care"))->findChildren<QLabel*>()) {
        if (label->text().contains(text)) {
            return true;
        }
    }
    return false;
}

} // namespace

class TestSettings : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::WindowFixture> m_f;

    SettingsScreen* settingsScreen() {
        m_f->window->showScreen(QStringLiteral("settings"));
        return static_cast<SettingsScreen*>(m_f->window->screen(QStringLiteral("settings")));
    }

private Q_SLOTS:
    void init() {
        m_f = std::make_unique<test::WindowFixture>(
            test::FakeClock().now(), test::WindowOptions{.log = test::WindowOptions::Log::None, .settings = true});
    }

    void cleanup() {
        m_f.reset();
        Theme::apply(*qApp, Theme::Scheme::Light);
    }

    void settingsAreReachableAndListedAsAScreen() {
        QVERIFY(m_f->window->screenIds().contains(QStringLiteral("settings")));
        QTest::keyClick(m_f->window.get(), Qt::Key_Comma, Qt::ControlModifier);
        QCOMPARE(m_f->window->currentScreenId(), QStringLiteral("settings"));
    }

    void regionAndNumberOverrideReachTheCareScreenAtOnce() {
        QVERIFY(careShows(*m_f->window, QStringLiteral("911")));
        auto* screen = settingsScreen();
        const int gb = screen->regionBox()->findData(QStringLiteral("GB"));
        QVERIFY(gb > 0);
        screen->regionBox()->setCurrentIndex(gb);
        QCOMPARE(m_f->settings->region(), QStringLiteral("GB"));
        QVERIFY(careShows(*m_f->window, QStringLiteral("999")));

        screen = settingsScreen();
        screen->numberEdit()->setText(QStringLiteral("0800 123 456<script>"));
        Q_EMIT screen->numberEdit()->editingFinished();
        QCOMPARE(m_f->settings->emergencyNumber(), QStringLiteral("0800 123 456")); // only what a number can hold
        QVERIFY(careShows(*m_f->window, QStringLiteral("0800 123 456")));
    }

    void choicesAreSavedOwnerOnlyAndReadBack() {
        auto* screen = settingsScreen();
        screen->textSizeBox()->setValue(150);
        screen->themeBox()->setCurrentIndex(
            screen->themeBox()->findData(static_cast<int>(AppSettings::ThemeChoice::HighContrast)));
        screen->languageBox()->setCurrentIndex(screen->languageBox()->findData(QStringLiteral("es")));
        QFile file(m_f->settings->filePath());
        QVERIFY(file.exists());
        QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const AppSettings again(m_f->dir.path());
        QCOMPARE(again.textSize(), 150);
        QCOMPARE(again.theme(), AppSettings::ThemeChoice::HighContrast);
        QCOMPARE(again.language(), QStringLiteral("es"));
        QCOMPARE(again.effectiveLanguage(QStringLiteral("en_US")), QStringLiteral("es"));
        QVERIFY(screen->findChild<QLabel*>(QStringLiteral("restartNote"))->isVisibleTo(screen));

        QTest::mouseClick(test::onScreen<QPushButton>(*m_f->window, QStringLiteral("restoreDefaults")), Qt::LeftButton);
        QCOMPARE(m_f->settings->textSize(), 100);
        QCOMPARE(screen->textSizeBox()->value(), 100);
        QCOMPARE(m_f->settings->language(), QString());
    }

    void textSizeAndThemeApplyAtOnce() {
        const qreal before = m_f->window->helpButton()->font().pointSizeF();
        auto* screen = settingsScreen();
        screen->textSizeBox()->setValue(200);
        QVERIFY(m_f->window->helpButton()->font().pointSizeF() > 1.9 * before);
        screen->themeBox()->setCurrentIndex(
            screen->themeBox()->findData(static_cast<int>(AppSettings::ThemeChoice::Dark)));
        QVERIFY(qApp->palette().color(QPalette::Window).lightnessF() < 0.5);
        screen->themeBox()->setCurrentIndex(
            screen->themeBox()->findData(static_cast<int>(AppSettings::ThemeChoice::HighContrast)));
        QCOMPARE(qApp->palette().color(QPalette::WindowText), QColor(Qt::black));
    }

    void aBrokenSettingsFileIsIgnoredNotFatal() {
        QTemporaryDir dir;
        QFile ini(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[display]\ntextSize=9000\ntheme=purple\n[emergency]\nregion=united kingdom\n\x01\x02garbage");
        ini.close();
        const AppSettings settings(dir.path());
        QCOMPARE(settings.textSize(), AppSettings::kMaxTextSize);
        QCOMPARE(settings.theme(), AppSettings::ThemeChoice::System);
        QCOMPARE(settings.region(), QString()); // not a region code: as the system
    }

    // English is the source language, but "%n check-in(s)" reads "1 check-in" and "2 check-ins": its plural forms
    // come from spasmguide_en.ts, for English locales and for the C locale of servers and containers alike.
    void englishCountsAreSingularOrPlural() {
        const auto checkIns = [](int n) {
            return QCoreApplication::translate("spasmguide::HistoryScreen", "%n check-in(s)", nullptr, n);
        };
        QCOMPARE(checkIns(2), QStringLiteral("2 check-in(s)")); // no translator yet: the source text
        QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("en_GB"))));
        QCOMPARE(checkIns(1), QStringLiteral("1 check-in"));
        QCOMPARE(checkIns(2), QStringLiteral("2 check-ins"));
        QCOMPARE(checkIns(0), QStringLiteral("0 check-ins"));
        QVERIFY(installTranslations(*qApp, QLocale::c()));
        QCOMPARE(checkIns(1), QStringLiteral("1 check-in"));
        QCOMPARE(QCoreApplication::translate("spasmguide::MainWindow", "Get help now"),
                 QStringLiteral("Get help now")); // everything else stays as written
    }

    void theSpanishTranslationLoads() {
        QVERIFY(installTranslations(*qApp, QLocale(QStringLiteral("es_ES"))));
        QCOMPARE(QCoreApplication::translate("spasmguide::MainWindow", "Get help now"),
                 QStringLiteral("Pedir ayuda ahora"));
        QVERIFY(!installTranslations(*qApp, QLocale(QStringLiteral("fi_FI")))); // no Finnish: English UI
    }
};

QTEST_MAIN(TestSettings)
#include "test_settings.moc"
