// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "triage/triage.h"
#include "widgets/screen_page.h"

class QPushButton;

namespace spasmguide {

// What to do now when an emergency sign is present: the local emergency number, plain steps, what to
// tell the call handler, and the signs the person ticked (so they can read them out).
class CareScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit CareScreen(QWidget* parent = nullptr);

    void setContent(const ContentBundle& content, const EmergencyNumber& number, const TriageAnswers& answers);
    [[nodiscard]] QPushButton* backButton() const { return m_back; }

Q_SIGNALS:
    void backRequested();

private:
    QPushButton* m_back = nullptr;
};

} // namespace spasmguide
