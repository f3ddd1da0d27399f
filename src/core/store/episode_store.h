// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/activity_model.h"
#include "store/database.h"
#include "store/episode_model.h"
#include "store/open_result.h"
#include "store/pattern_result.h"

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

class Clock;
class Transaction;

// What a merge by id did to one episode or check-in.
enum class MergeOutcome { Added, Updated, Unchanged };

// The episode log. Every write is one durable transaction (WAL, synchronous=FULL): once a call returns, a crash or
// power cut cannot lose it. Failures throw StoreError (SQLITE_BUSY when another program holds the write lock for
// longer than the busy timeout). Not thread-safe: use one store per thread.
class EpisodeStore final {
public:
    // Opens or creates <dataDir>/spasmguide.sqlite3. Never deletes or overwrites a file: see OpenStatus.
    [[nodiscard]] static OpenResult open(const std::filesystem::path& dataDir, const Clock& clock);
    [[nodiscard]] static std::filesystem::path databasePath(const std::filesystem::path& dataDir);
    // Every file holding log data in `dataDir`: the database, its WAL files, upgrade backups and moved-aside copies.
    [[nodiscard]] static std::vector<std::filesystem::path> dataFiles(const std::filesystem::path& dataDir);

    // Wraps an open database already at the current schema; `path` is its file (empty for in-memory).
    EpisodeStore(Database db, const Clock& clock, std::filesystem::path path);

    // Returns the episode's id (a new UUID when `episode.id` is empty).
    std::string startEpisode(Episode episode);
    // These return false when no episode or check-in has the id.
    bool endEpisode(const std::string& id, const Timestamp& endedAt);
    bool updateEpisode(const Episode& episode);
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
    // Every tick of every episode, by episode id, in day and item order (for exports).
    [[nodiscard]] std::map<std::string, std::vector<PlanTick>> allPlanTicks();
    // For imports, inside the caller's Transaction: adds the ticks the episode lacks; returns how many.
    std::size_t mergePlanTicks(const std::string& episodeId, const std::vector<PlanTick>& ticks,
                               const Transaction& transaction);
    // Pattern-finder results: each save is kept; throws when the result's episode does not exist.
    void savePatternResult(const SavedPatternResult& result);
    // The most recently saved result of an episode (by savedAt, then by save order); nullopt when none.
    [[nodiscard]] std::optional<SavedPatternResult> latestPatternResult(const std::string& episodeId);
    // Every saved result, by episode id, oldest first (for exports).
    [[nodiscard]] std::map<std::string, std::vector<SavedPatternResult>> allPatternResults();
    // For imports, inside the caller's Transaction: adds the results the episode lacks (one saved at the same
    // moment with the same fits and answers is the same result); returns how many.
    std::size_t mergePatternResults(const std::string& episodeId, const std::vector<SavedPatternResult>& results,
                                    const Transaction& transaction);
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

    // For imports: insert or update by id, inside the caller's Transaction on database() so a whole file is one
    // commit. A record equal to the stored one is left alone. mergeCheckIns moves a check-in stored under another
    // episode to `episodeId`, and throws when that episode does not exist.
    MergeOutcome mergeEpisode(const Episode& episode, const Transaction& transaction);
    std::vector<MergeOutcome> mergeCheckIns(const std::string& episodeId, const std::vector<CheckIn>& checkIns,
                                            const Transaction& transaction);
    // Heat sessions, then breathing sessions, then medicines, in the order given; records are moved to `episodeId`.
    std::vector<MergeOutcome> mergeActivities(const std::string& episodeId, const EpisodeActivities& activities,
                                              const Transaction& transaction);

    // Closes the store and removes every file dataFiles() lists; returns what was removed. The store is closed
    // afterwards: every further call throws.
    std::vector<std::filesystem::path> deleteAllData();

    [[nodiscard]] Database& database() { return m_db; }
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

private:
    [[nodiscard]] Episode readEpisode(Statement& row, int firstColumn);
    void insertEpisode(const Episode& episode);
    void rewriteEpisode(std::int64_t row, const Episode& episode);
    [[nodiscard]] std::vector<std::string> triageOf(std::int64_t episodeRow);
    void writeTriage(std::int64_t episodeRow, const std::vector<std::string>& ticked);
    [[nodiscard]] std::int64_t requireEpisodeRow(const std::string& episodeId);

    Database m_db;
    const Clock* m_clock;
    std::filesystem::path m_path;
};

} // namespace spasmguide
