// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

namespace spasmguide::data_files {

// The files of the episode log in one folder. Nothing here deletes or overwrites a file, except removeAll().

[[nodiscard]] std::filesystem::path databasePath(const std::filesystem::path& dataDir);

// The database, its -wal/-shm/-journal files, upgrade backups and moved-aside copies that exist, sorted.
[[nodiscard]] std::vector<std::filesystem::path> allDataFiles(const std::filesystem::path& dataDir);
// Removes every file allDataFiles() lists; returns the ones removed.
std::vector<std::filesystem::path> removeAll(const std::filesystem::path& dataDir);

// The first of the database and its -wal/-shm/-journal files that is a symbolic link (dangling or not), or empty.
// SpasmGuide never writes through a link: it could point at any file of the person's.
[[nodiscard]] std::filesystem::path symbolicLink(const std::filesystem::path& db);

// "<db>.<label>", or "<db>.<label>-2" and so on when that name (or its -wal/-shm) is taken, also by a link.
[[nodiscard]] std::filesystem::path freeSibling(const std::filesystem::path& db, const std::string& label);

// Renames the database and its -wal/-shm/-journal files to `target` (+ the same suffixes). False, with `error`
// set, when the database itself could not be moved.
bool moveAside(const std::filesystem::path& db, const std::filesystem::path& target, std::string& error);

// The -wal/-shm/-journal files of `db` that do not exist now.
[[nodiscard]] std::vector<std::filesystem::path> absentCompanions(const std::filesystem::path& db);
// Removes those of `created` (from absentCompanions) that opening the database made and that hold nothing of the
// log: a -shm (an index SQLite rebuilds) and an empty -wal or -journal. A file that holds data is left.
void removeCreatedCompanions(const std::vector<std::filesystem::path>& created);

// Copies `from` into a new file `target` (never through a link, never over an existing file), readable by the owner
// only, and flushes it to the disk. On failure (ENOSPC for a full disk) `target` is removed again.
bool copyDurably(const std::filesystem::path& from, const std::filesystem::path& target, std::error_code& error);

// Flushes a folder's entries (a rename into it) to the disk; best effort.
void syncFolder(const std::filesystem::path& dir);

// Creates an empty file readable by the owner only (0600), so SQLite and its WAL files inherit those permissions.
// A no-op on Windows, where the profile folder is already per-user.
bool createPrivateFile(const std::filesystem::path& file, std::error_code& error);

} // namespace spasmguide::data_files
