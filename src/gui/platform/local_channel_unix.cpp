// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// LocalChannel on Linux and macOS: a Unix domain socket, written against the system so that QtNetwork's
// libraries stay out of start-up. Sockets are close-on-exec, and writes never raise SIGPIPE.
#include "gui/platform/local_channel.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QSocketNotifier>
#include <QTimer>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace spasmguide {
namespace {

constexpr int kIdleClientMs = 2000; // a client that says nothing is dropped
#ifdef MSG_NOSIGNAL
constexpr int kSendFlags = MSG_NOSIGNAL;
#else
constexpr int kSendFlags = 0; // macOS: SO_NOSIGPIPE is set on the socket instead
#endif

bool addressOf(const QString& name, sockaddr_un& address) {
    const QByteArray path = QFile::encodeName(name);
    address = {};
    address.sun_family = AF_UNIX;
    if (path.isEmpty() || static_cast<std::size_t>(path.size()) >= sizeof(address.sun_path)) {
        return false;
    }
    std::memcpy(address.sun_path, path.constData(), static_cast<std::size_t>(path.size()));
    return true;
}

// Close-on-exec, and (macOS, which has no MSG_NOSIGNAL) no SIGPIPE when the other side has gone.
void configure(int fd) {
    ::fcntl(fd, F_SETFD, FD_CLOEXEC);
#ifdef SO_NOSIGPIPE
    const int on = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_NOSIGPIPE, &on, sizeof(on));
#endif
}

int newSocket() {
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0) {
        configure(fd);
    }
    return fd;
}

int connectTo(const QString& name) {
    sockaddr_un address;
    if (!addressOf(name, address)) {
        return -1;
    }
    const int fd = newSocket();
    if (fd >= 0 && ::connect(fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool waitUntilReadable(int fd, const QDeadlineTimer& deadline) {
    pollfd watched{fd, POLLIN, 0};
    while (true) {
        const int ready = ::poll(&watched, 1, static_cast<int>(deadline.remainingTime()));
        if (ready > 0) {
            return true;
        }
        if (ready == 0 || errno != EINTR) {
            return false;
        }
    }
}

void sendAll(int fd, const QByteArray& data) {
    // A line is far smaller than a socket buffer, so one send() normally takes it all.
    for (qsizetype sent = 0; sent < data.size();) {
        const auto n = ::send(fd, data.constData() + sent, static_cast<std::size_t>(data.size() - sent), kSendFlags);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return;
        }
        sent += n;
    }
}

} // namespace

struct LocalChannel::Server {
    // A connected client. Its notifier and timer are deleted later, as drop() runs inside their own signals.
    struct Client {
        QSocketNotifier* notifier = nullptr;
        QTimer* idle = nullptr;
        QByteArray received;
    };

    ~Server() {
        for (auto& [client, entry] : clients) {
            delete entry.notifier;
            delete entry.idle;
            ::close(client);
        }
        notifier.reset();
        ::close(fd);
        // Remove the socket file, unless another process has put its own there since.
        struct stat now {};
        if (::lstat(path.constData(), &now) == 0 && now.st_ino == inode && now.st_dev == device) {
            ::unlink(path.constData());
        }
    }

    void acceptClients(LocalChannel* channel) {
        while (true) {
            const int client = ::accept(fd, nullptr, nullptr);
            if (client < 0) {
                return; // EAGAIN: no one else is waiting
            }
            configure(client);
            ::fcntl(client, F_SETFL, ::fcntl(client, F_GETFL) | O_NONBLOCK);
            Client& entry = clients[client];
            entry.notifier = new QSocketNotifier(client, QSocketNotifier::Read);
            QObject::connect(entry.notifier, &QSocketNotifier::activated, channel,
                             [this, channel, client] { readFrom(channel, client); });
            entry.idle = new QTimer;
            entry.idle->setSingleShot(true);
            QObject::connect(entry.idle, &QTimer::timeout, channel, [this, client] { drop(client); });
            entry.idle->start(kIdleClientMs);
        }
    }

    void readFrom(LocalChannel* channel, int client) {
        const auto found = clients.find(client);
        if (found == clients.end()) {
            return;
        }
        Client& entry = found->second;
        char buffer[LocalChannel::kMaxLine];
        const auto n = ::read(client, buffer, sizeof(buffer));
        if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
            return;
        }
        if (n <= 0) {
            drop(client); // the client went away
            return;
        }
        entry.received.append(buffer, n);
        const qsizetype end = entry.received.indexOf('\n');
        if (end < 0 && entry.received.size() < LocalChannel::kMaxLine) {
            return; // the rest of the line is still on its way
        }
        const QByteArray line = end < 0 ? QByteArray() : entry.received.left(end + 1);
        const QByteArray reply = line.isEmpty() ? QByteArray() : channel->m_responder(line);
        sendAll(client, reply);
        drop(client);
    }

    void drop(int client) {
        const auto found = clients.find(client);
        if (found != clients.end()) {
            found->second.notifier->setEnabled(false);
            found->second.notifier->deleteLater();
            found->second.idle->stop();
            found->second.idle->deleteLater();
            clients.erase(found);
            ::close(client);
        }
    }

    int fd = -1;
    QByteArray path;
    ino_t inode = 0;
    dev_t device = 0;
    std::unique_ptr<QSocketNotifier> notifier;
    std::map<int, Client> clients;
};

