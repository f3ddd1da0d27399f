// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's day-by-day plan: its screen, starting an episode from it, and the way to it from the steps.
#include "gui/guide/step_screen.h"
#include "gui/log/episode_log.h"
#include "gui/plan/plan_feature.h"
#include "gui/plan/plan_screen.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"

#include <QPushButton>
#include <QStatusBar>

namespace spasmguide {

void MainWindow::registerPlanScreens() {
    m_registry.add(m_slots.plan, [this](const QString&) { return createPlanScreen(); },
                   {.needs = ScreenNeeds::Log,
                    .refresh = [this](const QString&) { m_slots.plan.made()->refresh(); },
                    .readAloudButton = true});
}

PlanScreen* MainWindow::createPlanScreen() {
    auto* page = new PlanScreen(*m_log, timeZone());
    new PlanFeature(*m_log, *page); // saves the ticks; owned by the page
    page->setContent(*m_content.bundle);
    connect(page, &PlanScreen::backRequested, this, &MainWindow::goBack);
    connect(page, &PlanScreen::problem, this, &MainWindow::showLogNotice);
    connect(page, &PlanScreen::startEpisodeRequested, this, [this, page] {
        if (m_log->startEpisode(triageAnswers()).empty()) {
            showLogNotice(m_log->lastError());
            return;
        }
        statusBar()->showMessage(tr("Logging started. Check in any time with Ctrl+K."), 10000);
        page->refresh();
    });
    // An episode started, ended or deleted elsewhere changes the day shown.
    connect(m_log, &EpisodeLog::changed, page, [page] {
        if (page->isVisible()) {
            page->refresh();
        }
    });
    return page;
}

void MainWindow::addPlanButton(StepScreen* step) {
    if (!m_log) {
        return;
    }
    auto* button = step->addToolButton(tr("Day-by-day plan"), QStringLiteral("openPlan"));
    button->setToolTip(tr("What to do today, what to avoid and what comes next (Ctrl+D)"));
    connect(button, &QPushButton::clicked, this, [this] { showScreen(screens::kPlan); });
}

} // namespace spasmguide
