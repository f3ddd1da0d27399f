// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

class Database;

// Fewer episodes than this and the insights say there is not enough to see a pattern.
inline constexpr int kEpisodesForPatterns = 3;
// A thing done needs this many check-ins followed by another before its pain change is reported.
inline constexpr int kTimesForRelief = 3;

struct EpisodePeak {
    std::int64_t startedMs = 0;
    int peakPain = 0;

    friend bool operator==(const EpisodePeak&, const EpisodePeak&) = default;
};

// A trigger or "made it worse" id and how many episodes recorded it at least once.
struct RecurringItem {
    std::string id;
    int episodes = 0;

    friend bool operator==(const RecurringItem&, const RecurringItem&) = default;
};

// Something done at a check-in ("heat", "medication", "movement", "breathing") and the pain at the episode's next
// check-in: how often that happened and the average drop (positive: less pain).
struct ReliefItem {
    std::string what;
    int times = 0;
    double averageDrop = 0.0;

    friend bool operator==(const ReliefItem&, const ReliefItem&) = default;
};

// Facts across the whole log, for sentences the GUI words. Structured, so the wording stays translatable.
struct Insights {
    int episodes = 0;
    int checkIns = 0;
    std::optional<double> medianDaysBetween; // between episode starts; needs two episodes
    std::optional<double> perMonth;          // episodes per 30 days from the first start to now
    int endedEpisodes = 0;
    std::optional<double> medianHours; // how long ended episodes lasted
    std::optional<double> longestHours;
    std::optional<double> averagePeak; // of episodes with check-ins
    std::optional<int> highestPeak;
    std::vector<EpisodePeak> peaks;      // oldest first, episodes with check-ins
    std::vector<RecurringItem> triggers; // in two episodes or more, most first (ties by id)
    std::vector<RecurringItem> worse;
    std::vector<ReliefItem> relief; // done at least kTimesForRelief times, biggest drop first

    [[nodiscard]] bool enoughForPatterns() const { return episodes >= kEpisodesForPatterns; }
};

// Reads the log in one read transaction, in SQL, so a large log is never loaded whole.
[[nodiscard]] Insights computeInsights(Database& db, std::chrono::system_clock::time_point now);
// On a read-only connection of its own, for a worker thread while the app keeps writing.
[[nodiscard]] Insights computeInsights(const std::filesystem::path& databaseFile,
                                       std::chrono::system_clock::time_point now);

} // namespace spasmguide
