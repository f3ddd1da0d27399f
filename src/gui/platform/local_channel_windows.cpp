// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LocalChannel on Windows: a named pipe through QLocalServer, restricted to this user (UserAccessOption).
#include "gui/platform/local_channel.h"

#include <QDeadlineTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

namespace spasmguide {
namespace {

constexpr int kIdleClientMs = 2000; // a client that says nothing is dropped

} // namespace

struct LocalChannel::Server {
    QLocalServer server;
};

LocalChannel::LocalChannel(Responder responder, QObject* parent) : QObject(parent), m_responder(std::move(responder)) {}

LocalChannel::~LocalChannel() = default;

QByteArray LocalChannel::request(const QString& name, const QByteArray& line, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs)) {
        return {};
    }
    socket.write(line);
    if (!socket.waitForBytesWritten(static_cast<int>(deadline.remainingTime()))) {
        return {};
    }
    while (!socket.canReadLine()) {
        if (deadline.hasExpired() || !socket.waitForReadyRead(static_cast<int>(deadline.remainingTime()))) {
            return {};
        }
    }
    return socket.readLine(kMaxLine);
}

bool LocalChannel::isListenedTo(const QString& name) {
    QLocalSocket socket;
    socket.connectToServer(name);
    return socket.waitForConnected(1000);
}

bool LocalChannel::listen(const QString& name) {
    if (isListening()) {
        return true;
    }
    // Several servers may share a pipe name on Windows, so a live one must be looked for first.
    if (isListenedTo(name)) {
        m_error = QStringLiteral("another process listens at %1").arg(name);
        return false;
    }
    auto server = std::make_unique<Server>();
    server->server.setSocketOptions(QLocalServer::UserAccessOption);
    if (!server->server.listen(name)) {
        m_error = server->server.errorString();
        return false;
    }
    QLocalServer* raw = &server->server;
    connect(raw, &QLocalServer::newConnection, this, [this, raw] {
        while (QLocalSocket* socket = raw->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
                if (!socket->canReadLine() && socket->bytesAvailable() < kMaxLine) {
                    return; // the rest of the line is still on its way
                }
                const QByteArray line = socket->canReadLine() ? socket->readLine(kMaxLine) : QByteArray();
                if (!line.isEmpty()) {
                    socket->write(m_responder(line));
                    socket->flush();
                }
                socket->disconnectFromServer();
            });
            QTimer::singleShot(kIdleClientMs, socket, &QLocalSocket::disconnectFromServer);
        }
    });
    m_server = std::move(server);
    return true;
}

bool LocalChannel::isListening() const {
    return m_server != nullptr;
}

} // namespace spasmguide
