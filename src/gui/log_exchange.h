// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/progress.h"
#include "store/clock.h"

#include <QObject>
#include <QString>
#include <atomic>
#include <filesystem>
#include <functional>
#include <thread>

namespace spasmguide {

struct ExchangeOutcome {
    bool ok = false;
    QString message; // for the person, either way
};

// Export to .csv (one row per check-in) or .json (everything), by the file's extension. Writes a temporary
// file next to the target and renames it at the end, so a full disk or a cancel never leaves half a file
// or damages an existing one. Opens its own connection, so it can run on any thread.
ExchangeOutcome exportLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const std::string& contentVersion, const ProgressFn& progress = {});

// Merges a .json export into the log by stable ids, in one transaction: all or nothing.
ExchangeOutcome importLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const ProgressFn& progress = {});

// Runs an export or import on a worker thread so painting never waits; progress and the end arrive as
// signals on the GUI thread.
class LogExchangeRunner final : public QObject {
    Q_OBJECT

public:
    using Task = std::function<ExchangeOutcome(const ProgressFn&)>;

    explicit LogExchangeRunner(QObject* parent = nullptr);
    ~LogExchangeRunner() override; // waits for the worker: it never outlives its signals' receiver

    void start(Task task);
    void cancel() { m_cancel = true; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished(const spasmguide::ExchangeOutcome& outcome);

private:
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace spasmguide
