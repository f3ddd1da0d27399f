// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One window per data folder: a second launch of the real binary (offscreen) asks the running instance, here
// a SingleInstance in this process, to come to the front and exits 0 at once; another data folder, or a launch
// that only measures start-up, leaves it alone; what a crash leaves behind does not block the next start,
// while a live instance is never taken over; the channel is owner-only and answers nothing but its request;
// and the real app, once painted, answers a second launch.
#include "gui/platform/local_channel.h"
#include "gui/platform/single_instance.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <chrono>
#include <future>

#ifndef Q_OS_WIN
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

using namespace spasmguide;
using namespace std::chrono_literals;

namespace {

constexpr int kLaunchTimeoutMs = 20000; // bounded waits; a slow, busy machine still finishes well within them

// The real spasmguide, offscreen, with its data in `dataDir`.
std::unique_ptr<QProcess> launch(const QString& dataDir, const QStringList& extra = {}) {
    auto process = std::make_unique<QProcess>();
    process->setProgram(QStringLiteral(SPASMGUIDE_APP));
    process->setArguments(QStringList{QStringLiteral("--data-dir"), dataDir} + extra);
    process->setProcessChannelMode(QProcess::ForwardedChannels);
    process->start();
    return process;
}

// A request from another thread: request() blocks, and this thread must keep answering.
std::future<QByteArray> ask(const QString& name, const QByteArray& line) {
    return std::async(std::launch::async, [name, line] { return LocalChannel::request(name, line, 5000); });
}

bool isReady(const std::future<QByteArray>& answer) {
    return answer.wait_for(0ms) == std::future_status::ready;
}

} // namespace

