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

// Runs every step above the database's user_version in ONE transaction, each step also setting user_version, so an
// upgrade happens whole or not at all. Foreign keys are off during the steps (so a step may rebuild a table) and
// checked after each step.
void applyMigrations(Database& db, std::span<const Migration> migrations);

} // namespace spasmguide
