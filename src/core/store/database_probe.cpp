// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database_probe.h"

#include "core/store/migrations.h"
#include "core/store/store_error.h"

#include <array>
#include <condition_variable>
#include <fstream>
#include <mutex>
#include <sqlite3.h>
#include <string_view>
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

std::uint32_t bigEndian(const std::array<unsigned char, 100>& header, std::size_t at) {
    return (std::uint32_t{header[at]} << 24) | (std::uint32_t{header[at + 1]} << 16) |
           (std::uint32_t{header[at + 2]} << 8) | std::uint32_t{header[at + 3]};
}

// A file shorter than its own header says it is has been cut off (a copy or a disk that failed part-way). The
// quick check would find it too, but only if it gets that far within its time budget, so this is decided first,
// from the 100-byte header: the page size (offset 16) times the page count (offset 28), which is valid when the
// change counter (24) equals "version-valid-for" (92). In WAL mode the file only ever grows past that count.
std::string truncation(const std::filesystem::path& file) {
    std::array<unsigned char, 100> header{};
    std::ifstream in(file, std::ios::binary);
    if (!in.read(reinterpret_cast<char*>(header.data()), header.size())) {
        return {}; // an empty or tiny file: SQLite's own checks decide
    }
    constexpr std::string_view kMagic{"SQLite format 3\0", 16};
    if (std::string_view(reinterpret_cast<const char*>(header.data()), kMagic.size()) != kMagic) {
        return {};
    }
    const std::uint32_t rawPageSize = (std::uint32_t{header[16]} << 8) | header[17];
    const std::uint64_t pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
    const std::uint64_t pages = bigEndian(header, 28);
    if (bigEndian(header, 24) != bigEndian(header, 92) || pageSize < 512 || pages == 0) {
        return {};
    }
    std::error_code ec;
    const auto size = std::filesystem::file_size(file, ec);
    if (ec || size >= pageSize * pages) {
        return {};
    }
    return "truncated: " + std::to_string(size) + " bytes of " + std::to_string(pageSize * pages);
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

// The bounded quick check: Corrupt when it finds damage, else Usable.
Verdict checked(Database& db, std::chrono::milliseconds checkBudget, ProbeResult& result) {
    const std::string check = boundedQuickCheck(db, checkBudget);
    result.checkComplete = !check.empty();
    if (result.checkComplete && check != "ok") {
        result.reason = "quick_check: " + check;
        return Verdict::Corrupt;
    }
    return Verdict::Usable;
}

// Runs the checks that need an open connection; any StoreError is classified by the caller. `forWriting` adds the
// checks that the file can be written and that no one else is writing.
Verdict inspect(Database& db, bool forWriting, int latestVersion, std::chrono::milliseconds checkBudget,
                ProbeResult& result) {
    if (forWriting && db.isReadOnly()) {
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
    if (forWriting) {
        try {
            // Another process holding the write lock makes this fail with SQLITE_BUSY after the busy timeout.
            db.exec("BEGIN IMMEDIATE");
            db.exec("ROLLBACK");
        } catch (const StoreError& error) {
            result.reason = error.what();
            return error.primaryCode() == SQLITE_READONLY ? Verdict::Unwritable : classify(error);
        }
    }
    return checked(db, checkBudget, result);
}

// Opens `file` for reading only. Without a -wal that holds data there is nothing beside the file to read, so it is
// opened immutable: SQLite then makes no -wal or -shm either, and the folder is left exactly as it was. Otherwise
// the WAL is read through a -shm; where that cannot be made (a read-only folder) the first read fails, and the
// file alone is read, immutable.
Database openForReading(const std::filesystem::path& file) {
    std::error_code ec;
    const std::filesystem::path wal = file.string() + "-wal";
    const bool walHoldsData = std::filesystem::exists(wal, ec) && std::filesystem::file_size(wal, ec) > 0 && !ec;
    if (walHoldsData) {
        try {
            Database db(file, Database::Mode::ReadOnly);
            (void)db.queryInt64("PRAGMA user_version");
            return db;
        } catch (const StoreError& error) {
            if (classify(error) != Verdict::Unwritable) {
                throw;
            }
        }
    }
    Database db(file, Database::Mode::Immutable);
    (void)db.queryInt64("PRAGMA user_version");
    return db;
}

// The checks common to both probes: the header first, then `open` and inspect() (`forWriting` as it says).
template <typename Open>
ProbeResult probe(const std::filesystem::path& file, bool forWriting, int latestVersion,
                  std::chrono::milliseconds checkBudget, Open&& open) {
    ProbeResult result;
    if (auto cut = truncation(file); !cut.empty()) {
        result.verdict = Verdict::Corrupt;
        result.reason = std::move(cut);
        return result;
    }
    try {
        Database db = open();
        result.verdict = inspect(db, forWriting, latestVersion, checkBudget, result);
        if (result.verdict == Verdict::Usable) {
            result.db = std::move(db);
        }
    } catch (const StoreError& error) {
        result.verdict = classify(error);
        result.reason = error.what();
    }
    return result;
}
} // namespace

ProbeResult probeDatabase(const std::filesystem::path& file, int latestVersion, int busyTimeoutMs,
                          std::chrono::milliseconds checkBudget) {
    return probe(file, true, latestVersion, checkBudget, [&] {
        Database db(file, Database::Mode::ReadWrite);
        db.setCheckpointOnClose(false);
        db.setBusyTimeout(busyTimeoutMs);
        return db;
    });
}

ProbeResult probeReadOnly(const std::filesystem::path& file, int latestVersion, std::chrono::milliseconds checkBudget) {
    return probe(file, false, latestVersion, checkBudget, [&] { return openForReading(file); });
}

} // namespace spasmguide
