// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/recorded_counts.h"

#include "core/store/database.h"

namespace spasmguide {
namespace {

// DISTINCT: a check-in that names the same tag twice still counts once.
std::vector<RecordedCount> countColumn(Database& db, std::string_view table, std::string_view column) {
    auto query =
        db.prepare("SELECT " + std::string(column) + ", COUNT(DISTINCT check_in_id) AS n FROM " + std::string(table) +
                   " GROUP BY " + std::string(column) + " ORDER BY n DESC, " + std::string(column));
    std::vector<RecordedCount> counts;
    while (query.step()) {
        counts.push_back({query.columnText(0), query.columnInt64(1)});
    }
    return counts;
}

} // namespace

RecordedCounts countRecorded(Database& db) {
    // One read transaction: the four counts describe the same moment even while check-ins are being saved.
    db.exec("BEGIN");
    RecordedCounts counts;
    try {
        counts.triggers = countColumn(db, "check_in_triggers", "trigger_id");
        counts.freeTags = countColumn(db, "check_in_tags", "tag");
        counts.worse = countColumn(db, "check_in_worse", "worse_id");
        counts.checkIns = db.queryInt64("SELECT COUNT(*) FROM check_ins");
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
    db.exec("COMMIT");
    return counts;
}

RecordedCounts countRecorded(const std::filesystem::path& databaseFile) {
    Database db(databaseFile, Database::Mode::ReadOnly);
    db.setBusyTimeout(2000);
    return countRecorded(db);
}

} // namespace spasmguide
