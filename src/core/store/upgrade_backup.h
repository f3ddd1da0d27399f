// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <system_error>

namespace spasmguide {

struct Timestamp;

// Free space a start of the log needs in its folder even without an upgrade: room for a WAL's worth of check-ins.
inline constexpr std::uintmax_t kWriteMargin = std::uintmax_t{1} << 20;

// Free space an upgrade of `db` needs in its folder: the backup copy and the pages the upgrade rewrites (each at most
// the database and its WAL), plus kWriteMargin.
[[nodiscard]] std::uintmax_t upgradeSpaceNeeded(const std::filesystem::path& db);

struct UpgradeBackup {
    std::filesystem::path path; // the verified copy, new or found; empty on failure
    bool reused = false;        // an earlier, identical copy of this version was found and kept as the one
    std::error_code error;      // why there is none (std::errc::no_space_on_device for a full disk)
    std::string detail;         // the same in words, for the log file
};

// The copy of `db` (checkpointed, at schema `version`) kept before an upgrade: "<db>.backup-v<version>-<stamp>".
// Written to a 0600 ".partial" file, flushed, checked with PRAGMA integrity_check and user_version, then renamed
// into place, so a backup is complete or absent. A verified backup of this version with the same bytes is reused:
// a start that fails again and again leaves one backup, not one a start.
[[nodiscard]] UpgradeBackup makeUpgradeBackup(const std::filesystem::path& db, std::int64_t version,
                                              const Timestamp& now);

} // namespace spasmguide
