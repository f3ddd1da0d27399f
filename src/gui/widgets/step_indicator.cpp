// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/step_indicator.h"

#include "gui/widgets/text.h"

#include <QFont>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace spasmguide {

StepIndicator::StepIndicator(QWidget* parent) : QWidget(parent) {
    m_row = new QHBoxLayout(this);
    m_row->setContentsMargins(0, 0, 0, 0);
    m_row->setSpacing(18);
}

void StepIndicator::setSteps(const std::vector<Step>& steps) {
    for (auto& [id, label] : m_labels) {
        delete label;
    }
    m_labels.clear();
    for (const auto& step : steps) {
        auto* label = new QLabel(tr("%1  %2").arg(step.number).arg(qstr(step.shortTitle)));
        label->setTextFormat(Qt::PlainText);
        label->setContentsMargins(2, 4, 2, 4);
        label->setProperty("stepName", qstr(step.shortTitle));
        // Room for the bold current-step text, so nothing shifts or clips when the step changes. Bold runs up to
        // about a sixth wider; reckoned from the regular width, start-up loads no bold font just for this.
        label->setMinimumWidth(QFontMetrics(label->font()).horizontalAdvance(label->text()) * 6 / 5 + 12);
        m_row->addWidget(label);
        m_labels.emplace_back(qstr(step.id), label);
    }
    setCurrent({});
}

void StepIndicator::setCurrent(const QString& stepId) {
    const auto total = static_cast<int>(m_labels.size());
    int index = 0;
    QString currentName;
    for (auto& [id, label] : m_labels) {
        ++index;
        const bool current = id == stepId;
        label->setProperty("stepState", current ? QStringLiteral("current") : QStringLiteral("other"));
        const QString name = label->property("stepName").toString();
        label->setAccessibleName(current ? tr("Step %1 of %2: %3, current step").arg(index).arg(total).arg(name)
                                         : tr("Step %1 of %2: %3").arg(index).arg(total).arg(name));
        label->style()->unpolish(label);
        label->style()->polish(label);
        QFont font = label->font();
        font.setBold(current); // set here, after polishing, so the label's size follows
        label->setFont(font);
        if (current) {
            currentName = label->accessibleName();
        }
    }
    setAccessibleName(currentName.isEmpty() ? tr("Protocol steps") : currentName);
}

} // namespace spasmguide
