// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/plan/plan_screen.h"

#include "core/plan/episode_day.h"
#include "gui/guide/about_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/sign_row.h"
#include "gui/widgets/text.h"

#include <QDate>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMetaObject>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace spasmguide {
namespace {

QString daysText(const PlanPhase& phase) {
    if (!phase.toDay) {
        return PlanScreen::tr("from day %1").arg(phase.fromDay);
    }
    return phase.fromDay == *phase.toDay ? PlanScreen::tr("day %1").arg(phase.fromDay)
                                         : PlanScreen::tr("days %1\u2013%2").arg(phase.fromDay).arg(*phase.toDay);
}

QDate qdate(std::chrono::sys_days day) {
    const std::chrono::year_month_day ymd(day);
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

// Every source the phase's advice cites, without repeats, in the order first cited.
SourceIds phaseSources(const PlanPhase& phase) {
    SourceIds ids = phase.sources;
    for (const auto* list : {&phase.toDo, &phase.avoid, &phase.seeClinicianIf}) {
        for (const auto& item : *list) {
            for (const auto& id : item.sources) {
                if (std::find(ids.begin(), ids.end(), id) == ids.end()) {
                    ids.push_back(id);
                }
            }
        }
    }
    return ids;
}

} // namespace

PlanScreen::PlanScreen(EpisodeLog& log, const TimeZone& zone, QWidget* parent)
    : ScreenPage(screens::kPlan, parent), m_log(log), m_zone(zone) {
    m_back = new QPushButton(tr("\u2190 Back"));
    m_back->setObjectName(QStringLiteral("planBack"));
    footer()->addWidget(m_back);
    footer()->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &PlanScreen::backRequested);
    m_midnight.setInterval(60 * 1000);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        if (isVisible() && m_episode && episodeDay(m_episode->startedAt, m_log.clock().now(), m_zone) != m_day) {
            refresh();
        }
    });
    m_midnight.start();
}

void PlanScreen::setContent(const ContentBundle& content) {
    m_content = &content;
    m_built = false;
    refresh();
}

void PlanScreen::refresh() {
    if (!m_content) {
        return;
    }
    auto episode = m_log.isAvailable() || m_log.isOpening() ? m_log.currentEpisode() : std::nullopt;
    const int day = episode ? episodeDay(episode->startedAt, m_log.clock().now(), m_zone) : 1;
    const bool sameView = m_built && day == m_day &&
                          (episode ? episode->id : std::string()) == (m_episode ? m_episode->id : std::string());
    const bool started = m_built && !m_episode && episode;
    m_episode = std::move(episode);
    m_day = day;
    if (!sameView) {
        rebuild();
    }
    applyTicks();
    orderTabs();
    if (started && isVisible()) {
        // Where the start button was: the first tick, once the new rows are shown (their showing is queued).
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (!m_checklist.isEmpty()) {
                    m_checklist.first()->setFocus(Qt::OtherFocusReason);
                }
            },
            Qt::QueuedConnection);
    }
}

void PlanScreen::rebuild() {
    const int scroll = scrollPosition();
    clearBody();
    m_checklist.clear();
    m_start = nullptr;
    m_built = true;
    const Plan& plan = m_content->plan;
    const PlanPhase* phase = plan.phaseForDay(m_day);
    auto* kicker = makeTextLabel(qstr(plan.title));
    kicker->setProperty("role", QStringLiteral("muted"));
    scaleFont(kicker, 1.0, true);
    body()->addWidget(kicker);
    if (!phase) {
        body()->addWidget(makeTextLabel(tr("This guide has no day-by-day plan.")));
        return;
    }
    addStatus(*phase);
    addChecklist(*phase);
    addLists(*phase);
    addWhatComesNext(*phase);
    if (auto* sources = makeSourcesLine(phaseSources(*phase), *m_content)) {
        body()->addWidget(sources);
    }
    if (const auto review = m_content->manifest.partReviews.find("plan");
        review != m_content->manifest.partReviews.end()) {
        auto* note = makeNote(tr("Review status of this plan: %1. %2")
                                  .arg(AboutScreen::reviewStatusName(review->second.status), qstr(review->second.notes))
                                  .trimmed());
        note->setObjectName(QStringLiteral("planReview"));
        body()->addWidget(note);
    }
    body()->addStretch(1);
    setScrollPosition(scroll);
}

// The body is built after the footer: Tab goes through the body's controls in order, then to Back. Again at each
// refresh, since moving the screen into the window does not keep the order set before.
void PlanScreen::orderTabs() {
    QWidget* previous = nullptr;
    for (auto* w : body()->parentWidget()->findChildren<QWidget*>()) {
        if (w->focusPolicy() & Qt::TabFocus) {
            if (previous) {
                QWidget::setTabOrder(previous, w);
            }
            previous = w;
        }
    }
    if (previous) {
        QWidget::setTabOrder(previous, m_back);
    }
}

