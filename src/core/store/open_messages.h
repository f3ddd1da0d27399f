// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/open_result.h"

#include <cstdint>
#include <filesystem>
#include <string>

namespace spasmguide::open_messages {

// The words EpisodeStore::open gives the person (OpenResult::message), in plain English: the window translates by
// OpenStatus. They name the file or folder and never hold health data.

// Why a log opened read-only cannot be written.
enum class WriteBlocker { Folder, File, DiskFull };

[[nodiscard]] std::string unavailable(OpenStatus status, const std::filesystem::path& file, const std::string& reason);
// `purpose` completes "needs about N MB free in <folder> to ...".
[[nodiscard]] std::string diskFull(const std::filesystem::path& folder, std::uintmax_t needed,
                                   const std::string& purpose);
[[nodiscard]] std::string symbolicLink(const std::filesystem::path& file, const std::filesystem::path& link);
[[nodiscard]] std::string upgradeFailed(const std::filesystem::path& file, const std::filesystem::path& backup);
// OpenStatus::ReadOnly's message; `upgradedInMemory` when an older log is shown upgraded without changing the file.
[[nodiscard]] std::string readOnly(WriteBlocker why, const std::filesystem::path& file, std::uintmax_t needed,
                                   bool upgradedInMemory);
// What every write to a read-only log throws (StoreError), shown after "Your changes could not be saved (...)".
[[nodiscard]] std::string writeRefusal(WriteBlocker why, const std::filesystem::path& file, std::uintmax_t needed);

} // namespace spasmguide::open_messages