class TestSingleInstance : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { qputenv("QT_QPA_PLATFORM", "offscreen"); } // inherited by the launched app

    void nameIsPerDataFolder() {
        const QTemporaryDir a;
        const QTemporaryDir b;
        QVERIFY(!SingleInstance::serverNameFor(a.path()).isEmpty());
        QCOMPARE(SingleInstance::serverNameFor(a.path()),
                 SingleInstance::serverNameFor(a.path() + QStringLiteral("/.")));
        QVERIFY(SingleInstance::serverNameFor(a.path()) != SingleInstance::serverNameFor(b.path()));
    }

    void nothingRunningAnswersAtOnce() {
        const QTemporaryDir dir;
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!SingleInstance(dir.path()).activateRunning());
        QVERIFY2(timer.elapsed() < 500, "a first launch must not wait for an answer");
    }

    void secondLaunchBringsTheFirstForward() {
        const QTemporaryDir dir;
        SingleInstance running(dir.path());
        QVERIFY(running.listen());
        QSignalSpy activations(&running, &SingleInstance::activationRequested);

        QElapsedTimer timer;
        timer.start();
        auto second = launch(dir.path());
        QSignalSpy finished(second.get(), &QProcess::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLaunchTimeoutMs); // spins the event loop: we answer
        QCOMPARE(second->exitStatus(), QProcess::NormalExit);
        QCOMPARE(second->exitCode(), 0);
        QTRY_COMPARE(activations.count(), 1);
        qInfo("the second launch exited after %lld ms", timer.elapsed());
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("logs")))); // it opened no window or log of its own
    }

    void otherDataFolderIsSeparate() {
        const QTemporaryDir mine;
        const QTemporaryDir other;
        SingleInstance running(mine.path());
        QVERIFY(running.listen());
        QSignalSpy activations(&running, &SingleInstance::activationRequested);
        QVERIFY(!SingleInstance(other.path()).activateRunning(500));
        QCOMPARE(activations.count(), 0);
    }

    void startUpMeasurementIsNotForwarded() {
        const QTemporaryDir dir;
        SingleInstance running(dir.path());
        QVERIFY(running.listen());
        QSignalSpy activations(&running, &SingleInstance::activationRequested);
        auto measured = launch(dir.path(), {QStringLiteral("--quit-after-first-paint")});
        QSignalSpy finished(measured.get(), &QProcess::finished);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, kLaunchTimeoutMs);
        QCOMPARE(measured->exitCode(), 0);
        QCOMPARE(activations.count(), 0);
    }

    void aLiveInstanceIsNeverTakenOver() {
        const QTemporaryDir dir;
        SingleInstance first(dir.path());
        QVERIFY(first.listen());
        SingleInstance sameMoment(dir.path()); // launched at the same moment, it finds the name taken
        QVERIFY(!sameMoment.listen());
        QSignalSpy activations(&first, &SingleInstance::activationRequested);
        const auto answer = ask(first.serverName(), "activate\n");
        QTRY_VERIFY(isReady(answer));
        QTRY_COMPARE(activations.count(), 1);
    }

    void answersOnlyItsOwnRequest() {
        const QTemporaryDir dir;
        SingleInstance running(dir.path());
        QVERIFY(running.listen());
        QSignalSpy activations(&running, &SingleInstance::activationRequested);
        auto other = ask(running.serverName(), "open /etc/passwd\n");
        QTRY_VERIFY(isReady(other));
        QCOMPARE(other.get(), QByteArray());
        auto flood = ask(running.serverName(), QByteArray(4096, 'x'));
        QTRY_VERIFY(isReady(flood));
        QCOMPARE(flood.get(), QByteArray());
        auto mine = ask(running.serverName(), "activate\n");
        QTRY_VERIFY(isReady(mine));
        QCOMPARE(mine.get(), QByteArray("ok\n"));
        QTRY_COMPARE(activations.count(), 1);
    }

    void channelIsOwnerOnlyAndRemovedAtExit() {
#ifdef Q_OS_WIN
        QSKIP("a named pipe is not a file; UserAccessOption restricts it to this user");
#else
        const QTemporaryDir dir;
        QString name;
        {
            SingleInstance running(dir.path());
            QVERIFY(running.listen());
            name = running.serverName();
            QVERIFY(QFile::exists(name));
            QCOMPARE(QFile::permissions(name) &
                         ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
                     QFile::Permissions());
        }
        QVERIFY(!QFile::exists(name));
#endif
    }

    void whatACrashLeftIsReplaced() {
#ifdef Q_OS_WIN
        QSKIP("named pipes vanish with their process; nothing is left behind on Windows");
#else
        const QTemporaryDir dir;
        const QString name = SingleInstance::serverNameFor(dir.path());
        // A crashed instance's socket: bound, then closed without removing the file.
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        const QByteArray path = QFile::encodeName(name);
        std::copy(path.begin(), path.end(), address.sun_path);
        QCOMPARE(::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(name));

        SingleInstance next(dir.path());
        QVERIFY(!next.activateRunning(500));
        QVERIFY(next.listen());
        QSignalSpy activations(&next, &SingleInstance::activationRequested);
        const auto answer = ask(name, "activate\n");
        QTRY_VERIFY(isReady(answer));
        QTRY_COMPARE(activations.count(), 1);
#endif
    }

    void theRealAppAnswersOnceItIsUp() {
        const QTemporaryDir dir;
        auto first = launch(dir.path());
        const SingleInstance probe(dir.path());
        // The app listens after its first paint; until then a second launch would start normally.
        QTRY_VERIFY_WITH_TIMEOUT(probe.activateRunning(200), kLaunchTimeoutMs);
        auto second = launch(dir.path());
        QVERIFY(second->waitForFinished(kLaunchTimeoutMs));
        QCOMPARE(second->exitCode(), 0);
        QCOMPARE(first->state(), QProcess::Running);
        first->kill();
        QVERIFY(first->waitForFinished(kLaunchTimeoutMs));
    }

    void bringToFrontRestoresAMinimisedWindow() {
        QWidget window;
        window.resize(400, 300);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.showMinimized();
        QTRY_VERIFY(window.isMinimized());
        bringToFront(&window);
        QTRY_VERIFY(!window.isMinimized());
        QVERIFY(window.isVisible());
    }
};

QTEST_MAIN(TestSingleInstance)
#include "test_single_instance.moc"
