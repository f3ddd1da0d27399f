// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;

namespace spasmguide {

// "1 Heat · 2 Medicate · 3 Identify", the current step bold and underlined (not colour alone).
class StepIndicator final : public QWidget {
    Q_OBJECT

public:
    explicit StepIndicator(QWidget* parent = nullptr);

    void setSteps(const std::vector<Step>& steps);
    void setCurrent(const QString& stepId); // empty: no step is current

private:
    std::vector<std::pair<QString, QLabel*>> m_labels;
    QHBoxLayout* m_row = nullptr;
};

} // namespace spasmguide
