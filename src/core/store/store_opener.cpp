// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_opener.h"

#include "core/logging/logging.h"
#include "core/store/data_files.h"
#include "core/store/database_probe.h"
#include "core/store/open_messages.h"
#include "core/store/read_only_open.h"
#include "core/store/store_error.h"
#include "core/store/upgrade_backup.h"
#include "core/time/clock.h"

#include <spdlog/spdlog.h>
#include <sqlite3.h>

#ifndef _WIN32
#include <unistd.h>
#endif

namespace spasmguide {

namespace {

namespace fs = std::filesystem;
using Verdict = ProbeResult::Verdict;
using open_messages::WriteBlocker;

// Short enough that a locked file is reported at once, long enough to ride out another writer's commit.
constexpr int kBusyTimeoutMs = 200;
// A log of ordinary size is checked in full within this; only logs of tens of megabytes are checked in part.
constexpr std::chrono::milliseconds kQuickCheckBudget{80};

OpenResult unavailable(OpenResult result, OpenStatus status, const std::string& reason) {
    result.status = status;
    result.message = open_messages::unavailable(status, result.databasePath, reason);
    spdlog::warn("episode store unavailable: {} ({})", result.databasePath.string(), reason);
    return result;
}

OpenResult diskFull(OpenResult result, std::uintmax_t needed, const std::string& purpose) {
    result.status = OpenStatus::DiskFull;
    result.message = open_messages::diskFull(result.databasePath.parent_path(), needed, purpose);
    spdlog::warn("episode store: too little free space in {} to {} (needs {} bytes)",
                 result.databasePath.parent_path().string(), purpose, needed);
    return result;
}

std::optional<std::uintmax_t> systemFreeSpace(const fs::path& folder) {
    std::error_code ec;
    const auto space = fs::space(folder, ec);
    return ec ? std::nullopt : std::optional(space.available);
}

// False only when the free space is known to be below `needed`: an unknown figure does not stop the app.
bool hasRoom(const FreeSpaceFn& freeSpace, const fs::path& folder, std::uintmax_t needed) {
    const auto free = freeSpace(folder);
    return !free || *free >= needed;
}

bool folderWritable(const fs::path& folder) {
#ifdef _WIN32
    (void)folder;
    return true;
#else
    return ::access(folder.c_str(), W_OK) == 0; // EROFS for a read-only mount, even for root
#endif
}

WriteBlocker blockerOf(const fs::path& file, const FreeSpaceFn& freeSpace) {
    if (!folderWritable(file.parent_path())) {
        return WriteBlocker::Folder;
    }
    return hasRoom(freeSpace, file.parent_path(), kWriteMargin) ? WriteBlocker::File : WriteBlocker::DiskFull;
}

struct UpgradeRefused {
    bool diskFull;
    std::string detail;
};

// Puts the database into the app's connection settings and brings its schema up to date: after a verified backup,
// all steps in one transaction. Throws StoreError or UpgradeRefused.
void prepare(Database& db, const fs::path& file, std::int64_t version, std::span<const Migration> migrations,
             const Timestamp& now, OpenResult& result) {
    if (db.queryText("PRAGMA journal_mode = WAL") != "wal") {
        spdlog::warn("episode store: WAL journal not available, using the rollback journal");
    }
    db.exec("PRAGMA synchronous = FULL");
    db.exec("PRAGMA foreign_keys = ON");
    if (version >= migrations.back().version) {
        return;
    }
    if (version > 0) {
        // Checkpoint first so the single database file holds every committed write.
        db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        const UpgradeBackup backup = makeUpgradeBackup(file, version, now);
        if (backup.path.empty()) {
            throw UpgradeRefused{backup.error == std::errc::no_space_on_device,
                                 "no safety copy before the upgrade: " + backup.detail};
        }
        result.backupPath = backup.path;
    }
    applyMigrations(db, migrations);
}

// Brings a usable, writable log up to date and wraps it: Ok or Created, or DiskFull/Unwritable without a store.
OpenResult useWritable(OpenResult result, ProbeResult probe, const Clock& clock, std::span<const Migration> migrations,
                       const FreeSpaceFn& freeSpace, const std::vector<fs::path>& absent) {
    const fs::path& file = result.databasePath;
    const auto dataDir = file.parent_path();
    const bool upgrade = probe.version < migrations.back().version;
    const std::uintmax_t needed = probe.version == 0 ? kWriteMargin : upgradeSpaceNeeded(file);
    if (!hasRoom(freeSpace, dataDir, upgrade ? needed : kWriteMargin)) {
        probe.db.reset(); // closed before its -wal and -shm are tidied away: the log is left as it was found
        data_files::removeCreatedCompanions(absent);
        if (!upgrade) {
            return openReadOnly(std::move(result), clock, migrations, WriteBlocker::DiskFull, kWriteMargin,
                                kQuickCheckBudget);
        }
        return diskFull(std::move(result), needed,
                        probe.version == 0 ? "start your episode log" : "upgrade your episode log safely");
    }

    Database& db = *probe.db;
    const std::string purpose = probe.version == 0 ? "start your episode log" : "upgrade your episode log safely";
    bool full = false;
    std::string failure;
    try {
        prepare(db, file, probe.version, migrations, Timestamp::local(clock.now()), result);
    } catch (const UpgradeRefused& refused) {
        full = refused.diskFull;
        failure = "upgrade refused: " + refused.detail;
    } catch (const StoreError& e) {
        full = e.primaryCode() == SQLITE_FULL;
        failure = std::string("upgrade failed: ") + e.what();
    }
    if (!failure.empty()) {
        probe.db.reset(); // the log stays at its old version; what opening it made beside it is tidied away
        data_files::removeCreatedCompanions(absent);
        if (full) {
            spdlog::warn("episode store: {}", failure);
            return diskFull(std::move(result), needed, purpose);
        }
        const auto backupPath = result.backupPath;
        result = unavailable(std::move(result), OpenStatus::Unwritable, failure);
        result.message = open_messages::upgradeFailed(file, backupPath);
        return result;
    }
    db.setCheckpointOnClose(true);
    const auto episodes = db.queryInt64("SELECT count(*) FROM episodes");
    spdlog::info("episode store opened: schema v{}, {} episodes, integrity quick check {}",
                 db.queryInt64("PRAGMA user_version"), episodes,
                 probe.checkComplete ? "passed" : "partial (time budget)");
    result.status = probe.version == 0 ? OpenStatus::Created : OpenStatus::Ok;
    result.store = std::make_unique<EpisodeStore>(std::move(db), clock, file);
    return result;
}

} // namespace

OpenResult openEpisodeStore(const fs::path& dataDir, const Clock& clock, std::span<const Migration> migrations,
                            OpenOptions options) {
    OpenResult result;
    const fs::path file = data_files::databasePath(dataDir);
    result.databasePath = file;
    const Timestamp now = Timestamp::local(clock.now());
    const int latest = migrations.back().version;
    const FreeSpaceFn freeSpace = options.freeSpace ? options.freeSpace : &systemFreeSpace;

    // Before anything is opened or created: a link could point at any file, or nowhere.
    if (const auto link = data_files::symbolicLink(file); !link.empty()) {
        result = unavailable(std::move(result), OpenStatus::Unwritable, "a symbolic link");
        result.message = open_messages::symbolicLink(file, link);
        return result;
    }
    std::string error;
    if (!createPrivateDirectory(dataDir, &error)) {
        return unavailable(std::move(result), OpenStatus::Unwritable, error);
    }
    std::error_code ec;
    if (!fs::exists(file, ec)) {
        if (!hasRoom(freeSpace, dataDir, kWriteMargin)) {
            return diskFull(std::move(result), kWriteMargin, "start your episode log");
        }
        if (!data_files::createPrivateFile(file, ec)) {
            return ec == std::errc::no_space_on_device
                       ? diskFull(std::move(result), kWriteMargin, "start your episode log")
                       : unavailable(std::move(result), OpenStatus::Unwritable, ec.message());
        }
    }

    const auto absent = data_files::absentCompanions(file);
    ProbeResult probe = probeDatabase(file, latest, kBusyTimeoutMs, kQuickCheckBudget);
    const bool foreign = probe.verdict == Verdict::Foreign;
    // A log that is not used is left as it was found: without the -wal and -shm that merely opening it made.
    // (Not when it is locked: then they are the other program's.)
    const bool leaveAlone = probe.verdict == Verdict::Newer || probe.verdict == Verdict::Unwritable ||
                            ((probe.verdict == Verdict::Corrupt || foreign) && !options.setAsideDamaged);
    if (leaveAlone) {
        data_files::removeCreatedCompanions(absent);
    }
    if ((probe.verdict == Verdict::Corrupt || foreign) && !options.setAsideDamaged) {
        return unavailable(std::move(result), OpenStatus::Damaged,
                           foreign ? "it is not a SpasmGuide episode log" : "it is damaged: " + probe.reason);
    }
    if (probe.verdict == Verdict::Corrupt || foreign) {
        const auto aside = data_files::freeSibling(file, "corrupt-" + now.toFileStamp());
        if (!data_files::moveAside(file, aside, error)) {
            return unavailable(std::move(result), OpenStatus::Unwritable, "could not move it aside: " + error);
        }
        spdlog::warn("episode store: {} moved to {} ({})", file.string(), aside.string(), probe.reason);
        result.movedAsidePath = aside;
        if (!data_files::createPrivateFile(file, ec)) {
            return unavailable(std::move(result), OpenStatus::Unwritable, ec.message());
        }
        probe = probeDatabase(file, latest, kBusyTimeoutMs, kQuickCheckBudget);
    }
    switch (probe.verdict) {
    case Verdict::Usable:
        break;
    case Verdict::Newer:
        return unavailable(std::move(result), OpenStatus::NewerVersion, probe.reason);
    case Verdict::Locked:
        return unavailable(std::move(result), OpenStatus::Locked, probe.reason);
    case Verdict::Unwritable:
        if (result.movedAsidePath.empty()) {
            // Readable but not writable: still open, for History, export and the report.
            spdlog::warn("episode store: {} cannot be written ({})", file.string(), probe.reason);
            return openReadOnly(std::move(result), clock, migrations, blockerOf(file, freeSpace), kWriteMargin,
                                kQuickCheckBudget);
        }
        return unavailable(std::move(result), OpenStatus::Unwritable, probe.reason);
    default:
        return unavailable(std::move(result), OpenStatus::Unwritable, probe.reason);
    }

    const bool movedAside = !result.movedAsidePath.empty();
    result = useWritable(std::move(result), std::move(probe), clock, migrations, freeSpace, absent);
    if (movedAside && result.store) {
        result.status = OpenStatus::MovedAsideCorrupt;
        result.message =
            (foreign ? "The file " + file.string() + " was not a SpasmGuide episode log, so it was moved to "
                     : "Your episode log could not be read, so it was moved to ") +
            result.movedAsidePath.string() + " and a new one was started. Nothing was deleted.";
    }
    return result;
}

} // namespace spasmguide
