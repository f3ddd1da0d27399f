// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace spasmguide {

// Logs go to <logDir>/spasmguide.log (rotated, readable by the user only) and warnings also to stderr.
// Never log health data: answers, pain, notes, medications. Returns false (and logs to stderr only)
// when the folder cannot be used, so the app still starts.
bool setUpLogging(const std::filesystem::path& logDir, bool verbose);

// Creates a folder that only the current user can enter; an existing folder is left as it is.
bool createPrivateDirectory(const std::filesystem::path& dir, std::string* error = nullptr);

} // namespace spasmguide
