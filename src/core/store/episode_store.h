// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"
#include "core/store/back_check_model.h"
#include "core/store/database.h"
#include "core/store/episode_model.h"
#include "core/store/import_history.h"
#include "core/store/merge_rule.h"
#include "core/store/open_result.h"
#include "core/store/pattern_result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace spasmguide {

class Clock;
class Transaction;

// The episode log. Every write is one durable transaction (WAL, synchronous=FULL): once a call returns, a crash or
// power cut cannot lose it. Failures throw StoreError (SQLITE_BUSY when another program holds the write lock for
// longer than the busy timeout). Not thread-safe: use one store per thread.
class EpisodeStore final {
public:
    // Opens or creates <dataDir>/spasmguide.sqlite3. Never deletes or overwrites a file, and moves a damaged one aside
    // only when `options` allow it: see OpenStatus.
    [[nodiscard]] static OpenResult open(const std::filesystem::path& dataDir, const Clock& clock,
                                         OpenOptions options = {});
    [[nodiscard]] static std::filesystem::path databasePath(const std::filesystem::path& dataDir);
    // Every file holding log data in `dataDir`: the database, its WAL files, upgrade backups and moved-aside copies.
    [[nodiscard]] static std::vector<std::filesystem::path> dataFiles(const std::filesystem::path& dataDir);

    // Wraps an open database already at the current schema; `path` is its file (empty for in-memory).
    EpisodeStore(Database db, const Clock& clock, std::filesystem::path path);

    // Returns the episode's id (a new UUID when `episode.id` is empty).
    std::string startEpisode(Episode episode);
    // These return false when no episode or check-in has the id.
    bool endEpisode(const std::string& id, const Timestamp& endedAt);
    bool updateEpisode(const Episode& episode); // throws StoreError when it would start after its measures
    bool deleteEpisode(const std::string& id); // and its check-ins
    // Returns the check-in's id (a new UUID when empty); throws when its episode does not exist.
    std::string addCheckIn(CheckIn checkIn);
    bool updateCheckIn(const CheckIn& checkIn);
    bool deleteCheckIn(const std::string& id);

    [[nodiscard]] std::optional<Episode> episode(const std::string& id);
    [[nodiscard]] std::optional<CheckIn> checkIn(const std::string& id);
    [[nodiscard]] std::vector<CheckIn> checkIns(const std::string& episodeId);                       // oldest first
    [[nodiscard]] std::vector<EpisodeSummary> listEpisodes(std::int64_t offset, std::int64_t limit); // newest first
    [[nodiscard]] std::int64_t episodeCount();
    [[nodiscard]] std::int64_t checkInCount();
    [[nodiscard]] std::optional<Episode> currentEpisode(); // the latest episode without an end

    // The day-by-day plan's checklist: the ids of the items ticked on `day` (1 is the episode's first day), in
    // order of their ids; empty for an unknown episode.
    [[nodiscard]] std::vector<std::string> planTicks(const std::string& episodeId, int day);
    // Ticks (`ticked`) or unticks one item on one day, at the clock's time. False when no episode has the id.
    bool setPlanTick(const std::string& episodeId, int day, const std::string& itemId, bool ticked);
    // Every tick of every episode, by episode id, in day and item order (for exports). An untick is kept as a
    // record of its own (so an import does not tick the item again) but is not listed.
    [[nodiscard]] std::map<std::string, std::vector<PlanTick>> allPlanTicks();
    // Pattern-finder results: each save is kept; throws when the result's episode does not exist.
    void savePatternResult(const SavedPatternResult& result);
    // The most recently saved result of an episode (by savedAt, then by save order); nullopt when none.
    [[nodiscard]] std::optional<SavedPatternResult> latestPatternResult(const std::string& episodeId);
    // Every saved result, by episode id, oldest first (for exports).
    [[nodiscard]] std::map<std::string, std::vector<SavedPatternResult>> allPatternResults();
    // The companion tools' records (activity_model.h). Each add returns the record's id (a new UUID when empty) and
    // throws when its episode does not exist; an id already stored is rewritten rather than added twice.
    std::string addHeatSession(HeatSession session);
    std::string addBreathingSession(BreathingSession session);
    std::string addMedication(MedicationEntry entry);
    bool deleteActivity(const std::string& id); // a heat or breathing session or a medicine; false when unknown
    // One episode's records (empty for an unknown episode).
    [[nodiscard]] EpisodeActivities activities(const std::string& episodeId);
    // Every episode's records that began (medicines: were taken) in [from, to), each list oldest first.
    [[nodiscard]] EpisodeActivities activitiesBetween(std::chrono::system_clock::time_point from,
                                                      std::chrono::system_clock::time_point to);

