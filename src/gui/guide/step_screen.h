// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "gui/widgets/screen_page.h"

class QPushButton;

namespace spasmguide {

// One protocol step (Heat, Medicate, Identify), rendered block by block from content.
class StepScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit StepScreen(const QString& stepId, QWidget* parent = nullptr);

    [[nodiscard]] const QString& stepId() const { return m_stepId; }
    // `nextTitle` is the next step's short title, empty on the last step.
    void setContent(const ContentBundle& content, const QString& nextTitle);
    [[nodiscard]] QPushButton* backButton() const { return m_back; }
    [[nodiscard]] QPushButton* nextButton() const { return m_next; }
    // A companion tool for this step (the heat timer on Step 1), in the footer so it never scrolls away.
    QPushButton* addToolButton(const QString& text, const QString& objectName);

Q_SIGNALS:
    void backRequested();
    void nextRequested();
    void timeProductRequested(const QString& productName); // a product card's "Time this"

private:
    QString m_stepId;
    QPushButton* m_back = nullptr;
    QPushButton* m_next = nullptr;
};

} // namespace spasmguide
