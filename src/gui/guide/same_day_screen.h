// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/triage/escalation.h"
#include "gui/guide/region_numbers.h"
#include "gui/widgets/screen_page.h"

class QCheckBox;
class QPushButton;

namespace spasmguide {

// "Contact a doctor today": the person acknowledges, then may go on to the self-care steps. When every sign
// given is a "see your doctor soon" one, the calmer advice instead, with nothing to acknowledge: the steps go on.
class SameDayScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit SameDayScreen(QWidget* parent = nullptr);

    // The same-day line and emergency number of `numbers`, its region named; the neutral advice when unknown.
    void setContent(const ContentBundle& content, const RegionNumbers& numbers, const Escalation& escalation,
                    bool canChangeRegion);
    [[nodiscard]] bool isSoonOnly() const { return m_soonOnly; }
    [[nodiscard]] QCheckBox* acknowledgeBox() const { return m_acknowledge; }
    [[nodiscard]] QPushButton* continueButton() const { return m_continue; }

Q_SIGNALS:
    void continueRequested();
    void backRequested();
    void regionChangeRequested();

private:
    QCheckBox* m_acknowledge = nullptr;
    QPushButton* m_continue = nullptr;
    QPushButton* m_back = nullptr;
    bool m_soonOnly = false;
};

} // namespace spasmguide
