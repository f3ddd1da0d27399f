// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/plan_feature.h"

#include "gui/log/episode_log.h"
#include "gui/plan/plan_screen.h"

namespace spasmguide {

PlanFeature::PlanFeature(EpisodeLog& log, PlanScreen& screen) : QObject(&screen), m_log(log), m_screen(screen) {
    connect(&screen, &PlanScreen::tickRequested, this, &PlanFeature::saveTick);
}

void PlanFeature::saveTick(const QString& signId, bool ticked) {
    const auto& episode = m_screen.episode();
    if (!episode || !m_log.setPlanTick(episode->id, m_screen.day(), signId.toStdString(), ticked)) {
        m_screen.tickNotSaved(signId, ticked, m_log.lastError());
    }
}

} // namespace spasmguide
