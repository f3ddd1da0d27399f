// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"
#include "core/time/clock.h"
#include "core/triage/triage.h"
#include "gui/widgets/screen_page.h"

#include <map>
#include <memory>
#include <vector>

class QBoxLayout;
class QLabel;
class QPushButton;

namespace spasmguide {

class SignGrid;
class SignRow;

// The red-flag check shown first on every launch: the content's groups of signs, the emergency ones first and
// whole, and one large default button so a person with none of the signs reaches Step 1 with a single Enter.
// Ticking a sign whose action is an ambulance goes to the care screen at once.
class TriageScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit TriageScreen(const Clock& clock, QWidget* parent = nullptr);

    void setContent(const ContentBundle& content);
    [[nodiscard]] TriageAnswers answers() const;
    // When each ticked sign was ticked (this session): the handover card says so.
    [[nodiscard]] std::map<std::string, Timestamp> tickedAt() const;
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }
    [[nodiscard]] std::vector<SignRow*> signRows() const;

Q_SIGNALS:
    // Emitted at once when an ambulance sign is ticked, and by Continue otherwise.
    void outcomeChosen(spasmguide::TriageOutcome outcome);

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    QWidget* makeGroup(const RedFlagGroup& group, const RedFlags& redFlags);
    void onSignToggled(const QString& id, bool checked);
    void updateContinueLabel();
    void arrangeBand();

    const Clock& m_clock;
    std::vector<SignGrid*> m_grids;
    std::vector<QWidget*> m_bandCards;
    QBoxLayout* m_band = nullptr;
    QBoxLayout* m_top = nullptr;
    QLabel* m_title = nullptr;
    std::map<std::string, Timestamp> m_tickedAt;
    QPushButton* m_continue = nullptr;
    std::shared_ptr<const RedFlags> m_redFlags;
};

} // namespace spasmguide
