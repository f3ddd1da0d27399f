// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/clock.h"
#include "store/episode_store.h"
#include "triage/triage.h"

#include <QObject>
#include <QString>
#include <filesystem>
#include <memory>

namespace spasmguide {

// The screens' access to the private episode log. Opens the store when asked (after the first paint, so
// start-up stays quick) and turns storage failures into plain messages: a failed save never clears the form.
class EpisodeLog final : public QObject {
    Q_OBJECT

public:
    EpisodeLog(std::filesystem::path dataDir, const Clock& clock, QObject* parent = nullptr);
    ~EpisodeLog() override;

    // Returns the message to show the person, empty when all is well.
    QString open();
    [[nodiscard]] bool isAvailable() const { return m_store != nullptr; }
    [[nodiscard]] EpisodeStore* store() const { return m_store.get(); }
    [[nodiscard]] const Clock& clock() const { return m_clock; }
    [[nodiscard]] const std::filesystem::path& dataDir() const { return m_dataDir; }

    [[nodiscard]] std::optional<Episode> currentEpisode() const;
    // Starts an episode opened by these triage answers; returns its id, empty on failure (see lastError()).
    std::string startEpisode(const TriageAnswers& answers);
    // Saves in the current episode, starting one first if there is none. False on failure (see lastError()).
    bool saveCheckIn(CheckIn checkIn, const TriageAnswers& answers);
    [[nodiscard]] const QString& lastError() const { return m_lastError; }

    // The files "Delete all my data" would remove, to name them before asking.
    [[nodiscard]] std::vector<std::filesystem::path> dataFiles() const;
    // Removes every log file (database, its journal files, upgrade backups, moved-aside copies) and starts
    // an empty log. Returns the files removed.
    std::vector<std::filesystem::path> deleteAllData();

Q_SIGNALS:
    void changed(); // something was saved or removed: lists and charts refresh

private:
    std::filesystem::path m_dataDir;
    const Clock& m_clock;
    std::unique_ptr<EpisodeStore> m_store;
    QString m_lastError;
};

} // namespace spasmguide
