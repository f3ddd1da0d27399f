// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode_log.h"

#include "store/store_error.h"

#include <QCoreApplication>
#include <spdlog/spdlog.h>

namespace spasmguide {

EpisodeLog::EpisodeLog(std::filesystem::path dataDir, const Clock& clock, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock) {}

EpisodeLog::~EpisodeLog() = default;

QString EpisodeLog::open() {
    if (m_store) {
        return {};
    }
    auto result = EpisodeStore::open(m_dataDir, m_clock);
    m_store = std::move(result.store);
    return QString::fromStdString(result.message);
}

std::optional<Episode> EpisodeLog::currentEpisode() const {
    if (!m_store) {
        return std::nullopt;
    }
    try {
        return m_store->currentEpisode();
    } catch (const StoreError& e) {
        spdlog::warn("episode log: reading the current episode failed: {}", e.what());
        return std::nullopt;
    }
}

std::string EpisodeLog::startEpisode(const TriageAnswers& answers) {
    if (!m_store) {
        m_lastError = QCoreApplication::translate("EpisodeLog", "The episode log is not available.");
        return {};
    }
    try {
        Episode episode;
        episode.startedAt = Timestamp::local(m_clock.now());
        episode.triageTicked.assign(answers.ticked.begin(), answers.ticked.end());
        auto id = m_store->startEpisode(std::move(episode));
        Q_EMIT changed();
        return id;
    } catch (const StoreError& e) {
        spdlog::warn("episode log: starting an episode failed: {}", e.what());
        m_lastError = QCoreApplication::translate("EpisodeLog", "The episode could not be started: %1")
                          .arg(QString::fromUtf8(e.what()));
        return {};
    }
}

bool EpisodeLog::saveCheckIn(CheckIn checkIn, const TriageAnswers& answers) {
    if (!m_store) {
        m_lastError = QCoreApplication::translate("EpisodeLog", "The episode log is not available, so nothing "
                                                                "was saved. What you entered is still on screen.");
        return false;
    }
    try {
        auto current = m_store->currentEpisode();
        checkIn.episodeId = current ? current->id : startEpisode(answers);
        if (checkIn.episodeId.empty()) {
            return false;
        }
        m_store->addCheckIn(std::move(checkIn));
        Q_EMIT changed();
        return true;
    } catch (const StoreError& e) {
        // Never log the check-in itself: it is health data.
        spdlog::warn("episode log: saving a check-in failed: {}", e.what());
        m_lastError = QCoreApplication::translate("EpisodeLog", "Your check-in could not be saved (%1). What you "
                                                                "entered is still on screen; try Save again.")
                          .arg(QString::fromUtf8(e.what()));
        return false;
    }
}

std::vector<std::filesystem::path> EpisodeLog::dataFiles() const {
    return EpisodeStore::dataFiles(m_dataDir);
}

std::vector<std::filesystem::path> EpisodeLog::deleteAllData() {
    std::vector<std::filesystem::path> removed;
    if (m_store) {
        removed = m_store->deleteAllData();
        m_store.reset();
    } else {
        // A locked or newer log is never touched behind the person's back, even here.
        spdlog::info("episode log: nothing to delete while the log is not open");
    }
    spdlog::info("episode log: deleted {} file(s) at the person's request", removed.size());
    open();
    Q_EMIT changed();
    return removed;
}

} // namespace spasmguide
