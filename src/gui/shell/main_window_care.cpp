// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's care part: one rule set (core/triage/escalation.h) over every answer the person gives, so an
// answer that matches a warning sign anywhere goes to care first; and the handover card for the emergency call.
#include "gui/guide/care_screen.h"
#include "gui/guide/handover_screen.h"
#include "gui/guide/handover_text.h"
#include "gui/guide/same_day_screen.h"
#include "gui/guide/triage_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/platform/print_loader.h"
#include "gui/report/report_document.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"

#include <QDateTime>
#include <QPushButton>

namespace spasmguide {

Escalation MainWindow::currentEscalation() const {
    AnswerSet answers = m_elsewhere;
    answers.ticked = triageAnswers().ticked;
    return escalate(m_content.bundle->redFlags, answers);
}

bool MainWindow::careFirst(const AnswerSet& answers) {
    const auto found = escalate(m_content.bundle->redFlags, answers);
    if (!found.needsCareFirst()) {
        return false;
    }
    showScreen(found.outcome == TriageOutcome::Emergency ? screens::kCare : screens::kSameDay);
    return true;
}

// Care, the handover card and same-day show the current answers, so they are filled in each time they are shown.
void MainWindow::registerCareScreens() {
    m_registry.add(m_slots.care,
                   [this](const QString&) {
                       auto* page = new CareScreen;
                       connect(page, &CareScreen::backRequested, this, &MainWindow::goBack);
                       connect(page, &CareScreen::handoverRequested, this, [this] { showScreen(screens::kHandover); });
                       connect(page, &CareScreen::regionChangeRequested, this, &MainWindow::showRegionChoice);
                       return page;
                   },
                   {.refresh = [this](const QString&) {
                       m_slots.care.made()->setContent(*m_content.bundle, shownNumbers(), currentEscalation(),
                                                       m_settings != nullptr);
                   }});
    m_registry.add(m_slots.handover,
                   [this](const QString&) {
                       auto* page = new HandoverScreen;
                       connect(page, &HandoverScreen::backRequested, this, &MainWindow::goBack);
                       connect(page, &HandoverScreen::printRequested, this, &MainWindow::printHandover);
                       return page;
                   },
                   {.refresh = [this](const QString&) {
                       const auto& content = *m_content.bundle;
                       const auto card = buildHandoverCard(content.redFlags, handoverInput());
                       m_slots.handover.made()->setSections(
                           handoverSections(content, card, localDateTime(clock().now())));
                   }});
    m_registry.add(m_slots.sameDay,
                   [this](const QString&) {
                       auto* page = new SameDayScreen;
                       connect(page, &SameDayScreen::backRequested, this, &MainWindow::goBack);
                       connect(page, &SameDayScreen::regionChangeRequested, this, &MainWindow::showRegionChoice);
                       connect(page, &SameDayScreen::continueRequested, this,
                               [this] { showScreen(screens::stepScreenId(m_content.bundle->steps.front().id)); });
                       return page;
                   },
                   {.refresh = [this](const QString&) {
                       m_slots.sameDay.made()->setContent(*m_content.bundle, shownNumbers(), currentEscalation(),
                                                          m_settings != nullptr);
                   }});
}

// The episode under way: its check, check-ins and medicines. Without a log, or with none open, only this session.
HandoverInput MainWindow::handoverInput() {
    HandoverInput input;
    const auto now = clock().now();
    input.now = Timestamp::local(now);
    input.todayStartMs = QDateTime(localDateTime(now).date(), QTime(0, 0)).toMSecsSinceEpoch();
    if (auto* triage = m_slots.triage.made()) {
        input.tickedNow = triage->tickedAt();
    }
    AnswerSet elsewhere = m_elsewhere;
    input.escalation = escalate(m_content.bundle->redFlags, elsewhere);
    if (m_log && m_log->isAvailable()) {
        input.episode = m_log->currentEpisode();
        if (input.episode) {
            input.checkIns = m_log->checkIns(input.episode->id);
            input.medicationLog = m_log->activities(input.episode->id).medications;
        }
    }
    return input;
}

void MainWindow::printHandover() {
    auto* page = screenIn(m_slots.handover);
    const auto print = printWithDialog();
    if (!print) {
        showLogNotice(tr("Printing is not available: part of SpasmGuide is missing. Read the card from the screen, "
                         "or reinstall SpasmGuide."));
        return;
    }
    const auto sections = page->sections();
    const auto result = print(this, tr("Print the handover card"), &setUpReportPage, [&](QPagedPaintDevice& printer) {
        return paintHandoverPages(printer, tr("For the call handler"), sections);
    });
    if (result == print_module::Result::Failed) {
        showLogNotice(tr("The handover card could not be sent to the printer."));
    }
}

} // namespace spasmguide
