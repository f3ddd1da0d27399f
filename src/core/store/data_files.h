// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide::data_files {

// The files of the episode log in one folder. Nothing here deletes or overwrites a file, except removeAll().

[[nodiscard]] std::filesystem::path databasePath(const std::filesystem::path& dataDir);

// The database, its -wal/-shm/-journal files, upgrade backups and moved-aside copies that exist, sorted.
[[nodiscard]] std::vector<std::filesystem::path> allDataFiles(const std::filesystem::path& dataDir);
// Removes every file allDataFiles() lists; returns the ones removed.
std::vector<std::filesystem::path> removeAll(const std::filesystem::path& dataDir);

// "<db>.<label>", or "<db>.<label>-2" and so on when that name (or its -wal/-shm) is taken.
[[nodiscard]] std::filesystem::path freeSibling(const std::filesystem::path& db, const std::string& label);

// Renames the database and its -wal/-shm/-journal files to `target` (+ the same suffixes). False, with `error`
// set, when the database itself could not be moved.
bool moveAside(const std::filesystem::path& db, const std::filesystem::path& target, std::string& error);

// The -wal/-shm/-journal files of `db` that do not exist now.
[[nodiscard]] std::vector<std::filesystem::path> absentCompanions(const std::filesystem::path& db);
// Removes those of `created` (from absentCompanions) that opening the database made and that hold nothing of the
// log: a -shm (an index SQLite rebuilds) and an empty -wal or -journal. A file that holds data is left.
void removeCreatedCompanions(const std::vector<std::filesystem::path>& created);

// Copies the database file (its WAL must be checkpointed first) to `target`, readable by the owner only.
bool copyPrivately(const std::filesystem::path& db, const std::filesystem::path& target, std::string& error);

// Creates an empty file readable by the owner only (0600), so SQLite and its WAL files inherit those permissions.
// A no-op on Windows, where the profile folder is already per-user.
bool createPrivateFile(const std::filesystem::path& file, std::string& error);

} // namespace spasmguide::data_files
