// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/log/episode_log.h"

#include "core/logging/logging.h"
#include "core/store/store_error.h"

#include <QMetaObject>
#include <spdlog/spdlog.h>

namespace spasmguide {

namespace {
// The window tells the person what happened, so it alone may set a damaged log aside and start a new one.
constexpr OpenOptions kWindowOpening{.setAsideDamaged = true};
} // namespace

EpisodeLog::EpisodeLog(std::filesystem::path dataDir, const Clock& clock, QObject* parent)
    : QObject(parent), m_dataDir(std::move(dataDir)), m_clock(clock) {}

EpisodeLog::~EpisodeLog() {
    if (m_opening.valid()) {
        m_opening.wait(); // the worker must not outlive the clock and folder it uses
    }
}

void EpisodeLog::openInBackground() {
    if (m_store || m_opening.valid()) {
        return;
    }
    m_opening = std::async(std::launch::async, [this] {
        auto result = EpisodeStore::open(m_dataDir, m_clock, kWindowOpening);
        // Queued to this object's thread; dropped if the object is gone by then.
        QMetaObject::invokeMethod(this, &EpisodeLog::finishOpening, Qt::QueuedConnection);
        return result;
    });
}

void EpisodeLog::reopenInBackground() {
    if (m_opening.valid() || isWritable()) {
        return;
    }
    m_store.reset(); // a read-only connection: the new opening may get a writable one
    openInBackground();
}

QString EpisodeLog::open() {
    if (m_opening.valid()) {
        finishOpening();
        return m_lastError;
    }
    if (m_store) {
        return {};
    }
    take(EpisodeStore::open(m_dataDir, m_clock, kWindowOpening));
    return m_lastError;
}

void EpisodeLog::take(OpenResult result) {
    m_store = std::move(result.store);
    m_openStatus = result.status;
    m_lastError = QString::fromStdString(result.message);
}

void EpisodeLog::finishOpening() {
    if (!m_opening.valid()) {
        return; // already finished by open()
    }
    take(m_opening.get()); // the SQLite connection may move threads: it is not used concurrently
    Q_EMIT opened(m_lastError);
    Q_EMIT changed();
}

template <typename Action> bool EpisodeLog::attempt(const char* what, const QString& failure, Action&& action) {
    if (m_opening.valid()) {
        finishOpening(); // a person who acts in the first split second waits for the opening, not an error
    }
    if (!m_store) {
        m_lastError = tr("The episode log is not available, so nothing was changed. What you entered is still "
                         "on screen.");
        return false;
    }
    try {
        action(*m_store);
        return true;
    } catch (const StoreError& e) {
        // The reason only: never what was being saved, which is health data.
        spdlog::warn("episode log: {} failed: {}", what, e.what());
        m_lastError = failure.arg(QString::fromUtf8(e.what()));
        return false;
    }
}

// An edit of something that may have been deleted meanwhile (in another window, or by an import).
template <typename Edit> bool EpisodeLog::change(const char* what, const QString& gone, Edit&& edit) {
    bool found = false;
    const bool ok = attempt(what, tr("Your changes could not be saved (%1). They are still on screen; try again."),
                            [&](EpisodeStore& store) { found = edit(store); });
    if (ok && !found) {
        m_lastError = gone;
    }
    if (ok && found) {
        Q_EMIT changed();
    }
    return ok && found;
}

std::optional<Episode> EpisodeLog::currentEpisode() {
    std::optional<Episode> current;
    attempt("reading the current episode", tr("The log could not be read: %1"),
            [&](EpisodeStore& store) { current = store.currentEpisode(); });
    return current;
}

std::optional<Episode> EpisodeLog::episode(const std::string& id) {
    std::optional<Episode> found;
    attempt("reading an episode", tr("The episode could not be read: %1"),
            [&](EpisodeStore& store) { found = store.episode(id); });
    return found;
}

std::vector<CheckIn> EpisodeLog::checkIns(const std::string& episodeId) {
    std::vector<CheckIn> found;
    attempt("reading check-ins", tr("The check-ins could not be read: %1"),
            [&](EpisodeStore& store) { found = store.checkIns(episodeId); });
    return found;
}

std::optional<CheckIn> EpisodeLog::checkIn(const std::string& id) {
    std::optional<CheckIn> found;
    attempt("reading a check-in", tr("The check-in could not be read: %1"),
            [&](EpisodeStore& store) { found = store.checkIn(id); });
    return found;
}

std::optional<std::string> EpisodeLog::newestEpisodeId() {
    std::optional<std::string> newest;
    attempt("reading the newest episode", tr("The log could not be read: %1"), [&](EpisodeStore& store) {
        const auto page = store.listEpisodes(0, 1);
        if (!page.empty()) {
            newest = page.front().episode.id;
        }
    });
    return newest;
}

std::string EpisodeLog::startEpisode(const TriageAnswers& answers) {
    std::string id;
    const bool ok =
        attempt("starting an episode", tr("The episode could not be started: %1"), [&](EpisodeStore& store) {
            Episode episode;
            episode.startedAt = Timestamp::local(m_clock.now());
            episode.triageTicked.assign(answers.ticked.begin(), answers.ticked.end());
            id = store.startEpisode(std::move(episode));
        });
    if (ok) {
        Q_EMIT changed();
    }
    return id;
}

std::string EpisodeLog::currentOrNewEpisodeId(const TriageAnswers& answers, const QString& failure) {
    std::string episodeId;
    if (!attempt("reading the current episode", failure, [&](EpisodeStore& store) {
            if (auto current = store.currentEpisode()) {
                episodeId = current->id;
            }
        })) {
        return {};
    }
    return episodeId.empty() ? startEpisode(answers) : episodeId;
}

bool EpisodeLog::saveCheckIn(CheckIn checkIn, const TriageAnswers& answers) {
    const QString failure =
        tr("Your check-in could not be saved (%1). What you entered is still on screen; try Save again.");
    checkIn.episodeId = currentOrNewEpisodeId(answers, failure);
    if (checkIn.episodeId.empty()) {
        return false;
    }
    const bool ok = attempt("saving a check-in", failure, [&](EpisodeStore& store) { store.addCheckIn(checkIn); });
    if (ok) {
        Q_EMIT changed();
    }
    return ok;
}

template <typename Record, typename Add>
bool EpisodeLog::saveInCurrentEpisode(const char* what, Record record, const TriageAnswers& answers, Add&& add) {
    const QString failure = tr("This could not be saved in your log (%1). It is still on screen; try again.");
    record.episodeId = currentOrNewEpisodeId(answers, failure);
    if (record.episodeId.empty()) {
        return false;
    }
    const bool ok = attempt(what, failure, [&](EpisodeStore& store) { add(store, record); });
    if (ok) {
        Q_EMIT changed();
    }
    return ok;
}

bool EpisodeLog::saveHeatSession(HeatSession session, const TriageAnswers& answers) {
    return saveInCurrentEpisode("saving a heat session", std::move(session), answers,
                                [](EpisodeStore& store, const HeatSession& record) { store.addHeatSession(record); });
}

bool EpisodeLog::saveBreathingSession(BreathingSession session, const TriageAnswers& answers) {
    return saveInCurrentEpisode(
        "saving a breathing session", std::move(session), answers,
        [](EpisodeStore& store, const BreathingSession& record) { store.addBreathingSession(record); });
}

bool EpisodeLog::saveMedication(MedicationEntry entry, const TriageAnswers& answers) {
    return saveInCurrentEpisode(
        "saving a medicine taken", std::move(entry), answers,
        [](EpisodeStore& store, const MedicationEntry& record) { store.addMedication(record); });
}

bool EpisodeLog::deleteActivity(const std::string& id) {
    bool found = false;
    const bool ok = attempt("deleting a tool record", tr("This could not be deleted: %1"),
                            [&](EpisodeStore& store) { found = store.deleteActivity(id); });
    if (ok && found) {
        Q_EMIT changed();
    }
    return ok && found;
}

EpisodeActivities EpisodeLog::activities(const std::string& episodeId) {
    EpisodeActivities found;
    attempt("reading the tools' records", tr("The log could not be read: %1"),
            [&](EpisodeStore& store) { found = store.activities(episodeId); });
    return found;
}

bool EpisodeLog::updateCheckIn(const CheckIn& checkIn) {
    return change("changing a check-in", tr("This check-in is no longer in your log, so the changes were not saved."),
                  [&](EpisodeStore& store) { return store.updateCheckIn(checkIn); });
}

bool EpisodeLog::deleteCheckIn(const std::string& id) {
    const bool ok = attempt("deleting a check-in", tr("The check-in could not be deleted: %1"),
                            [&](EpisodeStore& store) { store.deleteCheckIn(id); });
    if (ok) {
        Q_EMIT changed();
    }
    return ok;
}

bool EpisodeLog::updateEpisode(const Episode& episode) {
    return change("changing an episode", tr("This episode is no longer in your log, so the changes were not saved."),
                  [&](EpisodeStore& store) { return store.updateEpisode(episode); });
}

bool EpisodeLog::endEpisode(const std::string& id) {
    const bool ok = attempt("ending an episode", tr("The episode could not be ended: %1"),
                            [&](EpisodeStore& store) { store.endEpisode(id, Timestamp::local(m_clock.now())); });
    if (ok) {
        Q_EMIT changed();
    }
    return ok;
}

bool EpisodeLog::deleteEpisode(const std::string& id) {
    bool found = false;
    const bool ok = attempt("deleting an episode", tr("The episode could not be deleted: %1"),
                            [&](EpisodeStore& store) { found = store.deleteEpisode(id); });
    if (ok && found) {
        Q_EMIT changed();
    }
    return ok && found;
}

std::vector<std::string> EpisodeLog::planTicks(const std::string& episodeId, int day) {
    std::vector<std::string> ticked;
    attempt("reading the plan's checklist", tr("The plan's checklist could not be read: %1"),
            [&](EpisodeStore& store) { ticked = store.planTicks(episodeId, day); });
    return ticked;
}

bool EpisodeLog::setPlanTick(const std::string& episodeId, int day, const std::string& itemId, bool ticked) {
    bool found = false;
    const bool ok = attempt("saving the plan's checklist", tr("Your tick could not be saved (%1). Try again."),
                            [&](EpisodeStore& store) { found = store.setPlanTick(episodeId, day, itemId, ticked); });
    if (ok && !found) {
        m_lastError = tr("This episode is no longer in your log, so the tick was not saved.");
    }
    return ok && found;
}

std::optional<SavedPatternResult> EpisodeLog::latestPatternResult(const std::string& episodeId) {
    std::optional<SavedPatternResult> found;
    attempt("reading a pattern result", tr("The saved pattern result could not be read: %1"),
            [&](EpisodeStore& store) { found = store.latestPatternResult(episodeId); });
    return found;
}

bool EpisodeLog::savePatternResult(const SavedPatternResult& result) {
    const bool ok = attempt("saving a pattern result",
                            tr("Your result could not be saved (%1). It is still on screen; try Save again."),
                            [&](EpisodeStore& store) { store.savePatternResult(result); });
    if (ok) {
        Q_EMIT changed();
    }
    return ok;
}

std::vector<std::filesystem::path> EpisodeLog::dataFiles() const {
    auto files = EpisodeStore::dataFiles(m_dataDir);
    for (auto& file : logFiles()) {
        files.push_back(std::move(file));
    }
    return files;
}

std::vector<std::filesystem::path> EpisodeLog::deleteAllData() {
    if (m_opening.valid()) {
        finishOpening();
    }
    std::vector<std::filesystem::path> removed;
    if (m_store) {
        removed = m_store->deleteAllData();
        m_store.reset();
    } else {
        // A locked or newer log is never touched behind the person's back, even here.
        spdlog::info("episode log: nothing to delete while the log is not open");
    }
    // The app's own log mentions where the log was and when it was used: it goes too.
    for (auto& file : clearLogFiles()) {
        removed.push_back(std::move(file));
    }
    open();
    Q_EMIT changed();
    return removed;
}

} // namespace spasmguide
