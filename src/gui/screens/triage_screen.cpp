// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/triage_screen.h"

#include "widgets/blocks.h"
#include "widgets/link_label.h"
#include "widgets/sign_row.h"
#include "widgets/text.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace spasmguide {

TriageScreen::TriageScreen(QWidget* parent) : ScreenPage(QStringLiteral("triage"), parent) {
    m_continue = new QPushButton;
    m_continue->setObjectName(QStringLiteral("triageContinue"));
    m_continue->setProperty("primary", true);
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    scaleFont(m_continue, 1.1, true);
    footer()->addStretch(1);
    footer()->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this,
            [this] { Q_EMIT outcomeChosen(evaluateTriage(*m_redFlags, answers())); });
    // Enter anywhere on this screen means "continue", as a dialog's default button would.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_continue, &QPushButton::click);
    }
    updateContinueLabel();
}

void TriageScreen::setContent(const ContentBundle& content) {
    m_redFlags = std::make_shared<RedFlags>(content.redFlags);
    const auto previous = answers();
    clearBody();
    m_emergencyRows.clear();
    m_sameDayRows.clear();

    body()->addWidget(makeHeading(qstr(content.redFlags.title), 1.6));
    body()->addWidget(makeTextLabel(qstr(content.redFlags.intro)));

    auto* tiers = new QHBoxLayout;
    tiers->setSpacing(18);
    tiers->addWidget(makeTier(content.redFlags.emergency, QStringLiteral("emergency"), QStringLiteral("\u26A0")), 1);
    tiers->addWidget(makeTier(content.redFlags.sameDay, QStringLiteral("sameDay"), QStringLiteral("\u260E")), 1);
    body()->addLayout(tiers);
    if (!content.redFlags.note.empty()) {
        // Space is tight here, so sources are short links; their full titles are on the About screen.
        QString text = qstr(content.redFlags.note).toHtmlEscaped();
        for (const auto& id : content.redFlags.noteSources) {
            const Source* source = content.source(id);
            if (source && !source->url.empty()) {
                text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(qstr(source->url).toHtmlEscaped(), tr("(source)"));
            }
        }
        auto* note = new LinkLabel(text, tr("Why we ask"));
        body()->addWidget(note);
    }
    body()->addStretch(1);

    for (auto* row : m_emergencyRows) {
        row->setChecked(previous.ticked.count(row->signId().toStdString()) > 0);
    }
    for (auto* row : m_sameDayRows) {
        row->setChecked(previous.ticked.count(row->signId().toStdString()) > 0);
    }
    updateContinueLabel();
}

QWidget* TriageScreen::makeTier(const RedFlagTier& tier, const QString& tierName, const QString& icon) {
    const bool emergency = tierName == QStringLiteral("emergency");
    auto* card = new QFrame;
    card->setProperty("card", true);
    card->setProperty("tier", tierName);
    card->setAccessibleName(qstr(tier.heading));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(0);

    // The icon and the words "Emergency"/"Same day" say the tier; the border colour only repeats it.
    auto* label = makeHeading(icon + QStringLiteral("  ") + (emergency ? tr("Emergency") : tr("Same day")), 1.1);
    label->setProperty("role", emergency ? QStringLiteral("urgentHeading") : QStringLiteral("cautionHeading"));
    layout->addWidget(label);
    layout->addWidget(makeHeading(qstr(tier.heading), 1.1));
    layout->addSpacing(4);
    for (const auto& sign : tier.signs) {
        auto* row = new SignRow(sign);
        layout->addWidget(row);
        (emergency ? m_emergencyRows : m_sameDayRows).push_back(row);
        connect(row, &QCheckBox::toggled, this, [this, emergency](bool checked) { onSignToggled(emergency, checked); });
    }
    layout->addStretch(1);
    return card;
}

TriageAnswers TriageScreen::answers() const {
    TriageAnswers answers;
    for (const auto& rows : {m_emergencyRows, m_sameDayRows}) {
        for (const auto* row : rows) {
            if (row->isChecked()) {
                answers.ticked.insert(row->signId().toStdString());
            }
        }
    }
    return answers;
}

void TriageScreen::onSignToggled(bool emergency, bool checked) {
    updateContinueLabel();
    if (emergency && checked) {
        Q_EMIT outcomeChosen(TriageOutcome::Emergency);
    }
}

void TriageScreen::updateContinueLabel() {
    const bool anyTicked = !answers().empty();
    m_continue->setText(anyTicked ? tr("Continue") : tr("None of these \u2014 continue"));
    m_continue->setAccessibleName(m_continue->text());
}

void TriageScreen::showEvent(QShowEvent* event) {
    ScreenPage::showEvent(event);
    // Enter goes to the default button; keyboard focus starts on it too.
    m_continue->setFocus(Qt::OtherFocusReason);
}

} // namespace spasmguide
