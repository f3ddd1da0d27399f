// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Pattern-finder results of EpisodeStore; the episode half is in episode_store.cpp.
#include "core/store/check_in_rows.h"
#include "core/store/database.h"
#include "core/store/episode_store.h"
#include "core/store/pattern_rows.h"
#include "core/store/statement.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <sqlite3.h>

namespace spasmguide {
namespace {

using nlohmann::json;

std::string fitsToJson(const std::vector<PatternFit>& fits) {
    json array = json::array();
    for (const auto& fit : fits) {
        array.push_back({{"pattern", fit.patternId}, {"score", fit.score}});
    }
    return array.dump();
}

// A value another version wrote differently reads as empty rather than failing the whole result.
std::vector<PatternFit> fitsFromJson(std::string_view text) {
    std::vector<PatternFit> fits;
    const auto array = json::parse(text, nullptr, false);
    if (!array.is_array()) {
        return fits;
    }
    for (const auto& item : array) {
        if (item.is_object() && item.value("pattern", json()).is_string() &&
            item.value("score", json()).is_number_integer()) {
            fits.push_back({item["pattern"].get<std::string>(), item["score"].get<int>()});
        }
    }
    return fits;
}

std::map<std::string, std::vector<std::string>> answersFromJson(std::string_view text) {
    std::map<std::string, std::vector<std::string>> answers;
    const auto object = json::parse(text, nullptr, false);
    if (!object.is_object()) {
        return answers;
    }
    for (const auto& [question, chosen] : object.items()) {
        auto& list = answers[question];
        for (const auto& answer : chosen.is_array() ? chosen : json::array()) {
            if (answer.is_string()) {
                list.push_back(answer.get<std::string>());
            }
        }
    }
    return answers;
}

constexpr const char* kResultColumns = "saved_at, saved_ms, content_version, fits, answers";

// A result from a row whose first columns are kResultColumns.
SavedPatternResult resultFromRow(Statement& row, std::string episodeId) {
    SavedPatternResult result;
    result.episodeId = std::move(episodeId);
    result.savedAt = Timestamp::fromIso8601(row.columnView(0)).value_or(Timestamp{row.columnInt64(1), 0});
    result.contentVersion = row.columnText(2);
    result.fits = fitsFromJson(row.columnView(3));
    result.answers = answersFromJson(row.columnView(4));
    return result;
}

} // namespace

namespace rows {

void insertPatternResult(Database& db, std::int64_t episodeRow, const SavedPatternResult& result,
                         std::int64_t modifiedMs) {
    db.prepare("INSERT INTO pattern_results (episode_id, saved_at, saved_ms, content_version, fits, answers, "
               "modified_ms) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .bindInt64(1, episodeRow)
        .bindText(2, result.savedAt.toIso8601())
        .bindInt64(3, result.savedAt.epochMs)
        .bindText(4, result.contentVersion)
        .bindText(5, fitsToJson(result.fits))
        .bindText(6, json(result.answers).dump())
        .bindInt64(7, modifiedMs)
        .run();
}

std::vector<SavedPatternResult> patternResultsOf(Database& db, std::int64_t episodeRow, const std::string& episodeId) {
    std::vector<SavedPatternResult> results;
    auto row = db.prepare(std::string("SELECT ") + kResultColumns +
                          " FROM pattern_results WHERE episode_id = ? ORDER BY saved_ms, id");
    row.bindInt64(1, episodeRow);
    while (row.step()) {
        results.push_back(resultFromRow(row, episodeId));
    }
    return results;
}

} // namespace rows

void EpisodeStore::savePatternResult(const SavedPatternResult& result) {
    Transaction transaction(m_db);
    const auto episodeRow = rows::episodeRowId(m_db, result.episodeId);
    if (!episodeRow) {
        throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY, "the pattern result's episode does not exist");
    }
    rows::insertPatternResult(m_db, *episodeRow, result, nowMs());
    transaction.commit();
}

std::map<std::string, std::vector<SavedPatternResult>> EpisodeStore::allPatternResults() {
    auto row = m_db.prepare(std::string("SELECT ") + kResultColumns +
                            ", e.uuid FROM pattern_results r JOIN episodes e ON e.id = r.episode_id "
                            "ORDER BY e.uuid, r.saved_ms, r.id");
    std::map<std::string, std::vector<SavedPatternResult>> results;
    while (row.step()) {
        std::string episodeId = row.columnText(5);
        results[episodeId].push_back(resultFromRow(row, episodeId));
    }
    return results;
}

std::optional<SavedPatternResult> EpisodeStore::latestPatternResult(const std::string& episodeId) {
    const auto episodeRow = rows::episodeRowId(m_db, episodeId);
    if (!episodeRow) {
        return std::nullopt;
    }
    auto row = m_db.prepare(std::string("SELECT ") + kResultColumns +
                            " FROM pattern_results WHERE episode_id = ? ORDER BY saved_ms DESC, id DESC LIMIT 1");
    row.bindInt64(1, *episodeRow);
    if (!row.step()) {
        return std::nullopt;
    }
    return resultFromRow(row, episodeId);
}

} // namespace spasmguide
