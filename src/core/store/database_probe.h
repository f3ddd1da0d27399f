// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"

#include <chrono>
#include <filesystem>
#include <optional>
#include <string>

namespace spasmguide {

// What an existing file turned out to be, decided without writing to it.
struct ProbeResult {
    enum class Verdict { Usable, Corrupt, Foreign, Newer, Locked, Unwritable };

    Verdict verdict = Verdict::Unwritable;
    std::optional<Database> db; // open and ready for the pragmas and migrations when Usable
    std::int64_t version = 0;   // user_version as found
    bool checkComplete = false; // quick_check covered the whole file within its time budget
    std::string reason;         // technical detail for the log, never health data
};

// Opens `file` read-write with checkpoint-on-close off, so closing after a bad verdict does not write to it.
// Checks in order: can it be opened, is it SQLite, is it ours, is it too new, can we take the write lock, does
// PRAGMA quick_check pass. quick_check reads every page, so it is stopped after `checkBudget`: a huge log still opens
// fast (truncation and a damaged header are caught before, by the page count and the header itself).
[[nodiscard]] ProbeResult probeDatabase(const std::filesystem::path& file, int latestVersion, int busyTimeoutMs,
                                        std::chrono::milliseconds checkBudget);

// The same checks, without the write lock, on a connection that only reads: SQLITE_OPEN_READONLY, or, where SQLite
// cannot make the -shm of a WAL database (a read-only folder, a full disk), the file opened immutable. Usable means
// readable; Unwritable here means it cannot even be read.
[[nodiscard]] ProbeResult probeReadOnly(const std::filesystem::path& file, int latestVersion,
                                        std::chrono::milliseconds checkBudget);

} // namespace spasmguide