LocalChannel::LocalChannel(Responder responder, QObject* parent) : QObject(parent), m_responder(std::move(responder)) {}

LocalChannel::~LocalChannel() = default;

QByteArray LocalChannel::request(const QString& name, const QByteArray& line, int timeoutMs) {
    const QDeadlineTimer deadline(timeoutMs);
    const int fd = connectTo(name);
    if (fd < 0) {
        return {};
    }
    sendAll(fd, line);
    QByteArray answer;
    char buffer[kMaxLine];
    while (!answer.contains('\n') && answer.size() < kMaxLine && waitUntilReadable(fd, deadline)) {
        const auto n = ::read(fd, buffer, sizeof(buffer));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break; // closed without a whole line
        }
        answer.append(buffer, n);
    }
    ::close(fd);
    return answer.contains('\n') ? answer.left(answer.indexOf('\n') + 1) : QByteArray();
}

bool LocalChannel::isListenedTo(const QString& name) {
    const int fd = connectTo(name);
    if (fd >= 0) {
        ::close(fd);
    }
    return fd >= 0;
}

bool LocalChannel::listen(const QString& name) {
    if (isListening()) {
        return true;
    }
    sockaddr_un address;
    if (!addressOf(name, address)) {
        m_error = QStringLiteral("the socket path is too long: %1").arg(name);
        return false;
    }
    if (isListenedTo(name)) {
        m_error = QStringLiteral("another process listens at %1").arg(name);
        return false;
    }
    auto server = std::make_unique<Server>();
    server->path = QFile::encodeName(name);
    ::unlink(server->path.constData()); // what a crashed process left there: nobody listens to it
    server->fd = newSocket();
    if (server->fd < 0 || ::bind(server->fd, reinterpret_cast<const sockaddr*>(&address), sizeof(address)) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false; // EADDRINUSE: another launch took the name a moment ago
    }
    // Owner-only; the folder (the user's runtime folder) is private too, so there is no moment anyone else can reach
    // it.
    ::chmod(server->path.constData(), S_IRUSR | S_IWUSR);
    struct stat bound {};
    ::lstat(server->path.constData(), &bound);
    server->inode = bound.st_ino;
    server->device = bound.st_dev;
    ::fcntl(server->fd, F_SETFL, ::fcntl(server->fd, F_GETFL) | O_NONBLOCK);
    if (::listen(server->fd, 8) != 0) {
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    server->notifier = std::make_unique<QSocketNotifier>(server->fd, QSocketNotifier::Read);
    Server* raw = server.get();
    connect(server->notifier.get(), &QSocketNotifier::activated, this, [this, raw] { raw->acceptClients(this); });
    m_server = std::move(server);
    return true;
}

bool LocalChannel::isListening() const {
    return m_server != nullptr;
}

} // namespace spasmguide
