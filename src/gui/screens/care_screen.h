// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "region_numbers.h"
#include "triage/triage.h"
#include "widgets/screen_page.h"

class QPushButton;

namespace spasmguide {

// What to do now when an emergency sign is present: the local emergency number (named by its country, or the
// neutral advice when the country is not known), plain steps, what to tell the call handler, and the signs the
// person ticked (so they can read them out).
class CareScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit CareScreen(QWidget* parent = nullptr);

    // `numbers` without a known number gives the neutral advice; `canChangeRegion` offers the country choice.
    void setContent(const ContentBundle& content, const RegionNumbers& numbers, const TriageAnswers& answers,
                    bool canChangeRegion);
    [[nodiscard]] QPushButton* backButton() const { return m_back; }

Q_SIGNALS:
    void backRequested();
    void regionChangeRequested();

private:
    QPushButton* m_back = nullptr;
};

} // namespace spasmguide
