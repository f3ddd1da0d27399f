// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/sign_row.h"

#include "widgets/text.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QLabel>
#include <QMouseEvent>

namespace spasmguide {

SignRow::SignRow(const RedFlag& sign, QWidget* parent) : QWidget(parent), m_id(qstr(sign.id)) {
    m_check = new QCheckBox;
    m_check->setAccessibleName(qstr(sign.text));
    if (!sign.detail.empty()) {
        m_check->setAccessibleDescription(qstr(sign.detail));
    }
    m_check->setObjectName(QStringLiteral("sign-") + m_id);

    auto* text = makeTextLabel(qstr(sign.text));
    text->setTextInteractionFlags(Qt::NoTextInteraction);
    text->setBuddy(m_check);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(0);
    grid->addWidget(m_check, 0, 0, Qt::AlignTop);
    grid->addWidget(text, 0, 1, Qt::AlignVCenter);
    if (!sign.detail.empty()) {
        auto* detail = makeNote(qstr(sign.detail));
        detail->setTextInteractionFlags(Qt::NoTextInteraction);
        grid->addWidget(detail, 1, 1);
    }
    grid->setColumnStretch(1, 1);
    setCursor(Qt::PointingHandCursor);

    connect(m_check, &QCheckBox::toggled, this, [this](bool checked) { Q_EMIT toggled(m_id, checked); });
}

bool SignRow::isChecked() const {
    return m_check->isChecked();
}

void SignRow::setChecked(bool checked) {
    m_check->setChecked(checked);
}

void SignRow::mouseReleaseEvent(QMouseEvent* event) {
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        m_check->setFocus(Qt::MouseFocusReason);
        m_check->toggle();
    }
    QWidget::mouseReleaseEvent(event);
}

} // namespace spasmguide
