// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/patterns/pattern_scoring.h"
#include "gui/widgets/screen_page.h"

class QLabel;
class QPushButton;

namespace spasmguide {

// What the pattern finder's answers point to: each pattern that fits, the answers that pointed there, what tends to
// set it off again, and that this is not a diagnosis. No fit is said kindly. "Save with this episode" keeps it.
class PatternResultScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit PatternResultScreen(QWidget* parent = nullptr);

    // `savedNote`: shown under the result, e.g. when it was saved; empty for a result not saved yet.
    void showResult(const ContentBundle& content, const FinderAnswers& answers, const QString& savedNote);
    [[nodiscard]] bool hasResult() const { return m_hasResult; }
    [[nodiscard]] const FinderAnswers& answers() const { return m_answers; }
    [[nodiscard]] const FinderOutcome& outcome() const { return m_outcome; }
    // After a save attempt: the message, and whether it worked (a failure keeps Save available).
    void setSaveStatus(const QString& message, bool saved);

    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void changeAnswersRequested();
    void saveRequested();
    void doneRequested();

private:
    QWidget* makeFit(const ContentBundle& content, const ScoredPattern& fit);

    FinderAnswers m_answers;
    FinderOutcome m_outcome;
    bool m_hasResult = false;
    QLabel* m_status = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace spasmguide