    // The back checks (back_check_model.h; episode_store_measures.cpp). Every write is dated by the clock and
    // refuses, with a StoreError, what cannot be: a check with neither measure, a PGIC outside 1 to 7, a time before
    // the episode began or beyond isPlausibleTime, an episode that does not exist.
    // Returns the check's id (a new UUID when empty).
    std::string addBackCheck(BackCheckRecord check);
    bool updateBackCheck(const BackCheckRecord& check); // false when no back check has the id
    bool deleteBackCheck(const std::string& id);        // remembered as deleted, so an import does not bring it back
    [[nodiscard]] std::vector<BackCheckRecord> backChecks(const std::string& episodeId); // oldest first
    [[nodiscard]] std::optional<BackCheckRecord> latestBackCheck(const std::string& episodeId);
    // Every back check, by episode id, oldest first (for exports).
    [[nodiscard]] std::map<std::string, std::vector<BackCheckRecord>> allBackChecks();
    // Records (or, with nullopt, clears) the day the person was back to usual activities. False for an unknown
    // episode; a time before its start or beyond isPlausibleTime throws StoreError.
    bool setBackToUsual(const std::string& episodeId, const std::optional<Timestamp>& backToUsual);

    // When a record was last changed here (epoch ms): every write above sets it from the clock, an import from the
    // file. Records of log versions before 7 count as changed at the upgrade. nullopt for an unknown id (and for
    // plan ticks and pattern-finder results, which have no id: see recordTimes()).
    [[nodiscard]] std::optional<std::int64_t> modifiedMs(RecordKind kind, const std::string& id);
    // For exports: the change times of the tools' records, by id, and of the plan's ticks, by episode id and tick.
    struct RecordTimes {
        std::unordered_map<std::string, std::int64_t> activities;
        std::map<std::pair<std::string, PlanTick>, std::int64_t> planTicks;
        std::unordered_map<std::string, std::int64_t> backChecks;
    };
    [[nodiscard]] RecordTimes recordTimes();

    // The log's history of imports, newest first; an import writes its entry inside its own Transaction, so an
    // import that fails or is cancelled leaves none.
    void recordImport(const ImportRecord& record, const Transaction& transaction);
    [[nodiscard]] std::vector<ImportRecord> importHistory(std::int64_t limit);

    // Closes the store and removes every file dataFiles() lists; returns what was removed. The store is closed
    // afterwards: every further call throws.
    std::vector<std::filesystem::path> deleteAllData();

    // True for a log opened with OpenStatus::ReadOnly: every read works, every write throws StoreError
    // (SQLITE_READONLY) with the reason in words.
    [[nodiscard]] bool isReadOnly() const { return !m_db.writeRefusal().empty(); }

    [[nodiscard]] Database& database() { return m_db; }
    [[nodiscard]] const Clock& clock() const { return *m_clock; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    [[nodiscard]] Episode readEpisode(Statement& row, int firstColumn);
    [[nodiscard]] std::int64_t nowMs() const; // the clock's now, for modification times
    std::int64_t insertEpisode(const Episode& episode, std::int64_t modifiedMs);
    void rewriteEpisode(std::int64_t row, const Episode& episode, std::int64_t modifiedMs);
    [[nodiscard]] std::vector<std::string> triageOf(std::int64_t episodeRow);
    [[nodiscard]] std::int64_t requireEpisodeRow(const std::string& episodeId);
    void checkBackCheck(const BackCheckRecord& check); // throws StoreError for an impossible one
    // An edited episode must not start after its day back to usual or its first back check: an export of it would be
    // refused on import. Throws StoreError.
    void checkMeasuresWithin(std::int64_t episodeRow, const Episode& episode);

    Database m_db;
    const Clock* m_clock;
    std::filesystem::path m_path;
};

} // namespace spasmguide
