// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/store/episode_model.h"
#include "core/time/time_zone.h"
#include "gui/widgets/screen_page.h"

#include <QList>
#include <QTimer>
#include <optional>

class QLabel;
class QPushButton;

namespace spasmguide {

class EpisodeLog;
class SignRow;

// The day-by-day plan: "Day N of this episode" from the open episode's start (calendar days in the person's
// zone), today's phase with its "do" items as a checklist saved with the episode, what to avoid, when to see a
// clinician, and what comes next. Without an open episode it says so, offers to start one and shows day 1.
// It reads the log; a tick is asked for (tickRequested) and saved by the plan's owner (PlanFeature).
class PlanScreen final : public ScreenPage {
    Q_OBJECT

public:
    PlanScreen(EpisodeLog& log, const TimeZone& zone, QWidget* parent = nullptr);

    // `content` must outlive the screen or the next setContent().
    void setContent(const ContentBundle& content);
    // Reads the open episode and today's ticks again, and rebuilds what changed (a new day, another episode).
    void refresh();

    [[nodiscard]] int day() const { return m_day; }
    [[nodiscard]] const std::optional<Episode>& episode() const { return m_episode; }
    [[nodiscard]] QLabel* dayHeading() const { return m_dayHeading; }
    [[nodiscard]] const QList<SignRow*>& checklist() const { return m_checklist; }
    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    // A tick the log could not take: its box goes back to what is saved, and `reason` is told (problem).
    void tickNotSaved(const QString& signId, bool ticked, const QString& reason);

Q_SIGNALS:
    void startEpisodeRequested();
    // The person ticked or unticked `signId` on today's checklist of the open episode (episode(), day()).
    void tickRequested(const QString& signId, bool ticked);
    void problem(const QString& message); // a tick that could not be saved or read
    void backRequested();

private:
    void rebuild();
    void addStatus(const PlanPhase& phase);
    void addChecklist(const PlanPhase& phase);
    void addLists(const PlanPhase& phase);
    void addWhatComesNext(const PlanPhase& phase);
    void applyTicks();
    void orderTabs();

    EpisodeLog& m_log;
    const TimeZone& m_zone;
    const ContentBundle* m_content = nullptr;
    std::optional<Episode> m_episode;
    int m_day = 1;
    bool m_built = false;
    QTimer m_midnight; // re-reads the day now and then, so a screen left open turns over at midnight
    QPushButton* m_back = nullptr;
    QLabel* m_dayHeading = nullptr;
    QPushButton* m_start = nullptr;
    QList<SignRow*> m_checklist;
};

} // namespace spasmguide
