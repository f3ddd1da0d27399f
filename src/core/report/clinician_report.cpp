// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/report/clinician_report.h"

#include "core/store/activity_model.h"
#include "core/store/episode_store.h"
#include "core/store/log_cursor.h"
#include "core/store/plausible_time.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

namespace spasmguide {
namespace {

std::string lowered(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

bool causesDrowsiness(const std::string& recorded, const std::vector<std::string>& drowsyLowered) {
    const std::string name = lowered(recorded);
    return std::any_of(drowsyLowered.begin(), drowsyLowered.end(), [&name](const std::string& drowsy) {
        return !drowsy.empty() && name.find(drowsy) != std::string::npos;
    });
}

// Counts each id once per check-in, most often first, ties by id: the same rules as the history's chart.
class Tally {
public:
    void add(const std::vector<std::string>& ids) {
        for (const auto& id : std::set<std::string>(ids.begin(), ids.end())) {
            ++m_counts[id];
        }
    }
    [[nodiscard]] std::vector<RecordedCount> sorted() const {
        std::vector<RecordedCount> result;
        for (const auto& [id, count] : m_counts) {
            result.push_back({id, count});
        }
        std::stable_sort(result.begin(), result.end(),
                         [](const RecordedCount& a, const RecordedCount& b) { return a.checkIns > b.checkIns; });
        return result;
    }

private:
    std::map<std::string, std::int64_t> m_counts; // by id, so the stable sort keeps ties in id order
};

constexpr std::chrono::milliseconds kMaxSession{kFutureToleranceMs}; // a day: a session's most
constexpr std::int64_t kMaxBreathsPerSession = 24 * 60 * 60;         // one a second for a day

bool plausible(const Timestamp& t, std::chrono::system_clock::time_point now) {
    return isPlausibleTime(t.epochMs, now);
}

bool plausible(const Episode& episode, std::chrono::system_clock::time_point now) {
    return plausible(episode.startedAt, now) &&
           (!episode.endedAt ||
            (plausible(*episode.endedAt, now) && episode.endedAt->epochMs >= episode.startedAt.epochMs));
}

struct Walk {
    const ReportRequest& request;
    std::chrono::system_clock::time_point now;
    std::vector<std::string> drowsyLowered;
    ClinicianReport report;
    Tally triggers;
    Tally worse;
    std::optional<std::chrono::system_clock::time_point> firstStart;

    [[nodiscard]] bool inPeriod(const Episode& episode) const {
        const auto start = episode.startedAt.timePoint();
        const auto end = episode.endedAt ? episode.endedAt->timePoint() : now;
        return start <= request.to && (!request.from || end >= *request.from);
    }

    void addEpisode(LogCursor& cursor) {
        const Episode& episode = cursor.episode();
        if (!plausible(episode, now)) { // neither its dates nor its check-ins can be placed in a period
            ++report.leftOut;
            while (cursor.nextCheckIn()) {
                ++report.leftOut;
            }
            return;
        }
        if (!firstStart || episode.startedAt.timePoint() < *firstStart) {
            firstStart = episode.startedAt.timePoint();
        }
        if (!episode.triageTicked.empty()) {
            report.redFlags.push_back({episode.startedAt, RedFlagAnswer::When::Triage, episode.triageTicked});
        }
        const bool included = inPeriod(episode);
        ReportEpisode entry;
        if (included) {
            entry.episode = episode;
            entry.episode.note.clear();
            report.redFlagChecksAnsweredNo += episode.triageTicked.empty() ? 1 : 0;
        }
        while (cursor.nextCheckIn()) {
            const CheckIn& checkIn = cursor.checkIn();
            if (!plausible(checkIn.at, now)) {
                ++report.leftOut;
                continue;
            }
            if (checkIn.newRedFlag) {
                report.redFlags.push_back({checkIn.at, RedFlagAnswer::When::CheckIn, checkIn.newRedFlagIds});
            }
            if (included) {
                addCheckIn(entry, checkIn);
            }
        }
        if (included) {
            report.episodes.push_back(std::move(entry));
        }
    }

    void addCheckIn(ReportEpisode& entry, const CheckIn& checkIn) {
        ++entry.checkIns;
        if (checkIn.pain) { // a warning sign reported before a pain number was chosen has none
            const int pain = std::clamp(*checkIn.pain, 0, 10); // the log allows no other; a damaged one might
            entry.pain.push_back({checkIn.at, pain});
            entry.peakPain = std::max(entry.peakPain.value_or(0), pain);
            entry.latestPain = pain; // the cursor hands check-ins out in time order
        }
        ++report.checkIns;
        report.redFlagChecksAnsweredNo += checkIn.newRedFlag ? 0 : 1;
        triggers.add(checkIn.triggers);
        worse.add(checkIn.worse);
        for (const auto& medication : checkIn.medications) {
            if (!plausible(medication.takenAt, now)) {
                ++report.leftOut;
                continue;
            }
            report.medications.push_back(
                {medication.name, medication.takenAt, causesDrowsiness(medication.name, drowsyLowered)});
        }
    }
};

std::chrono::milliseconds boundedDuration(std::chrono::milliseconds duration) {
    return std::clamp(duration, std::chrono::milliseconds{0}, kMaxSession);
}

void addActivities(ClinicianReport& report, const EpisodeActivities& activities,
                   const std::vector<std::string>& drowsyLowered, std::chrono::system_clock::time_point now) {
    ReportSessions& sessions = report.sessions;
    for (const auto& heat : activities.heat) {
        if (!plausible(heat.startedAt, now)) {
            ++report.leftOut;
            continue;
        }
        ++sessions.heat;
        sessions.heatFinished += heat.finished ? 1 : 0;
        sessions.heatTime += boundedDuration(heat.duration);
    }
    for (const auto& breathing : activities.breathing) {
        if (!plausible(breathing.startedAt, now)) {
            ++report.leftOut;
            continue;
        }
        ++sessions.breathing;
        sessions.breaths += std::clamp<std::int64_t>(breathing.breaths, 0, kMaxBreathsPerSession);
        sessions.breathingTime += boundedDuration(breathing.duration);
    }
    for (const auto& medication : activities.medications) { // from the medication log, beside the check-ins'
        if (!plausible(medication.takenAt, now)) {
            ++report.leftOut;
            continue;
        }
        report.medications.push_back(
            {medication.name, medication.takenAt, causesDrowsiness(medication.name, drowsyLowered)});
    }
}

} // namespace

ClinicianReport buildClinicianReport(EpisodeStore& store, const ReportRequest& request,
                                     std::chrono::system_clock::time_point now) {
    Walk walk{request, now, {}, {}, {}, {}, std::nullopt};
    for (const auto& name : request.drowsyMedicines) {
        walk.drowsyLowered.push_back(lowered(name));
    }
    {
        LogCursor cursor(store);
        while (cursor.nextEpisode()) {
            walk.addEpisode(cursor);
        }
    }
    ClinicianReport report = std::move(walk.report);
    // The cursor is gone, so the store may be asked again: what the tools recorded in each reported episode.
    for (const auto& entry : report.episodes) {
        addActivities(report, store.activities(entry.episode.id), walk.drowsyLowered, now);
        auto result = store.latestPatternResult(entry.episode.id);
        if (result && (!report.patternResult || result->savedAt.epochMs >= report.patternResult->savedAt.epochMs)) {
            report.patternResult = std::move(result);
        }
    }
    report.to = Timestamp::local(request.to);
    report.from = Timestamp::local(request.from.value_or(walk.firstStart.value_or(request.to)));
    report.generatedAt = Timestamp::local(now);
    report.appVersion = request.appVersion;
    report.contentVersion = request.contentVersion;
    report.triggers = walk.triggers.sorted();
    report.worse = walk.worse.sorted();
    std::stable_sort(
        report.medications.begin(), report.medications.end(),
        [](const ReportMedication& a, const ReportMedication& b) { return a.takenAt.epochMs < b.takenAt.epochMs; });
    // Triage answers and check-ins come per episode; episodes may overlap, so put them in time order.
    std::stable_sort(report.redFlags.begin(), report.redFlags.end(),
                     [](const RedFlagAnswer& a, const RedFlagAnswer& b) { return a.at.epochMs < b.at.epochMs; });
    return report;
}

} // namespace spasmguide
