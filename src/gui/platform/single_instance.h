// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>

class QWidget;

namespace spasmguide {

class LocalChannel;

// One window per data folder: a second launch asks the running window to come to the front and exits, so a
// person who clicks the icon many times gets one window. They talk through a LocalChannel that only this
// user can reach; launches with another --data-dir are separate.
class SingleInstance final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    static constexpr int kAnswerTimeoutMs = 2000;

    explicit SingleInstance(const QString& dataDir, QObject* parent = nullptr);
    ~SingleInstance() override;

    // The channel's name for a data folder: a socket path in the user's private runtime folder on Linux and
    // macOS, a pipe name on Windows. Empty when the user has no private runtime folder: no single instance then.
    [[nodiscard]] static QString serverNameFor(const QString& dataDir);
    [[nodiscard]] QString serverName() const { return serverNameFor(m_dataDir); }

    // Asks a running instance to come to the front. True when it answered: this launch should then exit.
    // Without one it fails at once (nothing to connect to), so a normal start-up does not wait.
    [[nodiscard]] bool activateRunning(int timeoutMs = kAnswerTimeoutMs) const;

    // Starts answering later launches. False if a live instance has the name (two launches at the same
    // moment) or the channel cannot be opened; the app then simply runs without it.
    bool listen();
    [[nodiscard]] bool isListening() const;

Q_SIGNALS:
    void activationRequested();

private:
    QString m_dataDir; // the name is worked out only when needed: launches that skip this never look it up
    LocalChannel* m_channel = nullptr;
};

// Shows `window` in front of the others, restored if it was minimised. Where the window system refuses to
// give focus to a window that did not ask for it (focus-stealing prevention), the task bar entry flashes.
void bringToFront(QWidget* window);

} // namespace spasmguide
