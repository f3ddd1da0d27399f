// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/database.h"
#include "core/store/migrations.h"
#include "store_test_support.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace spasmguide::test {

// Pretend schema steps after the app's current version, for watching upgrades happen (or fail).

// The app's current version; the pretend steps below come after it.
inline int latest() {
    return schemaMigrations().back().version;
}

// A pretend next version: a new column filled from existing data, as a real step would do.
inline void addSevereColumn(Database& db) {
    db.exec("ALTER TABLE check_ins ADD COLUMN severe INTEGER NOT NULL DEFAULT 0;"
            "UPDATE check_ins SET severe = coalesce(pain >= 7, 0);");
}

inline void indexSeverity(Database& db) {
    db.exec("CREATE INDEX check_ins_by_severity ON check_ins(severe)");
}

inline void failingStep(Database& db) {
    db.exec("CREATE TABLE half_done (x INTEGER); INSERT INTO nowhere VALUES (1);");
}

inline std::vector<Migration> withFuture(std::initializer_list<Migration> extra) {
    std::vector<Migration> steps(schemaMigrations().begin(), schemaMigrations().end());
    steps.insert(steps.end(), extra);
    return steps;
}

inline std::vector<Migration> withFuture() {
    return withFuture({{latest() + 1, &addSevereColumn}, {latest() + 2, &indexSeverity}});
}

inline std::int64_t userVersion(const std::filesystem::path& file) {
    RawConnection raw(file);
    return std::stoll(raw.text("PRAGMA user_version"));
}

} // namespace spasmguide::test
