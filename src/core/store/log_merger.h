// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"
#include "core/store/back_check_model.h"
#include "core/store/check_in_rows.h"
#include "core/store/episode_model.h"
#include "core/store/episode_rows.h"
#include "core/store/merge_rule.h"
#include "core/store/pattern_result.h"
#include "core/store/row_marks.h"
#include "core/store/statement.h"

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace spasmguide {

class EpisodeStore;
class Transaction;

// Merges an import into the log record by record, as the file is read, by the rule in merge_rule.h and inside the
// caller's Transaction (one per file: a failure or a cancel leaves the log as it was). Statements are prepared once.
// An id the file uses twice is found without remembering every id (RowMarks). Memory stays flat: only the current
// episode's stored check-ins are held, and only when it has at most kBulkCheckIns of them.
//
// Call openEpisode, then its records, then closeEpisode, for each episode of the file. Records of an episode kept
// deleted come back KeptDeleted. Each merge returns nullopt when the file already used the record's id.
class LogMerger final {
public:
    static constexpr std::int64_t kBulkCheckIns = 4096;

    // `importMs` is the change time given to records the file does not date (files before log format 3): the
    // latest they can have been changed, as they are in the log from now on.
    LogMerger(EpisodeStore& store, const Transaction& transaction, std::int64_t importMs);
    ~LogMerger();
    LogMerger(const LogMerger&) = delete;
    LogMerger& operator=(const LogMerger&) = delete;

    // An episode not in the log but deleted from it: what becomes of it depends on the file's change time.
    [[nodiscard]] bool deletedHere(const std::string& id);
    // Before any of the episode's records: false when the file already used the id.
    [[nodiscard]] bool openEpisode(const std::string& id, std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] std::optional<MergeOutcome> mergeCheckIn(const CheckIn& checkIn,
                                                           std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] std::optional<MergeOutcome> mergeHeatSession(const HeatSession& session,
                                                               std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] std::optional<MergeOutcome> mergeBreathingSession(const BreathingSession& session,
                                                                    std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] std::optional<MergeOutcome> mergeMedication(const MedicationEntry& entry,
                                                              std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] std::optional<MergeOutcome> mergeBackCheck(const BackCheckRecord& check,
                                                             std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] MergeOutcome mergePlanTick(const PlanTick& tick, std::optional<std::int64_t> fileModifiedMs);
    [[nodiscard]] MergeOutcome mergePatternResult(const SavedPatternResult& result);
    // After its records: the episode's own fields (its id as given to openEpisode).
    [[nodiscard]] MergeOutcome closeEpisode(const Episode& episode, std::optional<std::int64_t> fileModifiedMs);

private:
    // The id groups in which an id must be unique within the file: episodes, check-ins, the tools' records, and
    // back checks.
    enum class IdGroup { Episodes, CheckIns, Activities, BackChecks };
    enum class Table { Episodes, CheckIns, Heat, Breathing, Medications, BackChecks };
    static constexpr std::size_t kTables = 6;

    struct StoredCheckIn {
        std::int64_t row = 0;
        std::optional<std::int64_t> modifiedMs;
        CheckIn checkIn;
    };
    // What a probe by id found: the row, its episode's row and its change time.
    struct Found {
        std::int64_t row = 0;
        std::int64_t episodeRow = 0;
        std::optional<std::int64_t> modifiedMs;
    };
    struct CurrentEpisode {
        std::string id;
        std::int64_t row = 0;                       // 0 while kept deleted
        bool wasHere = false;                       // in the log before the import
        MergeOutcome placed = MergeOutcome::Added;  // for an episode not here: Added, Restored or KeptDeleted
        std::optional<std::int64_t> restoredFromMs; // a restored episode's deletion: its records deleted with it
                                                    // come back with it
        bool checkInsLoaded = false;
        std::unordered_map<std::string, StoredCheckIn> checkIns;
        bool resultsLoaded = false;
        std::vector<SavedPatternResult> results;
    };

    [[nodiscard]] std::optional<Found> probe(Table table, const std::string& id);
    [[nodiscard]] std::optional<std::int64_t> deletedAt(const std::string& id);
    void forgetDeleted(const std::string& id);
    // A record the import does not write (kept deleted): false when the file already used its id.
    bool meetUnwritten(IdGroup group, const std::string& id);
    // The outcome for a record not in the log, after its tombstone (if any) is weighed; removes the tombstone when
    // the record comes back.
    [[nodiscard]] MergeOutcome placeAbsent(const std::string& id, std::optional<std::int64_t> fileModifiedMs);
    // Another tool's table already holds the id from this file.
    [[nodiscard]] bool usedByAnotherTool(Table own, const std::string& id);
    void loadCheckIns();
    template <typename Record, typename Read, typename Write>
    std::optional<MergeOutcome> mergeActivity(Table table, const Record& record,
                                              std::optional<std::int64_t> fileModifiedMs, Read&& read, Write&& write);

    Database& m_db;
    std::int64_t m_importMs;
    std::array<RowMarks, kTables> m_marks;
    std::array<Statement, kTables> m_probes;
    std::array<std::unordered_set<std::string>, 4> m_unwritten;
    bool m_anyDeleted = false;
    Statement m_deletedAt;
    Statement m_forgetDeleted;
    rows::EpisodeWriter m_episodes;
    rows::CheckInWriter m_checkIns;
    Statement m_storedEpisode;
    Statement m_storedTriage;
    Statement m_countCheckIns;
    Statement m_storedCheckIns;
    std::array<Statement, 6> m_storedLists;
    Statement m_planTick;
    Statement m_writePlanTick;
    std::array<Statement, 3> m_storedActivity; // heat, breathing, medicines: by row
    CurrentEpisode m_episode;
};

} // namespace spasmguide
