// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <span>

namespace spasmguide {

class Database;

// One forward-only schema step: `apply` turns a database at version - 1 into one at `version`.
struct Migration {
    int version;
    void (*apply)(Database& db);
};

// Marks the file as ours ("SGud"), so a stranger's SQLite file is never mistaken for an episode log.
inline constexpr std::int64_t kApplicationId = 0x53477564;

// The app's schema steps, oldest first. New versions are appended, never edited.
[[nodiscard]] std::span<const Migration> schemaMigrations();

// Runs every step above the database's user_version, each in its own transaction that also sets user_version.
// Foreign keys are off during a step (so a later step may rebuild a table) and checked before it commits.
void applyMigrations(Database& db, std::span<const Migration> migrations);

} // namespace spasmguide
