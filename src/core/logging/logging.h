// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace spasmguide {

// Logs go to <logDir>/spasmguide.log (rotated, readable by the user only) and warnings also to stderr.
// Never log health data: answers, pain, notes, medications. Returns false (and logs to stderr only)
// when the folder cannot be used, so the app still starts.
bool setUpLogging(const std::filesystem::path& logDir, bool verbose);

// The log files setUpLogging() writes (current and rotated) that exist now; empty when logging to file is off.
std::vector<std::filesystem::path> logFiles();
// Removes those files and starts an empty log in the same place: "Delete all my data" leaves no trace of the
// log's existence (paths, counts, times) behind. Returns the files removed.
std::vector<std::filesystem::path> clearLogFiles();

// Creates a folder that only the current user can enter; an existing folder is left as it is.
bool createPrivateDirectory(const std::filesystem::path& dir, std::string* error = nullptr);

} // namespace spasmguide
