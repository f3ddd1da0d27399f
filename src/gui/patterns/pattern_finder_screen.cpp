// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/patterns/pattern_finder_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

const char* const kAnswerId = "answerId";

} // namespace

PatternFinderScreen::PatternFinderScreen(QWidget* parent) : ScreenPage(screens::kPatternFinder, parent) {
    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("finderBack"));
    m_result = new QPushButton(tr("See what fits \u2192"));
    m_result->setObjectName(QStringLiteral("finderResult"));
    m_result->setProperty("primary", true);
    m_result->setAutoDefault(true);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_result);
    connect(back, &QPushButton::clicked, this, &PatternFinderScreen::backRequested);
    connect(m_result, &QPushButton::clicked, this, [this] { Q_EMIT resultRequested(answers()); });
}

void PatternFinderScreen::setContent(const ContentBundle& content) {
    clearBody();
    m_groups.clear();
    m_touched = false;
    if (!content.finder) {
        body()->addWidget(makeTextLabel(tr("The loaded content has no pattern finder.")));
        m_result->setEnabled(false);
        return;
    }
    const auto& finder = *content.finder;
    m_result->setEnabled(true);
    auto* title = makeHeading(qstr(finder.title), 1.7);
    title->setObjectName(QStringLiteral("finderTitle"));
    body()->addWidget(title);
    // The count comes from the questions themselves, so adding one never makes the intro wrong.
    const int questions = static_cast<int>(finder.questions.size());
    auto* intro =
        makeTextLabel(tr("%n short question(s).", nullptr, questions) + QLatin1Char(' ') + qstr(finder.intro));
    intro->setObjectName(QStringLiteral("finderIntro"));
    scaleFont(intro, 1.05);
    body()->addWidget(intro);
    m_prefillNote = makeNote(tr("Some answers are already chosen from your log (where it hurts and what came "
                                "before). Change any that are not right."));
    m_prefillNote->setObjectName(QStringLiteral("finderPrefillNote"));
    m_prefillNote->setVisible(false);
    body()->addWidget(m_prefillNote);
    const int count = static_cast<int>(finder.questions.size());
    for (int i = 0; i < count; ++i) {
        body()->addWidget(makeQuestion(finder.questions[static_cast<std::size_t>(i)], i + 1, count));
    }
    auto* disclaimer = makeNote(qstr(finder.disclaimer));
    body()->addWidget(disclaimer);
    body()->addStretch(1);
}

QWidget* PatternFinderScreen::makeQuestion(const FinderQuestion& question, int number, int count) {
    auto* box = new QFrame;
    box->setObjectName(QStringLiteral("question-") + qstr(question.id));
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(4);
    const QString text = qstr(question.text);
    auto* heading = makeHeading(tr("%1 of %2. %3").arg(number).arg(count).arg(text), 1.15);
    layout->addWidget(heading);
    if (question.multiple) {
        layout->addWidget(makeNote(tr("Choose any that apply.")));
    }
    auto* group = new QButtonGroup(box);
    group->setExclusive(false); // one-answer questions toggle off by a second click, so "no answer" stays possible
    auto* row = new QHBoxLayout;
    row->setSpacing(16);
    for (const auto& answer : question.answers) {
        QAbstractButton* button = question.multiple ? static_cast<QAbstractButton*>(new QCheckBox(qstr(answer.text)))
                                                    : new QRadioButton(qstr(answer.text));
        button->setObjectName(qstr(question.id) + QLatin1Char('/') + qstr(answer.id));
        button->setProperty(kAnswerId, qstr(answer.id));
        button->setAccessibleName(qstr(answer.text));
        button->setAccessibleDescription(text);
        button->setAutoExclusive(false);
        button->setMinimumHeight(44);
        group->addButton(button);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    const bool exclusive = !question.multiple;
    connect(group, &QButtonGroup::buttonToggled, this, [this, group, exclusive](QAbstractButton* button, bool on) {
        m_touched = true;
        if (exclusive && on) {
            for (auto* other : group->buttons()) {
                if (other != button) {
                    other->setChecked(false);
                }
            }
        }
    });
    m_groups.insert(qstr(question.id), group);
    return box;
}

void PatternFinderScreen::setAnswers(const FinderAnswers& answers, bool fromLog) {
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        const auto chosen = answers.find(it.key().toStdString());
        for (auto* button : it.value()->buttons()) {
            const auto id = button->property(kAnswerId).toString().toStdString();
            const QSignalBlocker quiet(it.value());
            button->setChecked(chosen != answers.end() && chosen->second.count(id) > 0);
        }
    }
    m_touched = false;
    if (m_prefillNote) {
        m_prefillNote->setVisible(fromLog && !answers.empty());
    }
}

FinderAnswers PatternFinderScreen::answers() const {
    FinderAnswers chosen;
    for (auto it = m_groups.cbegin(); it != m_groups.cend(); ++it) {
        for (auto* button : it.value()->buttons()) {
            if (button->isChecked()) {
                chosen[it.key().toStdString()].insert(button->property(kAnswerId).toString().toStdString());
            }
        }
    }
    return chosen;
}

QAbstractButton* PatternFinderScreen::answerButton(const QString& questionId, const QString& answerId) const {
    return findChild<QAbstractButton*>(questionId + QLatin1Char('/') + answerId);
}

} // namespace spasmguide
