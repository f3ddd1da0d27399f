// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/open_messages.h"

namespace spasmguide::open_messages {

namespace {

namespace fs = std::filesystem;

// Whole megabytes, rounded up, so "about N MB" is never less than what is needed.
std::string megabytes(std::uintmax_t bytes) {
    constexpr std::uintmax_t kMiB = std::uintmax_t{1} << 20;
    return std::to_string((bytes + kMiB - 1) / kMiB) + " MB";
}

std::string cause(WriteBlocker why, const fs::path& file, std::uintmax_t needed) {
    switch (why) {
    case WriteBlocker::Folder:
        return "the folder " + file.parent_path().string() + " cannot be written";
    case WriteBlocker::File:
        return "the file cannot be written";
    case WriteBlocker::DiskFull:
        return "the disk is full (SpasmGuide needs about " + megabytes(needed) + " free in " +
               file.parent_path().string() + ")";
    }
    return "it cannot be written";
}

} // namespace

std::string unavailable(OpenStatus status, const fs::path& file, const std::string& reason) {
    const std::string where = file.string();
    switch (status) {
    case OpenStatus::NewerVersion:
        return "Your episode log at " + where +
               " was saved by a newer version of SpasmGuide, so this version cannot use it. It has been left as it "
               "is. Update SpasmGuide to keep logging; until then, logging is switched off.";
    case OpenStatus::Damaged:
        return "Your episode log at " + where + " could not be read (" + reason +
               "). It has been left as it is, and nothing was written. Open SpasmGuide's window to set it aside "
               "and start a new log, or restore a copy of it.";
    case OpenStatus::Locked:
        return "Your episode log at " + where +
               " is in use by another program, probably another copy of SpasmGuide. It has been left as it is. "
               "Close the other program and start SpasmGuide again; until then, logging is switched off.";
    default:
        return "Your episode log at " + where + " could not be opened for writing (" + reason +
               "). Nothing was changed. Logging is switched off until this is fixed.";
    }
}

std::string diskFull(const fs::path& folder, std::uintmax_t needed, const std::string& purpose) {
    return "The disk is full: SpasmGuide needs about " + megabytes(needed) + " free in " + folder.string() + " to " +
           purpose + ". Nothing was changed. Free some space and try again; until then, logging is switched off.";
}

std::string symbolicLink(const fs::path& file, const fs::path& link) {
    const std::string what = link == file ? "Your episode log at " + file.string()
                                          : "The file " + link.string() + " beside your episode log";
    return what + " is a symbolic link; SpasmGuide does not write through links. Replace it with the file itself. "
                  "Nothing was changed; until then, logging is switched off.";
}

std::string upgradeFailed(const fs::path& file, const fs::path& backup) {
    return "Your episode log at " + file.string() +
           " could not be upgraded to this version of SpasmGuide, so logging is switched off." +
           (backup.empty() ? "" : " A copy from before the upgrade is at " + backup.string() + ".") +
           " Nothing was deleted.";
}

std::string readOnly(WriteBlocker why, const fs::path& file, std::uintmax_t needed, bool upgradedInMemory) {
    const std::string until = why == WriteBlocker::DiskFull ? "space is freed"
                              : why == WriteBlocker::Folder ? "the folder can be written again"
                                                            : "the file can be written again";
    std::string text = "Your episode log at " + file.string() + " is read-only: " + cause(why, file, needed) +
                       ". History, export and the report work; new check-ins cannot be saved until " + until + ".";
    if (upgradedInMemory) {
        text += " It was saved by an older version of SpasmGuide: it is shown upgraded, and the file is left as it "
                "is.";
    }
    return text;
}

std::string writeRefusal(WriteBlocker why, const fs::path& file, std::uintmax_t needed) {
    return "the episode log is read-only: " + cause(why, file, needed);
}

} // namespace spasmguide::open_messages
