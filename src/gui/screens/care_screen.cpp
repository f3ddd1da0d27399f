// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/care_screen.h"

#include "widgets/blocks.h"
#include "widgets/callout.h"
#include "widgets/region_line.h"
#include "widgets/text.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
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

CareScreen::CareScreen(QWidget* parent) : ScreenPage(QStringLiteral("care"), parent) {
    m_back = new QPushButton(tr("\u2190 Back"));
    m_back->setObjectName(QStringLiteral("careBack"));
    m_back->setAccessibleName(tr("Back to the previous screen"));
    footer()->addWidget(m_back);
    footer()->addStretch(1);
    connect(m_back, &QPushButton::clicked, this, &CareScreen::backRequested);
}

void CareScreen::setContent(const ContentBundle& content, const RegionNumbers& numbers, const TriageAnswers& answers,
                            bool canChangeRegion) {
    clearBody();
    const auto& care = content.redFlags.care;
    body()->addWidget(makeHeading(qstr(care.title), 1.7));

    auto* call = new Callout(Callout::Kind::Urgent, {}, qstr(content.redFlags.emergency.action));
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

    auto* columns = new QHBoxLayout;
    columns->setSpacing(32);
    columns->addWidget(numberedList(tr("Do this now"), care.doNow), 1);
    columns->addWidget(numberedList(tr("Tell the call handler"), care.tellCallHandler), 1);
    body()->addLayout(columns);

    QStringList ticked;
    for (const auto* tier : {&content.redFlags.emergency, &content.redFlags.sameDay}) {
        for (const auto& sign : tier->signs) {
            if (answers.ticked.count(sign.id) > 0) {
                ticked << QStringLiteral("\u2022  ") + qstr(sign.text);
            }
        }
    }
    if (!ticked.isEmpty()) {
        auto* signs = new Callout(Callout::Kind::Info, tr("The signs you ticked"), ticked.join(QLatin1Char('\n')));
        body()->addWidget(signs);
    }
    if (!care.afterCall.empty()) {
        body()->addWidget(makeTextLabel(qstr(care.afterCall)));
    }
    body()->addStretch(1);
    if (auto* sources = makeSourcesLine(withNumberSources(tierSources(content.redFlags.emergency), numbers), content)) {
        body()->addWidget(sources);
    }
}

} // namespace spasmguide
