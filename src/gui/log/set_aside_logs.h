// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <vector>

namespace spasmguide {

// The copies of an unreadable log that the window set aside in `dataDir` (spasmguide.sqlite3.corrupt-<stamp>,
// named by the core's store opener), sorted, without their -wal/-shm/-journal companions. The window tells the
// person about each at every start while it exists.
[[nodiscard]] std::vector<std::filesystem::path> setAsideLogs(const std::filesystem::path& dataDir);

} // namespace spasmguide
