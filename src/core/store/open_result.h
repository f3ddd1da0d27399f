// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

namespace spasmguide {

class EpisodeStore;

enum class OpenStatus {
    Ok,                // the existing log opened (and was upgraded if it was older)
    Created,           // a new, empty log was started
    MovedAsideCorrupt, // the file could not be read (or was not ours): moved aside, a new log was started
    Damaged,           // the file could not be read (or was not ours) and was left as it is: no store
    NewerVersion,      // saved by a newer SpasmGuide: left untouched, no store
    Locked,            // another program is writing to it: left untouched, no store
    Unwritable,        // cannot be used at all (not even read), or is a symbolic link: nothing changed, no store
    DiskFull,          // too little free space to start or upgrade the log safely: nothing changed, no store
    ReadOnly,          // readable but not writable (read-only file or folder, full disk): a store that only reads
};

// Bytes free for this program in `folder`, or nullopt when that cannot be found out. A plain function, so that
// OpenOptions stays a literal type (constexpr options).
using FreeSpaceFn = std::optional<std::uintmax_t> (*)(const std::filesystem::path& folder);

// How EpisodeStore::open may treat a log it cannot use.
struct OpenOptions {
    // Move a damaged (or foreign) file aside and start a new log in its place. Only the window does this, because
    // it tells the person in words; a command-line run leaves the file as it is and fails (OpenStatus::Damaged).
    bool setAsideDamaged = false;
    // How free space is measured before a log is started or upgraded; null means std::filesystem::space. Tests pass
    // a function that reports a full disk.
    FreeSpaceFn freeSpace = nullptr;
};

// What EpisodeStore::open did. Without a store the app still runs, with logging switched off and `message` shown.
struct OpenResult {
    std::unique_ptr<EpisodeStore> store; // null for Damaged, NewerVersion, Locked, Unwritable and DiskFull
    OpenStatus status = OpenStatus::Unwritable;
    std::filesystem::path databasePath;
    std::filesystem::path movedAsidePath; // where the unreadable file went, for MovedAsideCorrupt
    std::filesystem::path backupPath;     // the copy made before a schema upgrade, if one was made
    std::string message;                  // plain words for the person; empty when there is nothing to say
};

} // namespace spasmguide
