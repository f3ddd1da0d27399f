// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <memory>
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
    Unwritable,        // the folder or file cannot be written: nothing changed, no store
};

// How EpisodeStore::open may treat a log it cannot use.
struct OpenOptions {
    // Move a damaged (or foreign) file aside and start a new log in its place. Only the window does this, because
    // it tells the person in words; a command-line run leaves the file as it is and fails (OpenStatus::Damaged).
    bool setAsideDamaged = false;
};

// What EpisodeStore::open did. Without a store the app still runs, with logging switched off and `message` shown.
struct OpenResult {
    std::unique_ptr<EpisodeStore> store; // null for Damaged, NewerVersion, Locked and Unwritable
    OpenStatus status = OpenStatus::Unwritable;
    std::filesystem::path databasePath;
    std::filesystem::path movedAsidePath; // where the unreadable file went, for MovedAsideCorrupt
    std::filesystem::path backupPath;     // the copy made before a schema upgrade, if one was made
    std::string message;                  // plain words for the person; empty when there is nothing to say
};

} // namespace spasmguide
