// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>

namespace spasmguide {

// A local stream socket only this user can reach, carrying one-line requests and one-line answers: the
// transport under SingleInstance. On Linux and macOS a Unix domain socket (owner-only, in the user's private
// runtime folder), written against the system directly, because QtNetwork would add its libraries to every
// start-up; on Windows a named pipe through QLocalServer, restricted to the user.
class LocalChannel final : public QObject { // no signals of its own: answers go through the Responder
    Q_DISABLE_COPY_MOVE(LocalChannel)

public:
    static constexpr qsizetype kMaxLine = 64; // longer requests are not ours and are dropped

    // Returns the answer line (with its '\n') to a request line; an empty answer closes without one.
    using Responder = std::function<QByteArray(const QByteArray& request)>;

    explicit LocalChannel(Responder responder, QObject* parent = nullptr);
    ~LocalChannel() override;

    // Sends `line` to whoever listens at `name` and returns the answer line; empty when nobody listens there
    // (at once: there is nothing to connect to) or nobody answers within `timeoutMs`.
    [[nodiscard]] static QByteArray request(const QString& name, const QByteArray& line, int timeoutMs);
    // True when a live process listens at `name`.
    [[nodiscard]] static bool isListenedTo(const QString& name);

    // Listens at `name`, taking over a name a crashed process left behind but never one still listened to.
    bool listen(const QString& name);
    [[nodiscard]] bool isListening() const;
    [[nodiscard]] QString errorString() const { return m_error; }

private:
    struct Server; // per platform: local_channel_unix.cpp, local_channel_windows.cpp
    Responder m_responder;
    std::unique_ptr<Server> m_server;
    QString m_error;
};

} // namespace spasmguide
