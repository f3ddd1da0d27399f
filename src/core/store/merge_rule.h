// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>

namespace spasmguide {

// The kinds of record an import merges, each by its stable id (plan ticks by day and item, pattern-finder results by
// when they were saved and what they hold).
enum class RecordKind {
    Episode,
    CheckIn,
    HeatSession,
    BreathingSession,
    Medication,
    PlanTick,
    PatternResult,
    BackCheck, // log version 8; appended, so the import history's stored counts keep their kinds
};
inline constexpr std::size_t kRecordKinds = 8;

// What an import did with one record of the file.
enum class MergeOutcome {
    Added,       // not here: added
    Unchanged,   // here exactly as in the file: skipped
    Updated,     // here, but the file's copy was changed later: replaced by it
    KeptLocal,   // here, changed here later than in the file (or when either time is unknown): kept as it is here
    KeptDeleted, // deleted here after the file's copy was last changed: not brought back
    Restored,    // deleted here, but the file's copy was changed after that: added back
    KeptInPlace, // here in another episode: kept there, not moved (a conflict for the person to look at)
};
inline constexpr std::size_t kMergeOutcomes = 7;

// What is known about one record when the file's copy meets the log.
struct MergeFacts {
    bool storedHere = false;                      // a record with the id is in the log
    bool sameContent = false;                     // ... and holds exactly what the file's copy holds
    bool sameEpisode = true;                      // ... and sits in the episode the file puts it in
    std::optional<std::int64_t> storedModifiedMs; // when it was last changed here; nullopt when unknown
    std::optional<std::int64_t> fileModifiedMs;   // when the file's copy was last changed; nullopt when the file
                                                  // does not say (files before log format 3)
    std::optional<std::int64_t> deletedMs;        // when it was deleted here, if it was

    [[nodiscard]] static MergeFacts absent(std::optional<std::int64_t> fileModifiedMs,
                                           std::optional<std::int64_t> deletedMs) {
        MergeFacts facts;
        facts.fileModifiedMs = fileModifiedMs;
        facts.deletedMs = deletedMs;
        return facts;
    }
    [[nodiscard]] static MergeFacts stored(bool sameContent, std::optional<std::int64_t> storedModifiedMs,
                                           std::optional<std::int64_t> fileModifiedMs) {
        MergeFacts facts;
        facts.storedHere = true;
        facts.sameContent = sameContent;
        facts.storedModifiedMs = storedModifiedMs;
        facts.fileModifiedMs = fileModifiedMs;
        return facts;
    }
};

// The rule that never loses an edit made here: the file's copy replaces the log's only when both times are known
// and the file's is later. An unknown time counts as older than any edit here (the file's) or newer than any edit
// in the file (the log's). A record never moves to another episode by import.
[[nodiscard]] MergeOutcome decideMerge(const MergeFacts& facts);

// How many records of each kind had each outcome.
class ImportTally final {
public:
    void count(RecordKind kind, MergeOutcome outcome, std::int64_t n = 1) {
        m_counts[static_cast<std::size_t>(kind)][static_cast<std::size_t>(outcome)] += n;
    }
    [[nodiscard]] std::int64_t of(RecordKind kind, MergeOutcome outcome) const {
        return m_counts[static_cast<std::size_t>(kind)][static_cast<std::size_t>(outcome)];
    }
    [[nodiscard]] std::int64_t of(MergeOutcome outcome) const; // of every kind
    [[nodiscard]] std::int64_t records() const;                // of every kind and outcome

    friend bool operator==(const ImportTally&, const ImportTally&) = default;

private:
    std::array<std::array<std::int64_t, kMergeOutcomes>, kRecordKinds> m_counts{};
};

} // namespace spasmguide
