// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/callout.h"

#include "gui/widgets/link_label.h"
#include "gui/widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

const char* propertyFor(Callout::Kind kind) {
    switch (kind) {
    case Callout::Kind::Safety:
        return "safety";
    case Callout::Kind::Warning:
        return "warning";
    case Callout::Kind::Disclaimer:
        return "disclaimer";
    case Callout::Kind::Evidence:
        return "evidence";
    case Callout::Kind::Urgent:
        return "urgent";
    case Callout::Kind::Info:
        break;
    }
    return "info";
}

QString iconFor(Callout::Kind kind) {
    switch (kind) {
    case Callout::Kind::Safety:
    case Callout::Kind::Warning:
    case Callout::Kind::Urgent:
        return QStringLiteral("\u26A0"); // warning sign
    case Callout::Kind::Evidence:
        return QStringLiteral("\u2713"); // check mark
    default:
        return QStringLiteral("\u2139"); // information source
    }
}

} // namespace

QString Callout::kindName(Kind kind) {
    switch (kind) {
    case Kind::Safety:
        return tr("Safety");
    case Kind::Warning:
        return tr("Warning");
    case Kind::Disclaimer:
        return tr("Please note");
    case Kind::Evidence:
        return tr("Evidence");
    case Kind::Urgent:
        return tr("Urgent");
    case Kind::Info:
        break;
    }
    return tr("Note");
}

Callout::Callout(Kind kind, const QString& title, const QString& text, QWidget* parent) : QFrame(parent) {
    setProperty("callout", QString::fromLatin1(propertyFor(kind)));
    setAccessibleName(title.isEmpty() ? kindName(kind) : kindName(kind) + QStringLiteral(": ") + title);

    auto* icon = new QLabel(iconFor(kind));
    scaleFont(icon, 1.6, true);
    icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    icon->setFixedWidth(icon->sizeHint().width() + 8);
    icon->setAccessibleName(kindName(kind));

    m_column = new QVBoxLayout;
    m_column->setSpacing(4);
    const QString heading = title.isEmpty() ? kindName(kind) : kindName(kind) + QStringLiteral(" \u2014 ") + title;
    m_column->addWidget(makeHeading(heading, 1.0));
    if (!text.isEmpty()) {
        m_column->addWidget(makeTextLabel(text));
    }

    auto* row = new QHBoxLayout(this);
    row->setContentsMargins(14, 12, 16, 12);
    row->setSpacing(12);
    row->addWidget(icon);
    row->addLayout(m_column, 1);
}

void Callout::insertWidget(int index, QWidget* widget) {
    m_column->insertWidget(index, widget);
}

void Callout::setNote(const QString& text) {
    if (text.isEmpty()) {
        return;
    }
    auto* rule = new QFrame;
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setProperty("role", QStringLiteral("muted"));
    m_column->addWidget(rule);
    auto* note = makeTextLabel(text);
    note->setObjectName(QStringLiteral("calloutNote"));
    m_column->addWidget(note);
}

void Callout::setSourcesHtml(const QString& html) {
    if (html.isEmpty()) {
        return;
    }
    auto* sources = new LinkLabel(tr("Sources: %1").arg(html), tr("Sources"));
    m_column->addWidget(sources);
}

} // namespace spasmguide
