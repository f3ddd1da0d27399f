// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/store_opener.h"

#include "core/logging/logging.h"
#include "core/store/data_files.h"
#include "core/store/database_probe.h"
#include "core/store/store_error.h"
#include "core/time/clock.h"

#include <spdlog/spdlog.h>

namespace spasmguide {

namespace {

namespace fs = std::filesystem;
using Verdict = ProbeResult::Verdict;

// Short enough that a locked file is reported at once, long enough to ride out another writer's commit.
constexpr int kBusyTimeoutMs = 200;
// A log of ordinary size is checked in full within this; only logs of tens of megabytes are checked in part.
constexpr std::chrono::milliseconds kQuickCheckBudget{80};

OpenResult unavailable(OpenResult result, OpenStatus status, const std::string& reason) {
    const std::string where = result.databasePath.string();
    result.status = status;
    switch (status) {
    case OpenStatus::NewerVersion:
        result.message = "Your episode log at " + where +
                         " was saved by a newer version of SpasmGuide, so this version cannot use it. It has been "
                         "left as it is. Update SpasmGuide to keep logging; until then, logging is switched off.";
        break;
    case OpenStatus::Damaged:
        result.message = "Your episode log at " + where + " could not be read (" + reason +
                         "). It has been left as it is, and nothing was written. Open SpasmGuide's window to set "
                         "it aside and start a new log, or restore a copy of it.";
        break;
    case OpenStatus::Locked:
        result.message = "Your episode log at " + where +
                         " is in use by another program, probably another copy of SpasmGuide. It has been left as "
                         "it is. Close the other program and start SpasmGuide again; until then, logging is "
                         "switched off.";
        break;
    default:
        result.message = "Your episode log at " + where + " could not be opened for writing (" + reason +
                         "). Nothing was changed. Logging is switched off until this is fixed.";
        break;
    }
    spdlog::warn("episode store unavailable: {} ({})", where, reason);
    return result;
}

// Puts the database into the app's connection settings and brings its schema up to date.
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
        const auto backup =
            data_files::freeSibling(file, "backup-v" + std::to_string(version) + "-" + now.toFileStamp());
        std::string error;
        if (!data_files::copyPrivately(file, backup, error)) {
            throw StoreError(0, "no safety copy before the upgrade: " + error);
        }
        result.backupPath = backup;
    }
    applyMigrations(db, migrations);
}

} // namespace

OpenResult openEpisodeStore(const fs::path& dataDir, const Clock& clock, std::span<const Migration> migrations,
                            OpenOptions options) {
    OpenResult result;
    const fs::path file = data_files::databasePath(dataDir);
    result.databasePath = file;
    const Timestamp now = Timestamp::local(clock.now());
    const int latest = migrations.back().version;

    std::string error;
    if (!createPrivateDirectory(dataDir, &error)) {
        return unavailable(std::move(result), OpenStatus::Unwritable, error);
    }
    std::error_code ec;
    if (!fs::exists(file, ec) && !data_files::createPrivateFile(file, error)) {
        return unavailable(std::move(result), OpenStatus::Unwritable, error);
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
        if (!data_files::createPrivateFile(file, error)) {
            return unavailable(std::move(result), OpenStatus::Unwritable, error);
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
    default:
        return unavailable(std::move(result), OpenStatus::Unwritable, probe.reason);
    }

    Database& db = *probe.db;
    try {
        prepare(db, file, probe.version, migrations, now, result);
    } catch (const StoreError& e) {
        result = unavailable(std::move(result), OpenStatus::Unwritable, std::string("upgrade failed: ") + e.what());
        result.message =
            "Your episode log at " + file.string() +
            " could not be upgraded to this version of SpasmGuide, so logging is switched off." +
            (result.backupPath.empty() ? ""
                                       : " A copy from before the upgrade is at " + result.backupPath.string() + ".") +
            " Nothing was deleted.";
        return result;
    }
    db.setCheckpointOnClose(true);
    const auto episodes = db.queryInt64("SELECT count(*) FROM episodes");
    spdlog::info("episode store opened: schema v{}, {} episodes, integrity quick check {}",
                 db.queryInt64("PRAGMA user_version"), episodes,
                 probe.checkComplete ? "passed" : "partial (time budget)");

    if (!result.movedAsidePath.empty()) {
        result.status = OpenStatus::MovedAsideCorrupt;
        result.message =
            (foreign ? "The file " + file.string() + " was not a SpasmGuide episode log, so it was moved to "
                     : "Your episode log could not be read, so it was moved to ") +
            result.movedAsidePath.string() + " and a new one was started. Nothing was deleted.";
    } else {
        result.status = probe.version == 0 ? OpenStatus::Created : OpenStatus::Ok;
    }
    result.store = std::make_unique<EpisodeStore>(std::move(db), clock, file);
    return result;
}

} // namespace spasmguide
