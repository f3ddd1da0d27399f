// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/same_day_screen.h"

#include "widgets/blocks.h"
#include "widgets/callout.h"
#include "widgets/text.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {

SameDayScreen::SameDayScreen(QWidget* parent) : ScreenPage(QStringLiteral("same-day"), parent) {
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
    connect(m_acknowledge, &QCheckBox::toggled, m_continue, &QPushButton::setEnabled);
    connect(m_continue, &QPushButton::clicked, this, &SameDayScreen::continueRequested);
    connect(m_back, &QPushButton::clicked, this, &SameDayScreen::backRequested);
}

void SameDayScreen::setContent(const ContentBundle& content, const EmergencyNumber& number,
                               const TriageAnswers& answers) {
    // The check box lives across rebuilds so a tick is never lost.
    m_acknowledge->setParent(nullptr);
    clearBody();
    const auto& advice = content.redFlags.sameDayAdvice;
    body()->addWidget(makeHeading(qstr(advice.title), 1.7));
    auto* callout = new Callout(Callout::Kind::Warning, {}, qstr(advice.text));
    if (!number.sameDay.empty()) {
        const QString label = number.sameDayLabel.empty() ? qstr(number.sameDay) : qstr(number.sameDayLabel);
        auto* call = makeHeading(tr("Same-day advice: call %1").arg(label), 1.4);
        call->setObjectName(QStringLiteral("sameDayNumber"));
        callout->insertWidget(1, call);
    }
    body()->addWidget(callout);

    QStringList ticked;
    for (const auto& sign : content.redFlags.sameDay.signs) {
        if (answers.ticked.count(sign.id) > 0) {
            ticked << QStringLiteral("\u2022  ") + qstr(sign.text);
        }
    }
    if (!ticked.isEmpty()) {
        body()->addWidget(makeHeading(tr("The signs you ticked"), 1.1));
        body()->addWidget(makeTextLabel(ticked.join(QLatin1Char('\n'))));
    }

    m_acknowledge->setText(qstr(advice.acknowledge));
    m_acknowledge->setAccessibleName(qstr(advice.acknowledge));
    body()->addWidget(m_acknowledge);
    if (!advice.continueNote.empty()) {
        body()->addWidget(makeNote(qstr(advice.continueNote)));
    }
    body()->addWidget(makeTextLabel(
        tr("Emergency number: %1. \u201cGet help now\u201d at the top is always there.").arg(qstr(number.emergency))));
    body()->addStretch(1);
    if (auto* sources = makeSourcesLine(tierSources(content.redFlags.sameDay), content)) {
        body()->addWidget(sources);
    }
}

} // namespace spasmguide
