// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/notice_banner.h"

#include "gui/widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace spasmguide {

NoticeBanner::NoticeBanner(const QString& name, const QString& accessibleName, QWidget* parent)
    : QFrame(parent), m_text(makeTextLabel({})), m_row(new QHBoxLayout(this)) {
    setObjectName(name);
    setProperty("role", QStringLiteral("cautionBanner"));
    setAccessibleName(accessibleName);
    m_row->setContentsMargins(24, 8, 16, 8);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse); // a path to copy
    m_row->addWidget(m_text, 1);
    hide();
}

void NoticeBanner::setText(const QString& text) {
    m_text->setText(text);
}

QString NoticeBanner::text() const {
    return m_text->text();
}

QPushButton* NoticeBanner::addButton(const QString& name, const QString& text, const QString& accessibleName) {
    auto* button = new QPushButton(text);
    button->setObjectName(name);
    button->setAccessibleName(accessibleName);
    m_row->addWidget(button);
    return button;
}

} // namespace spasmguide
