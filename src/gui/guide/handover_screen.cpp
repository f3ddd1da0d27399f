// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/handover_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

constexpr double kLarge = 1.45; // large print: read out on the phone, perhaps lying down

} // namespace

HandoverScreen::HandoverScreen(QWidget* parent) : ScreenPage(screens::kHandover, parent) {
    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("handoverBack"));
    back->setAccessibleName(tr("Back to the care screen"));
    m_print = new QPushButton(tr("Print the card\u2026"));
    m_print->setObjectName(QStringLiteral("handoverPrint"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_print);
    connect(back, &QPushButton::clicked, this, &HandoverScreen::backRequested);
    connect(m_print, &QPushButton::clicked, this, &HandoverScreen::printRequested);
}

void HandoverScreen::setSections(const std::vector<HandoverSection>& sections) {
    m_sections = sections;
    clearBody();
    auto* title = makeHeading(tr("For the call handler"), 1.8);
    title->setObjectName(QStringLiteral("handoverTitle"));
    body()->addWidget(title);
    body()->addWidget(makeNote(tr("Read this out when the call is answered. Ctrl+R reads it aloud.")));
    for (const auto& section : sections) {
        auto* box = new QWidget;
        box->setObjectName(QStringLiteral("handover-") + section.id);
        auto* layout = new QVBoxLayout(box);
        layout->setContentsMargins(0, 6, 0, 0);
        layout->setSpacing(4);
        layout->addWidget(makeHeading(section.heading, kLarge * 1.05));
        for (const auto& line : section.lines) {
            auto* label = makeTextLabel(QStringLiteral("\u2022  ") + line);
            label->setAccessibleName(line);
            scaleFont(label, kLarge);
            layout->addWidget(label);
        }
        body()->addWidget(box);
    }
    body()->addStretch(1);
}

} // namespace spasmguide
