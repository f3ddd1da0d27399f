// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// How the app presents itself to the desktop: one reverse-DNS id from which Qt's names derive (and the data
// folder stays where 0.1 put it), the window icon at every size, and the window's size and place: 1280×800
// fitted to 90% of a small screen on first run, then remembered in settings.ini beside the Settings choices.
#include "gui/app/app_identity.h"
#include "gui/app/window_geometry.h"
#include "gui/settings/app_settings.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>

using namespace spasmguide;

class TestDesktopIntegration : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneIdEverywhere() {
        setApplicationIdentity();
        QCOMPARE(appId(), QStringLiteral("io.github.spasmguide.SpasmGuide"));
        QCOMPARE(QGuiApplication::desktopFileName(), appId());
        QCOMPARE(QCoreApplication::organizationDomain(), QStringLiteral("spasmguide.github.io"));
        QCOMPARE(QCoreApplication::applicationName(), QStringLiteral("SpasmGuide"));
        // No organisation name: the default data folder is still <app data>/SpasmGuide, where 0.1 kept the log.
        QVERIFY(QCoreApplication::organizationName().isEmpty());
        QVERIFY(
            QStandardPaths::writableLocation(QStandardPaths::AppDataLocation).endsWith(QStringLiteral("/SpasmGuide")));
    }

    void windowIconHasEverySize() {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
            QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
            QCOMPARE(icon.pixmap(QSize(size, size), 1.0).size(), QSize(size, size));
        }
        QVERIFY(!icon.pixmap(QSize(16, 16), 1.0).toImage().isNull());
    }

    void firstRunFitsTheScreen() {
        QCOMPARE(firstRunSize(QSize(1920, 1040)), QSize(1280, 800)); // a common desktop
        QCOMPARE(firstRunSize(QSize(1366, 728)), QSize(1229, 655));  // a small laptop, minus its panel
        QCOMPARE(firstRunSize(QSize(1280, 800)), QSize(1152, 720));  // never edge to edge
        QCOMPARE(firstRunSize(QSize(1512, 944)), QSize(1280, 800));  // a high-DPI laptop, in logical pixels
    }

    void firstRunIsCentredAndFits() {
        const QTemporaryDir dir;
        QWidget window;
        restoreWindowGeometry(window, dir.filePath(QStringLiteral("settings.ini")));
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QCOMPARE(window.size(), firstRunSize(available.size()));
        QVERIFY(available.contains(window.geometry()));
        QVERIFY(qAbs(window.geometry().center().x() - available.center().x()) <= 1);
    }

    void geometryIsRemembered() {
        const QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("settings.ini"));
        AppSettings settings(dir.path());
        settings.setTextSize(150);
        {
            QWidget window;
            window.setGeometry(40, 50, 500, 400);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            saveWindowGeometry(window, file);
        }
        settings.setTheme(AppSettings::ThemeChoice::Dark); // the Settings screen saving later keeps the geometry
        QWidget reopened;
        restoreWindowGeometry(reopened, file);
        QCOMPARE(reopened.size(), QSize(500, 400));
        QCOMPARE(reopened.pos(), QPoint(40, 50));
        QCOMPARE(AppSettings(dir.path()).textSize(), 150); // and the geometry kept the Settings choices
#ifndef Q_OS_WIN // Windows keeps the profile folder per user; Qt reports no owner-only bits there
        QCOMPARE(QFile::permissions(file) & (QFile::ReadOther | QFile::ReadGroup), QFile::Permissions());
#endif
    }
};

QTEST_MAIN(TestDesktopIntegration)
#include "test_desktop_integration.moc"
