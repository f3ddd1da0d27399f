// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/triage.h"
#include "widgets/screen_page.h"

#include <vector>

class QPushButton;

namespace spasmguide {

class SignRow;

// The red-flag check shown first on every launch: both tiers side by side, and one large default
// button so a person with none of the signs reaches Step 1 with a single Enter.
class TriageScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit TriageScreen(QWidget* parent = nullptr);

    void setContent(const ContentBundle& content);
    [[nodiscard]] TriageAnswers answers() const;
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    // Emitted at once when an emergency sign is ticked, and by Continue otherwise.
    void outcomeChosen(spasmguide::TriageOutcome outcome);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* makeTier(const RedFlagTier& tier, const QString& tierName, const QString& icon);
    void onSignToggled(bool emergency, bool checked);
    void updateContinueLabel();

    std::vector<SignRow*> m_emergencyRows;
    std::vector<SignRow*> m_sameDayRows;
    QPushButton* m_continue = nullptr;
    std::shared_ptr<const RedFlags> m_redFlags;
};

} // namespace spasmguide
