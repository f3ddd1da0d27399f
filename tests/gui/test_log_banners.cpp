// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The window's notices about the episode log itself: an old log that could not be read and was set aside is told
// at every start while its file exists, with "Show the file" and "Dismiss for good" (remembered per file, so a
// newer set-aside log is told again), until "Delete all my data" removes it; a log that could not be opened says
// why, and "Try again" opens it off the GUI thread once it can, with no dialog for a retry that fails again.
#include "../core/mounts.h"
#include "core/store/data_files.h"
#include "gui/settings/app_settings.h"
#include "gui/widgets/notice_banner.h"
#include "gui_test_support.h"

#include <QAction>
#include <QDesktopServices>
#include <QFile>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTimer>
#include <sqlite3.h>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// One start of the app over a data folder: its log (opened as the window opens it), settings and window.
struct Start {
    explicit Start(const QString& dir, const Clock& clock) : log(dir.toStdString(), clock), settings(dir) {
        (void)log.open();
        window = openWindow(QStringLiteral("US"), builtInContent(), &log);
        window->setSettings(&settings, QStringLiteral("US"), Theme::Scheme::Light);
    }
    EpisodeLog log;
    AppSettings settings;
    std::unique_ptr<MainWindow> window;
};

// A log file that is not a database at all, as a failed copy leaves one.
void writeDamagedLog(const QString& dir) {
    const auto db = data_files::databasePath(dir.toStdString());
    for (const char* companion : {"-wal", "-shm"}) {
        QFile::remove(QString::fromStdString(db.string() + companion));
    }
    QFile file(QString::fromStdString(db.string()));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QByteArray(8192, 'x'));
}

QPushButton* button(QWidget* banner, const char* name) {
    return find<QPushButton>(banner, QString::fromLatin1(name));
}

bool anyDialogShown() {
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isVisible() && qobject_cast<QMessageBox*>(w)) {
            return true;
        }
    }
    return false;
}

// Every button of a banner: keyboard-reachable, named for screen readers, a target of at least 44 px.
void checkReachable(QWidget* banner) {
    for (auto* b : banner->findChildren<QPushButton*>()) {
        if (!b->isVisible()) {
            continue;
        }
        QVERIFY2(b->focusPolicy() & Qt::TabFocus, qPrintable(b->objectName()));
        QVERIFY2(!b->accessibleName().isEmpty(), qPrintable(b->objectName()));
        QVERIFY2(b->height() >= 44, qPrintable(b->objectName()));
    }
    QVERIFY(!banner->accessibleName().isEmpty());
}

} // namespace

