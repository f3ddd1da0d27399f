// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patterns/pattern_scoring.h"
#include "gui/widgets/screen_page.h"

#include <QHash>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPushButton;

namespace spasmguide {

// The pattern finder's questions on one calm page: radio buttons for one answer, tick boxes for several. Tab moves
// between questions, the arrow keys between a question's answers, Space chooses, Enter (on the last button) shows
// what fits. Answers the episode log suggests are chosen in advance and say so.
class PatternFinderScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit PatternFinderScreen(QWidget* parent = nullptr);

    // Builds the questions; the screen is empty when the content has no finder.
    void setContent(const ContentBundle& content);
    // Chooses exactly these answers. `fromLog`: they came from the episode log, which the page then mentions.
    void setAnswers(const FinderAnswers& answers, bool fromLog);
    [[nodiscard]] FinderAnswers answers() const;
    // Whether the person has chosen or changed anything since the page was built or filled in.
    [[nodiscard]] bool isTouched() const { return m_touched; }

    [[nodiscard]] QAbstractButton* answerButton(const QString& questionId, const QString& answerId) const;
    [[nodiscard]] QPushButton* resultButton() const { return m_result; }

Q_SIGNALS:
    void backRequested();
    void resultRequested(const spasmguide::FinderAnswers& answers);

private:
    QWidget* makeQuestion(const FinderQuestion& question, int number, int count);

    QHash<QString, QButtonGroup*> m_groups; // question id -> its answers' buttons (ids in each button's name)
    QLabel* m_prefillNote = nullptr;
    QPushButton* m_result = nullptr;
    bool m_touched = false;
};

} // namespace spasmguide
