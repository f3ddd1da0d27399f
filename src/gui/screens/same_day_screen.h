// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "region_numbers.h"
#include "triage/triage.h"
#include "widgets/screen_page.h"

class QCheckBox;
class QPushButton;

namespace spasmguide {

// "Contact a doctor today": the person acknowledges, then may go on to the self-care steps.
class SameDayScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit SameDayScreen(QWidget* parent = nullptr);

    // The same-day line and emergency number of `numbers`, its region named; the neutral advice when unknown.
    void setContent(const ContentBundle& content, const RegionNumbers& numbers, const TriageAnswers& answers,
                    bool canChangeRegion);
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
};

} // namespace spasmguide
