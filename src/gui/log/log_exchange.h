// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/json_import.h"
#include "core/exchange/progress.h"
#include "core/time/clock.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <filesystem>
#include <functional>
#include <istream>
#include <memory>
#include <thread>
#include <utility>

namespace spasmguide {

struct ExchangeOutcome {
    ExchangeOutcome() = default;
    ExchangeOutcome(bool ok_, QString message_, QStringList details_ = {}, bool cancelled_ = false)
        : ok(ok_), message(std::move(message_)), details(std::move(details_)), cancelled(cancelled_) {}

    bool ok = false;
    QString message;     // for the person, either way
    QStringList details; // an import's records changed or kept against the file, one line each
    bool cancelled = false;
};

// How far a job on the worker has got: `done` of `total` (-1: unknown) in the job's own unit (rows for an export,
// bytes of the file for an import), and the records handled so far.
struct ExchangeProgress {
    std::int64_t done = 0;
    std::int64_t total = -1;
    std::int64_t records = 0;
};
// Returning false asks the job to stop.
using ExchangeProgressFn = std::function<bool(const ExchangeProgress&)>;

// Export to .csv (one row per check-in) or .json (everything), by the file's extension. Writes a temporary
// file next to the target and renames it at the end, so a full disk or a cancel never leaves half a file
// or damages an existing one. Opens its own connection, so it can run on any thread.
ExchangeOutcome exportLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const std::string& contentVersion, const ProgressFn& progress = {});

// Opens the file an import reads; replaced in tests by a source that can be paused.
using ImportOpener = std::function<std::unique_ptr<std::istream>(const std::filesystem::path& file)>;

// Merges a .json export into the log by the merge rule (exchange/json_import.h), streamed, in one transaction: all
// or nothing. The message is the translated summary; `details` lists the records it changed or kept.
ExchangeOutcome importLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const ImportProgressFn& progress = {}, const ImportOpener& open = {});

// Runs an export or import on a worker thread so painting never waits; progress and the end arrive as
// signals on the GUI thread.
class LogExchangeRunner final : public QObject {
    Q_OBJECT

public:
    using Task = std::function<ExchangeOutcome(const ExchangeProgressFn&)>;

    explicit LogExchangeRunner(QObject* parent = nullptr);
    ~LogExchangeRunner() override; // waits for the worker: it never outlives its signals' receiver

    void start(Task task);
    void cancel() { m_cancel = true; }
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total, qint64 records);
    void finished(const spasmguide::ExchangeOutcome& outcome);

private:
    std::thread m_worker;
    std::atomic<bool> m_cancel{false};
    bool m_running = false;
};

} // namespace spasmguide
