// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/triage/escalation.h"
#include "gui/guide/region_numbers.h"
#include "gui/widgets/screen_page.h"

class QPushButton;

namespace spasmguide {

// What to do now when an emergency sign is present: the local emergency number (named by its country, or the
// neutral advice when the country is not known), plain steps, what the person told the app that brought them here
// (each sign named, and where it was given), and one key (H) to the handover card for the call.
class CareScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit CareScreen(QWidget* parent = nullptr);

    // `numbers` without a known number gives the neutral advice; `canChangeRegion` offers the country choice.
    void setContent(const ContentBundle& content, const RegionNumbers& numbers, const Escalation& escalation,
                    bool canChangeRegion);
    [[nodiscard]] QPushButton* backButton() const { return m_back; }
    [[nodiscard]] QPushButton* handoverButton() const { return m_handover; }

    // "Yes, the pattern finder" and the like: where an answer that matched a sign was given.
    [[nodiscard]] static QString whereGiven(EscalationMatch::From from);

Q_SIGNALS:
    void backRequested();
    void regionChangeRequested();
    void handoverRequested();

private:
    QPushButton* m_back = nullptr;
    QPushButton* m_handover = nullptr;
};

} // namespace spasmguide
