// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace spasmguide {

class EpisodeLog;
class PlanScreen;

// The plan's writes: the screen asks for a tick, this saves it with the episode and day the screen shows, and
// hands a refusal back to the screen (which puts the box back and reports it). Lives as long as the screen.
class PlanFeature final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanFeature)

public:
    PlanFeature(EpisodeLog& log, PlanScreen& screen);

private:
    void saveTick(const QString& signId, bool ticked);

    EpisodeLog& m_log;
    PlanScreen& m_screen;
};

} // namespace spasmguide
