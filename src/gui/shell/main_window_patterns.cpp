// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's pattern finder: its two screens, answers pre-filled from the episode log, and the result saved
// with the current episode.
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/patterns/pattern_finder_screen.h"
#include "gui/patterns/pattern_result_screen.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"

#include <QPushButton>
#include <QStatusBar>

namespace spasmguide {
namespace {

// Where it hurt in the episode, and what came before or made it worse, as the finder's answers read them.
LogHints hintsFrom(const std::vector<CheckIn>& checkIns) {
    LogHints hints;
    for (const auto& checkIn : checkIns) {
        hints.areas.insert(checkIn.areas.begin(), checkIn.areas.end());
        hints.triggers.insert(hints.triggers.end(), checkIn.triggers.begin(), checkIn.triggers.end());
        hints.worse.insert(hints.worse.end(), checkIn.worse.begin(), checkIn.worse.end());
    }
    return hints;
}

FinderAnswers asFinderAnswers(const std::map<std::string, std::vector<std::string>>& stored) {
    FinderAnswers answers;
    for (const auto& [question, chosen] : stored) {
        answers[question].insert(chosen.begin(), chosen.end());
    }
    return answers;
}

} // namespace

void MainWindow::registerPatternScreens() {
    const auto refresh = [this](const QString& screenId) { refreshPatternScreen(screenId); };
    m_registry.add(m_slots.patternFinder,
                   [this](const QString&) {
                       auto* page = new PatternFinderScreen;
                       page->setContent(*m_content.bundle);
                       connect(page, &PatternFinderScreen::backRequested, this, &MainWindow::goBack);
                       connect(page, &PatternFinderScreen::resultRequested, this, [this](const FinderAnswers& answers) {
                           // An answer that matches a warning sign ("both legs") goes to care before anything is
                           // scored.
                           m_elsewhere.finder = answers;
                           if (careFirst(AnswerSet{{}, answers, {}, false})) {
                               return;
                           }
                           screenIn(m_slots.patternResult)->showResult(*m_content.bundle, answers, {});
                           showScreen(screens::kPatternResult);
                       });
                       return page;
                   },
                   {.needs = ScreenNeeds::Finder, .refresh = refresh});
    m_registry.add(m_slots.patternResult,
                   [this](const QString&) {
                       auto* page = new PatternResultScreen;
                       page->saveButton()->setVisible(m_log != nullptr);
                       connect(page, &PatternResultScreen::changeAnswersRequested, this,
                               [this] { showScreen(screens::kPatternFinder); });
                       connect(page, &PatternResultScreen::doneRequested, this,
                               [this] { showScreen(screens::stepScreenId("identify")); });
                       connect(page, &PatternResultScreen::saveRequested, this, &MainWindow::savePatternResult);
                       return page;
                   },
                   {.needs = ScreenNeeds::Finder, .refresh = refresh});
}

// A finder nobody has answered yet starts from the log: the answers saved with this episode, else what its
// check-ins say. A result opened directly (a screenshot, a link) shows the latest saved one, else the finder's.
void MainWindow::refreshPatternScreen(const QString& screenId) {
    std::optional<std::string> episodeId;
    if (m_log && m_log->isAvailable()) {
        const auto current = m_log->currentEpisode();
        episodeId = current ? std::optional(current->id) : m_log->newestEpisodeId();
    }
    const auto saved = episodeId ? m_log->latestPatternResult(*episodeId) : std::nullopt;
    const auto& content = *m_content.bundle;
    auto* finder = screenIn(m_slots.patternFinder);
    if (!finder->isTouched() && finder->answers().empty() && content.finder) {
        if (saved) {
            finder->setAnswers(asFinderAnswers(saved->answers), true);
        } else if (episodeId) {
            finder->setAnswers(prefillAnswers(*content.finder, hintsFrom(m_log->checkIns(*episodeId))), true);
        }
    }
    if (screenId != screens::kPatternResult) {
        return;
    }
    auto* result = screenIn(m_slots.patternResult);
    if (!result->hasResult()) {
        if (saved) {
            result->showResult(content, asFinderAnswers(saved->answers),
                               tr("Saved on %1.").arg(longDateTime(saved->savedAt)));
        } else {
            result->showResult(content, finder->answers(), {});
        }
    }
}

void MainWindow::savePatternResult() {
    auto* page = screenIn(m_slots.patternResult);
    if (!m_log || !m_content.bundle->finder) {
        return;
    }
    std::string episodeId;
    if (const auto current = m_log->currentEpisode()) {
        episodeId = current->id;
    } else if (m_log->isAvailable()) {
        episodeId = m_log->startEpisode(triageAnswers()); // as a check-in would
    }
    SavedPatternResult result;
    result.episodeId = episodeId;
    result.savedAt = Timestamp::local(m_log->clock().now());
    result.fits = page->outcome().asFits();
    result.answers = orderedAnswers(*m_content.bundle->finder, page->answers());
    result.contentVersion = m_content.bundle->manifest.version;
    if (episodeId.empty() || !m_log->savePatternResult(result)) {
        const QString reason = m_log->lastError();
        page->setSaveStatus(reason.isEmpty() ? tr("The result could not be saved.") : reason, false);
        return;
    }
    const QString message =
        tr("Saved with this episode at %1.").arg(localDateTime(result.savedAt).toString(QStringLiteral("HH:mm")));
    page->setSaveStatus(message, true);
    statusBar()->showMessage(message, 10000);
}

} // namespace spasmguide
