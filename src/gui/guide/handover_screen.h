// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/guide/handover_text.h"
#include "gui/widgets/screen_page.h"

class QPushButton;

namespace spasmguide {

// The handover card for the emergency call, in large print to read out (Ctrl+R reads it aloud) or print.
class HandoverScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit HandoverScreen(QWidget* parent = nullptr);

    void setSections(const std::vector<HandoverSection>& sections);
    [[nodiscard]] const std::vector<HandoverSection>& sections() const { return m_sections; }
    [[nodiscard]] QPushButton* printButton() const { return m_print; }

Q_SIGNALS:
    void backRequested();
    void printRequested();

private:
    std::vector<HandoverSection> m_sections;
    QPushButton* m_print = nullptr;
};

} // namespace spasmguide
