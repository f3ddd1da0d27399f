// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/platform/single_instance.h"

#include "gui/platform/local_channel.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>
#include <QTimer>
#include <QWidget>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

const QByteArray kActivate = QByteArrayLiteral("activate\n");
const QByteArray kAnswer = QByteArrayLiteral("ok\n");

#ifndef Q_OS_WIN
// The user's private runtime folder (XDG_RUNTIME_DIR, mode 0700; Qt makes a private one when it is unset).
// Inside a Flatpak each launch has its own runtime folder except the app's shared subfolder, so use that.
QString socketFolder() {
    const QString runtime = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    const QString flatpakId = qEnvironmentVariable("FLATPAK_ID");
    if (!runtime.isEmpty() && !flatpakId.isEmpty() && QDir(runtime).exists(QStringLiteral("app/") + flatpakId)) {
        return QDir(runtime).filePath(QStringLiteral("app/") + flatpakId);
    }
    return runtime;
}
#endif

} // namespace

SingleInstance::SingleInstance(const QString& dataDir, QObject* parent) : QObject(parent), m_dataDir(dataDir) {}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::serverNameFor(const QString& dataDir) {
    // The home folder makes the name per user even when two people share one --data-dir.
    const QString key = QDir::homePath() + QLatin1Char('\n') + QDir::cleanPath(QDir(dataDir).absolutePath());
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString name = QStringLiteral("spasmguide-") + hash;
#ifdef Q_OS_WIN
    return name; // named pipes have one global namespace; the pipe itself is limited to this user
#else
    const QString folder = socketFolder();
    return folder.isEmpty() ? QString() : QDir(folder).filePath(name);
#endif
}

bool SingleInstance::activateRunning(int timeoutMs) const {
    const QString name = serverName();
    return !name.isEmpty() && LocalChannel::request(name, kActivate, timeoutMs) == kAnswer;
}

bool SingleInstance::listen() {
    if (isListening()) {
        return true;
    }
    const QString name = serverName();
    if (name.isEmpty()) {
        spdlog::warn("no private runtime folder: later launches will open windows of their own");
        return false;
    }
    delete m_channel;
    m_channel = new LocalChannel(
        [this](const QByteArray& request) {
            if (request != kActivate) {
                return QByteArray();
            }
            // Answered first, so the other launch can exit while this window comes forward.
            QTimer::singleShot(0, this, &SingleInstance::activationRequested);
            return kAnswer;
        },
        this);
    if (!m_channel->listen(name)) {
        spdlog::info("not answering later launches: {}", m_channel->errorString().toStdString());
        return false;
    }
    return true;
}

bool SingleInstance::isListening() const {
    return m_channel && m_channel->isListening();
}

void bringToFront(QWidget* window) {
    if (window->isMinimized()) {
        window->setWindowState((window->windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
    }
    window->show();
    window->raise();
    window->activateWindow();
    QApplication::alert(window);
}

} // namespace spasmguide
