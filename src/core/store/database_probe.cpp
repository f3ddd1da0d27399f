// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/database_probe.h"

#include "store/migrations.h"
#include "store/store_error.h"

#include <condition_variable>
#include <mutex>
#include <sqlite3.h>
#include <thread>

namespace spasmguide {

namespace {
using Verdict = ProbeResult::Verdict;

Verdict classify(const StoreError& error) {
    switch (error.primaryCode()) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return Verdict::Locked;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return Verdict::Corrupt;
    default:
        // A short read means the file ends before SQLite expects it to: a truncated database.
        return error.code() == SQLITE_IOERR_SHORT_READ ? Verdict::Corrupt : Verdict::Unwritable;
    }
}

// PRAGMA quick_check within the budget: "ok", an error text, or empty when the budget ran out first.
// SQLite runs the whole check in one VM step, so a watchdog thread interrupts it (sqlite3_interrupt is thread-safe).
std::string boundedQuickCheck(Database& db, std::chrono::milliseconds budget) {
    std::mutex mutex;
    std::condition_variable finished;
    bool done = false;
    std::thread watchdog([&] {
        std::unique_lock lock(mutex);
        if (!finished.wait_for(lock, budget, [&] { return done; })) {
            sqlite3_interrupt(db.handle());
        }
    });
    const auto stopWatchdog = [&] {
        {
            const std::lock_guard lock(mutex);
            done = true;
        }
        finished.notify_one();
        watchdog.join();
    };
    try {
        std::string check = db.queryText("PRAGMA quick_check(1)");
        stopWatchdog();
        return check;
    } catch (const StoreError& error) {
        stopWatchdog();
        if (error.primaryCode() == SQLITE_INTERRUPT) {
            return {};
        }
        throw;
    }
}

// Runs the checks that need an open connection; any StoreError is classified by the caller.
Verdict inspect(Database& db, int latestVersion, std::chrono::milliseconds checkBudget, ProbeResult& result) {
    if (db.isReadOnly()) {
        result.reason = "the file is read-only";
        return Verdict::Unwritable;
    }
    result.version = db.queryInt64("PRAGMA user_version");
    const auto applicationId = db.queryInt64("PRAGMA application_id");
    const auto objects = db.queryInt64("SELECT count(*) FROM sqlite_schema");
    if (applicationId != kApplicationId && (result.version != 0 || objects != 0)) {
        result.reason = "an SQLite database of another application";
        return Verdict::Foreign;
    }
    if (result.version > latestVersion) {
        result.reason = "schema version " + std::to_string(result.version);
        return Verdict::Newer;
    }
    try {
        // Another process holding the write lock makes this fail with SQLITE_BUSY after the busy timeout.
        db.exec("BEGIN IMMEDIATE");
        db.exec("ROLLBACK");
    } catch (const StoreError& error) {
        result.reason = error.what();
        return error.primaryCode() == SQLITE_READONLY ? Verdict::Unwritable : classify(error);
    }
    const std::string check = boundedQuickCheck(db, checkBudget);
    result.checkComplete = !check.empty();
    if (result.checkComplete && check != "ok") {
        result.reason = "quick_check: " + check;
        return Verdict::Corrupt;
    }
    return Verdict::Usable;
}
} // namespace

ProbeResult probeDatabase(const std::filesystem::path& file, int latestVersion, int busyTimeoutMs,
                          std::chrono::milliseconds checkBudget) {
    ProbeResult result;
    try {
        Database db(file, Database::Mode::ReadWrite);
        db.setCheckpointOnClose(false);
        db.setBusyTimeout(busyTimeoutMs);
        result.verdict = inspect(db, latestVersion, checkBudget, result);
        if (result.verdict == Verdict::Usable) {
            result.db = std::move(db);
        }
    } catch (const StoreError& error) {
        result.verdict = classify(error);
        result.reason = error.what();
    }
    return result;
}

} // namespace spasmguide
