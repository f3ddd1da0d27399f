// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/text.h"

#include <QLabel>

namespace spasmguide {

void scaleFont(QWidget* widget, double scale, bool bold) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
}

QLabel* makeTextLabel(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QLabel* makeHeading(const QString& text, double scale, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    scaleFont(label, scale, true);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    scaleFont(label, 0.9);
    label->setProperty("role", QStringLiteral("muted"));
    return label;
}

} // namespace spasmguide
