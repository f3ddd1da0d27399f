// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/step_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/product_card.h"
#include "gui/widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {

StepScreen::StepScreen(const QString& stepId, QWidget* parent)
    : ScreenPage(screens::kStepPrefix + stepId, parent), m_stepId(stepId) {
    m_back = new QPushButton(tr("\u2190 Back"));
    m_back->setObjectName(QStringLiteral("stepBack"));
    m_back->setToolTip(tr("Alt+Left"));
    m_next = new QPushButton;
    m_next->setObjectName(QStringLiteral("stepNext"));
    m_next->setProperty("primary", true);
    m_next->setToolTip(tr("Alt+Right"));
    footer()->addWidget(m_back);
    footer()->addStretch(1);
    footer()->addWidget(m_next);
    connect(m_back, &QPushButton::clicked, this, &StepScreen::backRequested);
    connect(m_next, &QPushButton::clicked, this, &StepScreen::nextRequested);
}

QPushButton* StepScreen::addToolButton(const QString& text, const QString& objectName) {
    auto* button = new QPushButton(text);
    button->setObjectName(objectName);
    // After Back and the tools added before it, before the stretch and Next: they read in the order they are added.
    int stretch = 0;
    while (stretch < footer()->count() && !footer()->itemAt(stretch)->spacerItem()) {
        ++stretch;
    }
    footer()->insertWidget(stretch, button);
    return button;
}

void StepScreen::setContent(const ContentBundle& content, const QString& nextTitle) {
    clearBody();
    const Step* step = content.step(m_stepId.toStdString());
    if (!step) {
        body()->addWidget(makeTextLabel(tr("This step is not in the loaded content.")));
        return;
    }
    auto* kicker = makeTextLabel(tr("Step %1 \u00b7 %2").arg(step->number).arg(qstr(step->shortTitle)));
    kicker->setProperty("role", QStringLiteral("muted"));
    scaleFont(kicker, 1.0, true);
    body()->addWidget(kicker);
    auto* title = makeHeading(qstr(step->title), 1.7);
    title->setObjectName(QStringLiteral("stepTitle"));
    body()->addWidget(title);
    if (!step->goal.empty()) {
        auto* goal = makeTextLabel(qstr(step->goal));
        scaleFont(goal, 1.1);
        body()->addWidget(goal);
    }
    for (const auto& block : step->blocks) {
        body()->addWidget(makeBlockWidget(block, content));
    }
    for (auto* card : body()->parentWidget()->findChildren<ProductCard*>()) {
        connect(card, &ProductCard::timeRequested, this, &StepScreen::timeProductRequested);
    }
    // Boxes show their own sources; this line lists everything the step cites, the author's protocol included.
    if (auto* sources = makeSourcesLine(step->allSources(), content)) {
        body()->addWidget(sources);
    }
    body()->addStretch(1);

    m_next->setVisible(!nextTitle.isEmpty());
    m_next->setText(tr("Next: %1 \u2192").arg(nextTitle));
    m_next->setAccessibleName(tr("Next step: %1").arg(nextTitle));
}

} // namespace spasmguide
