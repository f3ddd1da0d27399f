// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/care_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/region_line.h"
#include "gui/widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

QWidget* numberedList(const QString& title, const TextList& items) {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(title, 1.2));
    int n = 0;
    for (const auto& item : items) {
        layout->addWidget(makeTextLabel(QStringLiteral("%1.  ").arg(++n) + qstr(item)));
    }
    layout->addStretch(1);
    return widget;
}

} // namespace

QString CareScreen::whereGiven(EscalationMatch::From from) {
    switch (from) {
    case EscalationMatch::From::Triage:
        return tr("ticked on the warning-sign check");
    case EscalationMatch::From::Finder:
        return tr("your answer in the pattern finder");
    case EscalationMatch::From::BodyMap:
        return tr("marked on the body map");
    case EscalationMatch::From::CheckIn:
        break;
    }
    return tr("your answer at a check-in");
}

CareScreen::CareScreen(QWidget* parent) : ScreenPage(screens::kCare, parent) {
    m_back = new QPushButton(tr("\u2190 Back"));
    m_back->setObjectName(QStringLiteral("careBack"));
    m_back->setAccessibleName(tr("Back to the previous screen"));
    footer()->addWidget(m_back);
    footer()->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &CareScreen::backRequested);

    m_handover = new QPushButton(tr("Handover card for the call (H)"));
    m_handover->setObjectName(QStringLiteral("openHandover"));
    m_handover->setAccessibleName(tr("Handover card for the call"));
    m_handover->setToolTip(tr("What to tell the call handler, filled in from what you told the app (H)"));
    m_handover->setProperty("primary", true);
    footer()->addWidget(m_handover);
    connect(m_handover, &QPushButton::clicked, this, &CareScreen::handoverRequested);
    // One key, with nothing to type on this screen: H opens the card.
    auto* key = new QShortcut(QKeySequence(Qt::Key_H), this);
    key->setContext(Qt::WidgetWithChildrenShortcut);
    connect(key, &QShortcut::activated, m_handover, &QPushButton::click);
}

void CareScreen::setContent(const ContentBundle& content, const RegionNumbers& numbers, const Escalation& escalation,
                            bool canChangeRegion) {
    clearBody();
    const auto& redFlags = content.redFlags;
    const auto& care = redFlags.care;
    body()->addWidget(makeHeading(qstr(care.title), 1.7));

    auto* call = new Callout(Callout::Kind::Urgent, {}, qstr(redFlags.ambulance.text));
    int row = 1;
    auto* numberLabel =
        makeHeading(numbers.known() ? tr("Call %1").arg(numbers.emergency) : tr("Call your local emergency number"),
                    numbers.known() ? 2.4 : 1.8);
    numberLabel->setObjectName(QStringLiteral("emergencyNumber"));
    numberLabel->setAccessibleName(numbers.known() ? tr("Emergency number: %1").arg(numbers.emergency)
                                                   : numberLabel->text());
    numberLabel->setProperty("role", QStringLiteral("urgentHeading"));
    call->insertWidget(row++, numberLabel);
    if (!numbers.known()) {
        auto* advice = makeTextLabel(neutralNumberAdvice());
        advice->setObjectName(QStringLiteral("neutralNumberAdvice"));
        call->insertWidget(row++, advice);
    } else if (!numbers.alsoCall.isEmpty()) {
        auto* also = makeTextLabel(tr("You can also call %1.").arg(numbers.alsoCall));
        also->setObjectName(QStringLiteral("alsoCallNumber"));
        call->insertWidget(row++, also);
    }
    QPushButton* change = nullptr;
    call->insertWidget(-1, makeRegionLine(numbers, canChangeRegion, &change));
    if (change) {
        connect(change, &QPushButton::clicked, this, &CareScreen::regionChangeRequested);
    }
    body()->addWidget(call);

    // What brought the person here, each sign in its own words and where it was given.
    QStringList reasons;
    for (const auto& match : escalation.matches) {
        const QString words = qstr(match.words());
        reasons << (match.from == EscalationMatch::From::Triage || !match.sign
                        ? QStringLiteral("\u2022  ") + words
                        : QStringLiteral("\u2022  %1 (%2)").arg(words, whereGiven(match.from)));
    }
    if (!reasons.isEmpty()) {
        auto* signs = new Callout(Callout::Kind::Info, tr("What you told the app"), reasons.join(QLatin1Char('\n')));
        signs->setObjectName(QStringLiteral("careSigns"));
        body()->addWidget(signs);
    }

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(numberedList(tr("Do this now"), care.doNow), 1);
    auto* handover = new QWidget;
    auto* handoverLayout = new QVBoxLayout(handover);
    handoverLayout->setContentsMargins(0, 0, 0, 0);
    handoverLayout->setSpacing(6);
    handoverLayout->addWidget(makeHeading(tr("Tell the call handler"), 1.2));
    handoverLayout->addWidget(makeTextLabel(
        tr("Your handover card lists, in large print to read out, the signs you ticked and when, when this episode "
           "began, and the medicines you logged today. Press H to open it.")));
    handoverLayout->addStretch(1);
    columns->addWidget(handover, 1);
    body()->addLayout(columns);

    if (!care.afterCall.empty()) {
        body()->addWidget(makeTextLabel(qstr(care.afterCall)));
    }
    body()->addStretch(1);
    if (auto* sources = makeSourcesLine(
            withNumberSources(joinSources({redFlags.ambulance.sources, care.sources}), numbers), content)) {
        body()->addWidget(sources);
    }
}

} // namespace spasmguide
