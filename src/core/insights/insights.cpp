// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/insights/insights.h"

#include "core/store/database.h"

#include <algorithm>

namespace spasmguide {
namespace {

constexpr double kMsPerHour = 3600.0 * 1000.0;
constexpr double kMsPerDay = 24.0 * kMsPerHour;

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto middle = values.size() / 2;
    return values.size() % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2.0;
}

void readEpisodes(Database& db, std::chrono::system_clock::time_point now, Insights& out) {
    auto query = db.prepare("SELECT e.started_ms, e.ended_ms, (SELECT MAX(pain) FROM check_ins c WHERE "
                            "c.episode_id = e.id) FROM episodes e ORDER BY e.started_ms, e.id");
    std::vector<std::int64_t> starts;
    std::vector<double> hours;
    int peakSum = 0;
    while (query.step()) {
        const auto started = query.columnInt64(0);
        starts.push_back(started);
        if (const auto ended = query.columnOptionalInt64(1)) {
            hours.push_back(static_cast<double>(std::max<std::int64_t>(0, *ended - started)) / kMsPerHour);
        }
        if (const auto peak = query.columnOptionalInt64(2)) {
            out.peaks.push_back({started, static_cast<int>(*peak)});
            peakSum += static_cast<int>(*peak);
            out.highestPeak = std::max(out.highestPeak.value_or(0), static_cast<int>(*peak));
        }
    }
    out.episodes = static_cast<int>(starts.size());
    out.endedEpisodes = static_cast<int>(hours.size());
    if (!hours.empty()) {
        out.longestHours = *std::max_element(hours.begin(), hours.end());
        out.medianHours = median(hours);
    }
    if (!out.peaks.empty()) {
        out.averagePeak = static_cast<double>(peakSum) / static_cast<double>(out.peaks.size());
    }
    if (starts.size() >= 2) {
        std::vector<double> gaps;
        for (std::size_t i = 1; i < starts.size(); ++i) {
            gaps.push_back(static_cast<double>(starts[i] - starts[i - 1]) / kMsPerDay);
        }
        out.medianDaysBetween = median(gaps);
        const auto nowMs = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
        const double days = std::max(1.0, static_cast<double>(nowMs - starts.front()) / kMsPerDay);
        out.perMonth = static_cast<double>(starts.size()) * 30.0 / days;
    }
}

// Recorded in two episodes or more: once is not a pattern.
std::vector<RecurringItem> recurring(Database& db, const char* table, const char* column) {
    auto query = db.prepare(std::string("SELECT t.") + column + ", COUNT(DISTINCT c.episode_id) AS n FROM " + table +
                            " t JOIN check_ins c ON c.id = t.check_in_id GROUP BY t." + column +
                            " HAVING n >= 2 ORDER BY n DESC, t." + column);
    std::vector<RecurringItem> items;
    while (query.step()) {
        items.push_back({query.columnText(0), query.columnInt(1)});
    }
    return items;
}

// Each check-in paired with the pain at the next check-in of its episode; averaged per thing done there.
std::vector<ReliefItem> relief(Database& db) {
    auto query = db.prepare(R"sql(
WITH pairs AS (
    SELECT c.pain - LEAD(c.pain) OVER (PARTITION BY c.episode_id ORDER BY c.at_ms, c.id) AS dropped,
           c.heat_product IS NOT NULL AS heat, c.movement AS movement, c.breathing AS breathing,
           EXISTS (SELECT 1 FROM check_in_medications m WHERE m.check_in_id = c.id) AS medication
    FROM check_ins c
)
SELECT 'heat', COUNT(*), AVG(dropped) FROM pairs WHERE heat AND dropped IS NOT NULL
UNION ALL SELECT 'medication', COUNT(*), AVG(dropped) FROM pairs WHERE medication AND dropped IS NOT NULL
UNION ALL SELECT 'movement', COUNT(*), AVG(dropped) FROM pairs WHERE movement AND dropped IS NOT NULL
UNION ALL SELECT 'breathing', COUNT(*), AVG(dropped) FROM pairs WHERE breathing AND dropped IS NOT NULL
)sql");
    std::vector<ReliefItem> items;
    while (query.step()) {
        if (query.columnInt(1) >= kTimesForRelief) {
            items.push_back({query.columnText(0), query.columnInt(1), query.columnDouble(2)});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const ReliefItem& a, const ReliefItem& b) { return a.averageDrop > b.averageDrop; });
    return items;
}

} // namespace

Insights computeInsights(Database& db, std::chrono::system_clock::time_point now) {
    // One read transaction: every figure describes the same moment even while check-ins are being saved.
    db.exec("BEGIN");
    Insights out;
    try {
        readEpisodes(db, now, out);
        out.checkIns = static_cast<int>(db.queryInt64("SELECT COUNT(*) FROM check_ins"));
        out.triggers = recurring(db, "check_in_triggers", "trigger_id");
        out.worse = recurring(db, "check_in_worse", "worse_id");
        out.relief = relief(db);
    } catch (...) {
        db.exec("ROLLBACK");
        throw;
    }
    db.exec("COMMIT");
    return out;
}

Insights computeInsights(const std::filesystem::path& databaseFile, std::chrono::system_clock::time_point now) {
    Database db(databaseFile, Database::Mode::ReadOnly);
    db.setBusyTimeout(2000);
    return computeInsights(db, now);
}

} // namespace spasmguide
