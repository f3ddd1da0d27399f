// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/upgrade_backup.h"

#include "core/store/data_files.h"
#include "core/store/database.h"
#include "core/store/store_error.h"
#include "core/store/timestamp.h"

#include <array>
#include <fstream>
#include <spdlog/spdlog.h>
#include <string>
#include <vector>

namespace spasmguide {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kPartial = ".partial";

std::uintmax_t sizeOrZero(const fs::path& file) {
    std::error_code ec;
    const auto size = fs::file_size(file, ec);
    return ec ? 0 : size;
}

std::string labelPrefix(std::int64_t version) {
    return "backup-v" + std::to_string(version) + "-";
}

// A complete, undamaged SQLite copy at `version`. Opened immutable, so checking it writes nothing beside it.
bool verified(const fs::path& copy, std::int64_t version, std::string& detail) {
    try {
        Database db(copy, Database::Mode::Immutable);
        const std::string check = db.queryText("PRAGMA integrity_check");
        if (check != "ok") {
            detail = "integrity_check: " + check;
            return false;
        }
        if (db.queryInt64("PRAGMA user_version") != version) {
            detail = "the copy is not at schema version " + std::to_string(version);
            return false;
        }
        return true;
    } catch (const StoreError& error) {
        detail = error.what();
        return false;
    }
}

bool sameBytes(const fs::path& a, const fs::path& b) {
    if (sizeOrZero(a) != sizeOrZero(b)) {
        return false;
    }
    std::ifstream left(a, std::ios::binary);
    std::ifstream right(b, std::ios::binary);
    std::array<char, 1 << 16> x{};
    std::array<char, 1 << 16> y{};
    while (left && right) {
        left.read(x.data(), x.size());
        right.read(y.data(), y.size());
        if (left.gcount() != right.gcount() || !std::equal(x.begin(), x.begin() + left.gcount(), y.begin())) {
            return false;
        }
    }
    return left.eof() && right.eof();
}

// The regular files "<db>.backup-v<version>-*" (not their .partial, -wal or -shm), and any stale .partial of ours.
struct Existing {
    std::vector<fs::path> backups;
    std::vector<fs::path> partials;
};

Existing existingBackups(const fs::path& db, std::int64_t version) {
    Existing found;
    const std::string prefix = db.filename().string() + "." + labelPrefix(version);
    const std::string anyBackup = db.filename().string() + ".backup-v";
    for (const auto& file : data_files::allDataFiles(db.parent_path())) {
        const std::string name = file.filename().string();
        std::error_code ec;
        if (!fs::is_regular_file(fs::symlink_status(file, ec))) {
            continue;
        }
        if (name.starts_with(anyBackup) && name.ends_with(kPartial)) {
            found.partials.push_back(file);
        } else if (name.starts_with(prefix) && !name.ends_with("-wal") && !name.ends_with("-shm") &&
                   !name.ends_with("-journal")) {
            found.backups.push_back(file);
        }
    }
    return found;
}

UpgradeBackup failed(std::error_code error, std::string detail) {
    UpgradeBackup result;
    result.error = error;
    result.detail = std::move(detail);
    return result;
}

} // namespace

std::uintmax_t upgradeSpaceNeeded(const fs::path& db) {
    const std::uintmax_t size = sizeOrZero(db) + sizeOrZero(fs::path(db.string() + "-wal"));
    return 2 * size + kWriteMargin;
}

UpgradeBackup makeUpgradeBackup(const fs::path& db, std::int64_t version, const Timestamp& now) {
    const Existing existing = existingBackups(db, version);
    for (const auto& partial : existing.partials) {
        // Left by a start that was cut off: incomplete by definition, and the log it copied is still there.
        std::error_code ec;
        fs::remove(partial, ec);
    }
    for (const auto& backup : existing.backups) {
        std::string detail;
        if (sameBytes(backup, db) && verified(backup, version, detail)) {
            UpgradeBackup result;
            result.path = backup;
            result.reused = true;
            return result;
        }
    }

    const fs::path target = data_files::freeSibling(db, labelPrefix(version) + now.toFileStamp());
    const fs::path partial = target.string() + std::string(kPartial);
    std::error_code error;
    if (!data_files::copyDurably(db, partial, error)) {
        return failed(error, "copying the log: " + error.message());
    }
    std::string detail;
    if (!verified(partial, version, detail)) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        return failed(std::make_error_code(std::errc::io_error), "the copy did not verify: " + detail);
    }
    fs::rename(partial, target, error);
    if (error) {
        std::error_code ignored;
        fs::remove(partial, ignored);
        return failed(error, "naming the copy: " + error.message());
    }
    data_files::syncFolder(db.parent_path());
    spdlog::info("episode store: verified backup {} before the upgrade", target.filename().string());
    UpgradeBackup result;
    result.path = target;
    return result;
}

} // namespace spasmguide
