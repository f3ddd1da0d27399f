// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_store.h"
#include "core/time/clock.h"
#include "core/triage/triage.h"

#include <QObject>
#include <QString>
#include <filesystem>
#include <future>
#include <memory>
#include <optional>

namespace spasmguide {

// The screens' only way to the private episode log. Opens the store on a worker thread after the first paint,
// so neither start-up nor painting waits for the disk, and turns every storage failure into a plain message
// (lastError()) instead of an exception escaping a slot: a failed save never clears what was typed.
class EpisodeLog final : public QObject {
    Q_OBJECT

public:
    EpisodeLog(std::filesystem::path dataDir, const Clock& clock, QObject* parent = nullptr);
    ~EpisodeLog() override; // waits for an opening still under way

    // Opens on a worker thread; opened() follows on this object's thread.
    void openInBackground();
    // Opens now (or finishes an opening under way). Returns the message to show the person, empty when all is well.
    QString open();
    [[nodiscard]] bool isOpening() const { return m_opening.valid(); }
    [[nodiscard]] bool isAvailable() const { return m_store != nullptr; }
    // Open and taking saves: not read-only (OpenStatus::ReadOnly shows History but saves nothing).
    [[nodiscard]] bool isWritable() const { return m_store && !m_store->isReadOnly(); }
    // "Try again": opens once more, on a worker thread, a log that could not be opened or opened read-only.
    void reopenInBackground();
    [[nodiscard]] EpisodeStore* store() const { return m_store.get(); }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const std::filesystem::path& dataDir() const { return m_dataDir; }
    [[nodiscard]] const QString& lastError() const { return m_lastError; }
    // How the latest opening went; empty until one has finished.
    [[nodiscard]] std::optional<OpenStatus> openStatus() const { return m_openStatus; }

    // Reads: empty on failure (logged without health data, and in lastError()).
    [[nodiscard]] std::optional<Episode> currentEpisode();
    [[nodiscard]] std::optional<Episode> episode(const std::string& id);
    [[nodiscard]] std::vector<CheckIn> checkIns(const std::string& episodeId);
    [[nodiscard]] std::optional<CheckIn> checkIn(const std::string& id);
    [[nodiscard]] std::optional<std::string> newestEpisodeId();
    [[nodiscard]] std::optional<SavedPatternResult> latestPatternResult(const std::string& episodeId);
    [[nodiscard]] EpisodeActivities activities(const std::string& episodeId);

    // Writes: false (or empty) on failure, with the reason in lastError(). Each emits changed() on success.
    // Starts an episode opened by these triage answers; returns its id.
    std::string startEpisode(const TriageAnswers& answers);
    // Saves in the current episode, starting one first if there is none.
    bool saveCheckIn(CheckIn checkIn, const TriageAnswers& answers);
    bool updateCheckIn(const CheckIn& checkIn);
    bool deleteCheckIn(const std::string& id);
    bool updateEpisode(const Episode& episode);
    bool endEpisode(const std::string& id);
    bool deleteEpisode(const std::string& id);
    // Saves a pattern-finder result with its episode (result.episodeId).
    bool savePatternResult(const SavedPatternResult& result);
    // The tools' records, saved in the current episode (one is started first when none is open, as a check-in
    // does). A record whose id is already stored is rewritten, not added twice.
    bool saveHeatSession(HeatSession session, const TriageAnswers& answers);
    bool saveBreathingSession(BreathingSession session, const TriageAnswers& answers);
    bool saveMedication(MedicationEntry entry, const TriageAnswers& answers);
    bool deleteActivity(const std::string& id);

    // The day-by-day plan's checklist of one day of an episode. Ticks change no list or chart: no changed().
    [[nodiscard]] std::vector<std::string> planTicks(const std::string& episodeId, int day);
    bool setPlanTick(const std::string& episodeId, int day, const std::string& itemId, bool ticked);

    // The files "Delete all my data" would remove, to name them before asking.
    [[nodiscard]] std::vector<std::filesystem::path> dataFiles() const;
    // Removes every log file (database, its journal files, upgrade backups, moved-aside copies) and the app's
    // own log files that mention them, then starts an empty log. Returns the files removed.
    std::vector<std::filesystem::path> deleteAllData();

Q_SIGNALS:
    void opened(const QString& message); // message empty when all is well
    void changed();                      // something was saved or removed: lists and charts refresh

private:
    template <typename Action> bool attempt(const char* what, const QString& failure, Action&& action);
    template <typename Edit> bool change(const char* what, const QString& gone, Edit&& edit);
    void finishOpening();
    void take(OpenResult result);
    // The current episode's id, starting one when none is open; empty on failure (lastError() says why).
    std::string currentOrNewEpisodeId(const TriageAnswers& answers, const QString& failure);
    template <typename Record, typename Add>
    bool saveInCurrentEpisode(const char* what, Record record, const TriageAnswers& answers, Add&& add);

    std::filesystem::path m_dataDir;
    const Clock& m_clock;
    std::unique_ptr<EpisodeStore> m_store;
    std::future<OpenResult> m_opening;
    QString m_lastError;
    std::optional<OpenStatus> m_openStatus;
};

} // namespace spasmguide