void PlanScreen::addStatus(const PlanPhase& phase) {
    if (m_episode && !isDatedStart(m_episode->startedAt, m_log.clock().now())) {
        // From a damaged or hand-edited log: no day count and no date, rather than "Day 99812" or a year -0001.
        m_dayHeading = makeHeading(tr("Day 1 of the plan"), 1.7);
        body()->addWidget(m_dayHeading);
        auto* status = makeTextLabel(tr("The start recorded for this episode cannot be right, so its days are not "
                                        "counted: %1. Correct the start on the episode's page in History.")
                                         .arg(qstr(phase.title)));
        status->setObjectName(QStringLiteral("planStatus"));
        body()->addWidget(status);
    } else if (m_episode) {
        m_dayHeading = makeHeading(tr("Day %1 of this episode").arg(m_day), 1.7);
        body()->addWidget(m_dayHeading);
        const QString started =
            QLocale().toString(localDateTime(m_episode->startedAt), QStringLiteral("ddd d MMM yyyy, HH:mm"));
        const QString title = qstr(phase.title);
        const QString days = daysText(phase);
        // A title that already names its days ("Days 4-10") is not followed by them again.
        auto* status = makeTextLabel(title.contains(days, Qt::CaseInsensitive)
                                         ? tr("Started %1 \u00b7 %2").arg(started, title)
                                         : tr("Started %1 \u00b7 %2 (%3)").arg(started, title, days));
        status->setObjectName(QStringLiteral("planStatus"));
        body()->addWidget(status);
    } else {
        m_dayHeading = makeHeading(tr("No episode is open"), 1.7);
        body()->addWidget(m_dayHeading);
        body()->addWidget(makeTextLabel(tr("Start one to count the days and keep today's checklist with it. "
                                           "Until then, this is day 1 of the plan: %1.")
                                            .arg(qstr(phase.title))));
        m_start = new QPushButton(tr("Start an episode now"));
        m_start->setObjectName(QStringLiteral("planStartEpisode"));
        m_start->setProperty("primary", true);
        auto* row = new QHBoxLayout;
        row->addWidget(m_start);
        row->addStretch(1);
        body()->addLayout(row);
        // Queued: answering it rebuilds this screen, button and all, which must not happen inside its click.
        connect(m_start, &QPushButton::clicked, this,
                [this] { QMetaObject::invokeMethod(this, &PlanScreen::startEpisodeRequested, Qt::QueuedConnection); });
    }
    m_dayHeading->setObjectName(QStringLiteral("planDay"));
    body()->addWidget(makeNote(qstr(m_content->plan.intro)));
    if (!phase.goal.empty()) {
        auto* goal = makeTextLabel(qstr(phase.goal));
        scaleFont(goal, 1.1);
        body()->addWidget(goal);
    }
}

void PlanScreen::addChecklist(const PlanPhase& phase) {
    body()->addWidget(makeHeading(m_episode ? tr("Today") : tr("Each day"), 1.2));
    for (const auto& item : phase.toDo) {
        auto* row = new SignRow(RedFlag{item.id, item.text, {}, {}, SignAction::Ambulance, {}});
        row->setObjectName(QStringLiteral("plan-") + qstr(item.id));
        row->setEnabled(m_episode.has_value()); // ticks belong to an episode
        connect(row, &SignRow::toggled, this, [this, row](bool ticked) {
            if (m_episode) {
                Q_EMIT tickRequested(row->signId(), ticked);
            }
        });
        m_checklist.append(row);
        body()->addWidget(row);
    }
}

void PlanScreen::addLists(const PlanPhase& phase) {
    ListBlock avoid{tr("Avoid").toStdString(), {}, {}, {}};
    for (const auto& item : phase.avoid) {
        avoid.items.push_back({item.text, {}, {}});
    }
    body()->addWidget(makeBlockWidget(avoid, *m_content));
    auto* clinician = new Callout(Callout::Kind::Warning, tr("See a clinician if"), {});
    int index = 1; // under the heading
    for (const auto& item : phase.seeClinicianIf) {
        clinician->insertWidget(index++, makeTextLabel(QStringLiteral("\u2022  ") + qstr(item.text)));
    }
    body()->addWidget(clinician);
}

void PlanScreen::addWhatComesNext(const PlanPhase& phase) {
    body()->addWidget(makeHeading(tr("What comes next"), 1.2));
    const PlanPhase* next = m_content->plan.phaseAfter(phase);
    if (!next) {
        body()->addWidget(makeTextLabel(tr("This is the last part of the plan.")));
        return;
    }
    QString when = tr("From day %1").arg(next->fromDay);
    if (m_episode && isDatedStart(m_episode->startedAt, m_log.clock().now())) {
        const QDate date = qdate(dateOfDay(m_episode->startedAt, next->fromDay));
        when = tr("From day %1 (%2)").arg(next->fromDay).arg(QLocale().toString(date, QStringLiteral("dddd d MMMM")));
    }
    auto* text = makeTextLabel(QStringLiteral("%1: %2. %3").arg(when, qstr(next->title), qstr(next->goal)));
    text->setObjectName(QStringLiteral("planNext"));
    body()->addWidget(text);
}

void PlanScreen::applyTicks() {
    if (!m_episode) {
        return;
    }
    const auto ticked = m_log.planTicks(m_episode->id, m_day);
    for (auto* row : std::as_const(m_checklist)) {
        const QSignalBlocker quiet(row); // showing what is saved is no new tick
        row->setChecked(std::find(ticked.begin(), ticked.end(), row->signId().toStdString()) != ticked.end());
    }
}

void PlanScreen::tickNotSaved(const QString& signId, bool ticked, const QString& reason) {
    for (auto* row : std::as_const(m_checklist)) {
        if (row->signId() == signId) {
            const QSignalBlocker quiet(row);
            row->setChecked(!ticked); // the box shows what is saved
        }
    }
    Q_EMIT problem(reason);
}

} // namespace spasmguide
