// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/patterns/pattern_result_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/text.h"

#include <QFrame>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace spasmguide {
namespace {

QString bulleted(const QStringList& items) {
    QStringList lines;
    for (const auto& item : items) {
        lines << QStringLiteral("\u2022 ") + item;
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

PatternResultScreen::PatternResultScreen(QWidget* parent) : ScreenPage(screens::kPatternResult, parent) {
    auto* change = new QPushButton(tr("\u2190 Change answers"));
    change->setObjectName(QStringLiteral("resultChangeAnswers"));
    m_status = makeTextLabel({});
    m_status->setObjectName(QStringLiteral("resultStatus"));
    m_status->setVisible(false);
    m_save = new QPushButton(tr("Save with this episode"));
    m_save->setObjectName(QStringLiteral("resultSave"));
    m_save->setProperty("primary", true);
    m_save->setToolTip(tr("Keep this result in your log with the current episode (Ctrl+S)"));
    auto* done = new QPushButton(tr("Back to Step 3"));
    done->setObjectName(QStringLiteral("resultDone"));
    footer()->addWidget(change);
    footer()->addWidget(m_status, 1);
    footer()->addStretch(1); // keeps the buttons their own size while there is no status to show
    footer()->addWidget(done);
    footer()->addWidget(m_save);
    connect(change, &QPushButton::clicked, this, &PatternResultScreen::changeAnswersRequested);
    connect(m_save, &QPushButton::clicked, this, &PatternResultScreen::saveRequested);
    connect(done, &QPushButton::clicked, this, &PatternResultScreen::doneRequested);
}

void PatternResultScreen::showResult(const ContentBundle& content, const FinderAnswers& answers,
                                     const QString& savedNote) {
    clearBody();
    m_hasResult = true;
    m_answers = answers;
    m_outcome = content.finder ? scorePatterns(*content.finder, content.patterns, answers) : FinderOutcome{};
    setSaveStatus(savedNote, !savedNote.isEmpty());
    m_save->setEnabled(content.finder.has_value());

    auto* title = makeHeading(tr("What your answers have in common with the common patterns"), 1.7);
    title->setObjectName(QStringLiteral("resultTitle"));
    body()->addWidget(title);
    const QString disclaimer = content.finder ? qstr(content.finder->disclaimer) : QString();
    auto* notice = new Callout(Callout::Kind::Disclaimer, tr("This is not a diagnosis"), disclaimer);
    notice->setObjectName(QStringLiteral("resultDisclaimer"));
    body()->addWidget(notice);

    if (m_outcome.noMatch()) {
        auto* none = makeHeading(tr("Not enough in common with one pattern this time"), 1.25);
        none->setObjectName(QStringLiteral("resultNoMatch"));
        body()->addWidget(none);
        body()->addWidget(makeTextLabel(content.finder ? qstr(content.finder->noMatch) : QString()));
    } else {
        const int count = static_cast<int>(m_outcome.fits.size());
        body()->addWidget(makeTextLabel(
            tr("Your answers have something in common with %n of the common patterns. Each is shown with the "
               "answers it shares; a pattern is mentioned only when at least two of your answers go with it.",
               nullptr, count)));
        for (const auto& fit : m_outcome.fits) {
            body()->addWidget(makeFit(content, fit));
        }
    }
    body()->addStretch(1);
}

QWidget* PatternResultScreen::makeFit(const ContentBundle& content, const ScoredPattern& fit) {
    const Pattern* pattern = content.pattern(fit.patternId);
    const QString name = pattern ? qstr(pattern->name) : qstr(fit.patternId);
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("fit-") + qstr(fit.patternId));
    card->setProperty("card", true);
    card->setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(6);
    // The answers come first, so a pattern's name is never shown as a label on its own.
    layout->addWidget(makeHeading(tr("What your answers have in common with \u201c%1\u201d").arg(name), 1.2));
    QStringList why;
    for (const auto& reason : fit.reasons) {
        const FinderQuestion* question = content.finder->question(reason.questionId);
        const FinderAnswer* answer = question ? question->answer(reason.answerId) : nullptr;
        if (answer) {
            why << tr("\u201c%1\u201d \u2014 your answer to \u201c%2\u201d")
                       .arg(qstr(answer->text), qstr(question->text));
        }
    }
    layout->addWidget(makeTextLabel(bulleted(why)));
    if (pattern) {
        layout->addWidget(makeTextLabel(qstr(pattern->explanation)));
    }
    auto* notDiagnosis = makeNote(tr("This is not a diagnosis."));
    notDiagnosis->setObjectName(QStringLiteral("fitNotADiagnosis"));
    layout->addWidget(notDiagnosis);
    SourceIds cited;
    if (pattern) {
        cited = pattern->sources;
    }
    for (const auto& rule : content.finder->rules) {
        const bool used = rule.pattern == fit.patternId &&
                          std::any_of(fit.reasons.begin(), fit.reasons.end(), [&rule](const ScoreReason& r) {
                              return r.questionId == rule.question && r.answerId == rule.answer;
                          });
        if (used) {
            cited = joinSources({cited, rule.sources});
        }
    }
    if (pattern && !pattern->retriggers.empty()) {
        QStringList retriggers;
        for (const auto& item : pattern->retriggers) {
            retriggers << qstr(item.text);
            cited = joinSources({cited, item.sources});
        }
        layout->addWidget(makeHeading(tr("What tends to set it off again"), 1.0));
        layout->addWidget(makeTextLabel(bulleted(retriggers)));
    }
    if (auto* sources = makeSourcesLine(cited, content)) {
        layout->addWidget(sources);
    }
    return card;
}

void PatternResultScreen::setSaveStatus(const QString& message, bool saved) {
    m_status->setText(message);
    m_status->setVisible(!message.isEmpty());
    m_save->setText(saved ? tr("Save again") : tr("Save with this episode"));
    m_save->setShortcut(QKeySequence::Save); // setText() replaced it with the text's mnemonic
}

} // namespace spasmguide