class TestLogBanners : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void theSetAsideLogIsToldAtEveryStartUntilDismissed() {
        QTemporaryDir dir;
        SystemClock clock;
        writeDamagedLog(dir.path());
        QString setAside;
        {
            Start first(dir.path(), clock);
            QVERIFY(first.log.openStatus() == OpenStatus::MovedAsideCorrupt);
            QVERIFY(first.window->setAsideLogBanner()->isVisible());
            setAside = first.window->setAsideLogBanner()->text();
            QVERIFY2(setAside.contains(QStringLiteral(".corrupt-")), qPrintable(setAside));
        }
        // A later start, which moved nothing, still tells it, in words, with the path.
        Start second(dir.path(), clock);
        QVERIFY(second.log.openStatus() == OpenStatus::Ok);
        auto* banner = second.window->setAsideLogBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), setAside);
        QVERIFY(banner->text().contains(QStringLiteral("could not be read")));
        QVERIFY(banner->text().contains(QStringLiteral("a new log was started")));
        QVERIFY(banner->text().contains(QDir::toNativeSeparators(dir.path())));
        QVERIFY(!second.window->logStatusBanner()->isVisible()); // the log itself is fine
        QVERIFY(second.window->problemsBanner() != banner);      // the content's banner is its own
        checkReachable(banner);

        UrlRecorder files;
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &files, "open");
        QTest::mouseClick(button(banner, "showSetAsideLog"), Qt::LeftButton);
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QCOMPARE(files.opened.size(), 1);
        QCOMPARE(files.opened.first(), QUrl::fromLocalFile(QDir(dir.path()).absolutePath()));

        // Keyboard: the dismiss button takes Space.
        auto* dismiss = button(banner, "dismissSetAsideLog");
        dismiss->setFocus();
        QTest::keyClick(dismiss, Qt::Key_Space);
        QVERIFY(!banner->isVisible());
        second.window.reset();

        Start third(dir.path(), clock);
        QVERIFY(!third.window->setAsideLogBanner()->isVisible()); // dismissed for good
    }

    void aNewSetAsideLogIsToldAgainAndDeleteAllRemovesIt() {
        QTemporaryDir dir;
        SystemClock clock;
        writeDamagedLog(dir.path());
        {
            Start first(dir.path(), clock);
            QTest::mouseClick(button(first.window->setAsideLogBanner(), "dismissSetAsideLog"), Qt::LeftButton);
        }
        writeDamagedLog(dir.path()); // damaged again: a second copy is set aside
        Start again(dir.path(), clock);
        auto* banner = again.window->setAsideLogBanner();
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text().count(QStringLiteral(".corrupt-")), 1); // only the new one: the old was dismissed

        // Delete all my data, through the menu and its question.
        QAction* deleteAll = nullptr;
        for (auto* action : again.window->menuBar()->findChildren<QAction*>()) {
            if (action->text().startsWith(QStringLiteral("&Delete all my data"))) {
                deleteAll = action;
            }
        }
        QVERIFY(deleteAll);
        QTimer::singleShot(0, this, [] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            for (auto* b : box->buttons()) {
                if (b->text() == QStringLiteral("Delete everything")) {
                    b->click();
                }
            }
        });
        deleteAll->trigger();
        QVERIFY(!banner->isVisible());
        QVERIFY(setAsideLogsGone(dir.path()));
    }

    void tryAgainOpensALockedLogOnceItIsFree() {
        QTemporaryDir dir;
        SystemClock clock;
        {
            EpisodeLog seed(dir.path().toStdString(), clock);
            QVERIFY(seed.open().isEmpty());
            QVERIFY(!seed.startEpisode({}).empty());
        }
        // A second connection holds the log, as another copy of the app would.
        sqlite3* other = nullptr;
        const auto db = data_files::databasePath(dir.path().toStdString()).string();
        QCOMPARE(sqlite3_open(db.c_str(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);

        EpisodeLog log(dir.path().toStdString(), clock);
        (void)log.open();
        QVERIFY(log.openStatus() == OpenStatus::Locked);
        auto window = openWindow(QStringLiteral("US"), builtInContent(), &log);
        auto* banner = window->logStatusBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("in use by another program")), qPrintable(banner->text()));
        auto* retry = button(banner, "retryLog");
        QVERIFY(retry->isVisible());
        checkReachable(banner);
        window->showScreen(QStringLiteral("history"));
        auto* episodes = onScreen<QListWidget>(*window, QStringLiteral("episodeList"));
        QVERIFY(episodes);
        QCOMPARE(episodes->count(), 0); // nothing can be read yet

        // Still held: the banner stays, the status bar says so, and no dialog opens for it.
        QSignalSpy opened(&log, &EpisodeLog::opened);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(log.isOpening()); // off the GUI thread
        QVERIFY(opened.wait(30000));
        QVERIFY(!log.isAvailable());
        QVERIFY(banner->isVisible());
        QVERIFY(!anyDialogShown());
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("still could not be opened")));

        QCOMPARE(sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_close(other), SQLITE_OK);
        QSignalSpy changed(&log, &EpisodeLog::changed);
        QTest::mouseClick(retry, Qt::LeftButton);
        QVERIFY(opened.wait(30000));
        QVERIFY(log.isAvailable());
        QVERIFY(!banner->isVisible());
        QVERIFY(changed.count() >= 1);
        QCOMPARE(episodes->count(), 1); // the screens that show the log have reloaded
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Logging is on again")));
        QVERIFY(!anyDialogShown());
    }

    void aReadOnlyLogShowsHistoryAndSaysWhyNothingIsSaved() {
        QTemporaryDir dir;
        const auto data = std::filesystem::path(dir.path().toStdString()) / "data";
        TmpfsMount disk(data, "8m");
        if (!disk.ok()) {
            QSKIP(disk.reason().c_str());
        }
        SystemClock clock;
        {
            EpisodeLog seed(data, clock);
            QVERIFY(seed.open().isEmpty());
            QVERIFY(!seed.startEpisode({}).empty());
        }
        if (!disk.remountReadOnly()) {
            QSKIP(disk.reason().c_str());
        }

        EpisodeLog log(data, clock);
        (void)log.open();
        QVERIFY(log.openStatus() == OpenStatus::ReadOnly);
        QVERIFY(log.isAvailable());
        QVERIFY(!log.isWritable());
        auto window = openWindow(QStringLiteral("US"), builtInContent(), &log);
        auto* banner = window->logStatusBanner();
        QVERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(QStringLiteral("read-only")), qPrintable(banner->text()));
        QVERIFY2(banner->text().contains(QStringLiteral("History, export and the report work")),
                 qPrintable(banner->text()));
        checkReachable(banner);
        window->showScreen(QStringLiteral("history"));
        auto* episodes = onScreen<QListWidget>(*window, QStringLiteral("episodeList"));
        QVERIFY(episodes);
        QCOMPARE(episodes->count(), 1); // what was logged can still be read

        // A save is refused with the reason in words, and the log on the read-only disk is not touched.
        QVERIFY(log.startEpisode({}).empty());
        QVERIFY2(log.lastError().contains(QStringLiteral("read-only")), qPrintable(log.lastError()));
        QVERIFY(!anyDialogShown());
    }

private:
    static bool setAsideLogsGone(const QString& dir) {
        return QDir(dir).entryList({QStringLiteral("*.corrupt-*")}, QDir::Files).isEmpty();
    }
};

QTEST_MAIN(TestLogBanners)
#include "test_log_banners.moc"
