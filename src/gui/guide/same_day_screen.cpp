// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/same_day_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/region_line.h"
#include "gui/widgets/text.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {

SameDayScreen::SameDayScreen(QWidget* parent) : ScreenPage(screens::kSameDay, parent) {
    m_back = new QPushButton(tr("\u2190 Back to the check"));
    m_back->setObjectName(QStringLiteral("sameDayBack"));
    m_continue = new QPushButton(tr("Continue to the self-care steps \u2192"));
    m_continue->setObjectName(QStringLiteral("sameDayContinue"));
    m_continue->setProperty("primary", true);
    m_continue->setEnabled(false);
    m_continue->setToolTip(tr("Tick the box above first"));
    footer()->addWidget(m_back);
    footer()->addStretch(1);
    footer()->addWidget(m_continue);

    m_acknowledge = new QCheckBox;
    m_acknowledge->setObjectName(QStringLiteral("sameDayAcknowledge"));
    connect(m_acknowledge, &QCheckBox::toggled, m_continue,
            [this](bool ticked) { m_continue->setEnabled(ticked || m_soonOnly); });
    connect(m_continue, &QPushButton::clicked, this, &SameDayScreen::continueRequested);
    connect(m_back, &QPushButton::clicked, this, &SameDayScreen::backRequested);
}

void SameDayScreen::setContent(const ContentBundle& content, const RegionNumbers& numbers, const Escalation& escalation,
                               bool canChangeRegion) {
    // The check box lives across rebuilds so a tick is never lost.
    m_acknowledge->setParent(nullptr);
    clearBody();
    const auto& redFlags = content.redFlags;
    m_soonOnly = escalation.outcome == TriageOutcome::Soon;
    QStringList given;
    QStringList urgentIf;
    for (const auto& match : escalation.matches) {
        given << QStringLiteral("\u2022  ") + qstr(match.words());
        if (match.sign && !match.sign->escalation.empty()) {
            urgentIf << qstr(match.sign->escalation);
        }
    }

    if (m_soonOnly) {
        const auto& advice = redFlags.soonAdvice;
        body()->addWidget(makeHeading(qstr(advice.title), 1.7));
        body()->addWidget(new Callout(Callout::Kind::Info, {}, qstr(advice.text)));
        if (!given.isEmpty()) {
            body()->addWidget(makeHeading(tr("The signs you ticked"), 1.1));
            body()->addWidget(makeTextLabel(given.join(QLatin1Char('\n'))));
        }
        body()->addWidget(m_acknowledge); // hidden: nothing to acknowledge, but kept with its tick
        body()->addWidget(makeNote(qstr(advice.continueNote)));
    } else {
        const auto& advice = redFlags.sameDayAdvice;
        body()->addWidget(makeHeading(qstr(advice.title), 1.7));
        auto* callout = new Callout(Callout::Kind::Warning, {}, qstr(advice.text));
        if (!numbers.sameDay.isEmpty()) {
            const QString text = numbers.sameDayLabel.isEmpty()
                                     ? tr("Same-day advice: call %1").arg(numbers.sameDay)
                                     : tr("Same-day advice: %1, call %2").arg(numbers.sameDayLabel, numbers.sameDay);
            auto* call = makeHeading(text, 1.4);
            call->setObjectName(QStringLiteral("sameDayNumber"));
            callout->insertWidget(1, call);
        }
        QPushButton* change = nullptr;
        callout->insertWidget(-1, makeRegionLine(numbers, canChangeRegion, &change));
        if (change) {
            connect(change, &QPushButton::clicked, this, &SameDayScreen::regionChangeRequested);
        }
        body()->addWidget(callout);
        // A sign that can call for more ("if you are also very unwell...") says so where it cannot be missed.
        if (!urgentIf.isEmpty()) {
            auto* now = new Callout(Callout::Kind::Urgent,
                                    numbers.known() ? tr("Call %1 now if").arg(numbers.emergency)
                                                    : tr("Call your local emergency number now if"),
                                    urgentIf.join(QLatin1Char('\n')));
            now->setObjectName(QStringLiteral("sameDayEscalation"));
            body()->addWidget(now);
        }
        if (!given.isEmpty()) {
            body()->addWidget(makeHeading(tr("The signs you ticked"), 1.1));
            body()->addWidget(makeTextLabel(given.join(QLatin1Char('\n'))));
        }
        m_acknowledge->setText(qstr(advice.acknowledge));
        m_acknowledge->setAccessibleName(qstr(advice.acknowledge));
        body()->addWidget(m_acknowledge);
        if (!advice.continueNote.empty()) {
            body()->addWidget(makeNote(qstr(advice.continueNote)));
        }
    }
    m_acknowledge->setVisible(!m_soonOnly);
    m_continue->setEnabled(m_soonOnly || m_acknowledge->isChecked());
    m_continue->setToolTip(m_soonOnly ? QString() : tr("Tick the box above first"));
    auto* emergency = makeTextLabel(
        numbers.known()
            ? tr("Emergency number: %1. \u201cGet help now\u201d at the top is always there.").arg(numbers.emergency)
            : tr("In an emergency, call your local emergency number. %1 \u201cGet help now\u201d at the top is "
                 "always there.")
                  .arg(neutralNumberAdvice()));
    emergency->setObjectName(QStringLiteral("sameDayEmergencyNumber"));
    body()->addWidget(emergency);
    body()->addStretch(1);
    const auto& action = m_soonOnly ? redFlags.soon : redFlags.sameDay;
    const auto& adviceSources = m_soonOnly ? redFlags.soonAdvice.sources : redFlags.sameDayAdvice.sources;
    SourceIds signSources;
    for (const auto& match : escalation.matches) {
        if (match.sign) {
            signSources = joinSources({signSources, match.sign->sources});
        }
    }
    if (auto* sources = makeSourcesLine(
            withNumberSources(joinSources({action.sources, adviceSources, signSources}), numbers), content)) {
        body()->addWidget(sources);
    }
}

} // namespace spasmguide
