// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_model.h"
#include "core/store/pattern_result.h"
#include "core/store/recorded_counts.h"
#include "core/store/timestamp.h"

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

class EpisodeStore;

// What a report for a clinician holds: plain data, so the PDF, the printer and the tests all read the same thing.
// Free-text notes are left out on purpose: the report is for sharing, and notes may say more than the person meant.

struct PainReading {
    Timestamp at;
    int pain = 0;

    friend bool operator==(const PainReading&, const PainReading&) = default;
};

struct ReportEpisode {
    Episode episode; // dates and the warning signs ticked at its triage (note cleared)
    std::int64_t checkIns = 0;
    std::vector<PainReading> pain; // every rated check-in's pain, oldest first
    std::optional<int> peakPain;   // nullopt without a rated check-in
    std::optional<int> latestPain; // the latest rated check-in's
};

struct ReportMedication {
    std::string name; // as recorded
    Timestamp takenAt;
    bool causesDrowsiness = false; // the content names it among the medicines that cause drowsiness

    friend bool operator==(const ReportMedication&, const ReportMedication&) = default;
};

// A "yes" to the warning signs: ticked at the check that opened an episode, or "anything new?" at a check-in.
struct RedFlagAnswer {
    enum class When { Triage, CheckIn };
    Timestamp at;
    When when = When::Triage;
    std::vector<std::string> signIds; // may be empty for a check-in "yes" that named no sign

    friend bool operator==(const RedFlagAnswer&, const RedFlagAnswer&) = default;
};

// What the heat timer and the breathing guide recorded in the period's episodes.
struct ReportSessions {
    std::int64_t heat = 0;
    std::int64_t heatFinished = 0; // ran their full time; the others were stopped early
    std::chrono::milliseconds heatTime{0};
    std::int64_t breathing = 0;
    std::int64_t breaths = 0;
    std::chrono::milliseconds breathingTime{0};

    friend bool operator==(const ReportSessions&, const ReportSessions&) = default;
};

struct ReportRequest {
    // Episodes that overlap [from, to] are in the report; the red-flag list always covers the whole log.
    // Without `from`, the period starts with the first episode.
    std::optional<std::chrono::system_clock::time_point> from;
    std::chrono::system_clock::time_point to;
    std::string appVersion;
    std::string contentVersion;
    // Names (matched case-insensitively, anywhere in what was recorded) of medicines the content says cause
    // drowsiness.
    std::vector<std::string> drowsyMedicines;
};

struct ClinicianReport {
    Timestamp from; // the period covered, in the system's local time
    Timestamp to;
    Timestamp generatedAt;
    std::string appVersion;
    std::string contentVersion;

    std::vector<ReportEpisode> episodes; // overlapping the period, oldest first
    std::int64_t checkIns = 0;           // in those episodes
    std::vector<RecordedCount> triggers; // per check-in in those episodes, most often first (ties by id)
    std::vector<RecordedCount> worse;
    std::vector<ReportMedication> medications; // recorded in those episodes, by time taken
    std::vector<RedFlagAnswer> redFlags;       // every "yes" ever recorded, oldest first
    std::int64_t redFlagChecksAnsweredNo =
        0;                   // in the period: triages with nothing ticked, check-ins with "nothing new"
    ReportSessions sessions; // in those episodes
    std::optional<SavedPatternResult> patternResult; // the latest saved with one of those episodes
    // Records left out because no real record can hold them (plausible_time.h: a time before 1970 or more than a
    // day after now, an end before its start), from a damaged or hand-edited log: the report says how many.
    std::int64_t leftOut = 0;
};

// Reads the whole log once, oldest first, with a LogCursor (flat memory), then each reported episode's sessions,
// medicines taken and pattern-finder result. Throws StoreError like the store does.
// `now` ends episodes still open, for the overlap test, and dates the report. Durations are counted at most 24 hours
// a session and breaths at most one a second, so no sum overflows whatever the log holds.
[[nodiscard]] ClinicianReport buildClinicianReport(EpisodeStore& store, const ReportRequest& request,
                                                   std::chrono::system_clock::time_point now);

} // namespace spasmguide
