// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/checkin/check_in_text.h"

#include "gui/log/local_time.h"
#include "gui/log/log_vocabulary.h"
#include "gui/widgets/body_map.h"

#include <QCoreApplication>
#include <QStringList>

namespace spasmguide {
namespace {

// A translation context of its own, which lupdate understands.
class CheckInText {
    Q_DECLARE_TR_FUNCTIONS(CheckInText)
};

} // namespace

QString describeCheckIn(const CheckIn& c) {
    QStringList parts{shortDateTime(c.at.epochMs),
                      c.pain ? CheckInText::tr("pain %1").arg(*c.pain) : CheckInText::tr("pain not rated")};
    if (c.newRedFlag) {
        parts << CheckInText::tr("\u26A0 new warning sign");
    }
    QStringList areas;
    for (const auto area : c.areas) {
        areas << BodyMap::areaName(area);
    }
    if (!areas.isEmpty()) {
        parts << areas.join(QStringLiteral(", "));
    }
    const auto triggers = triggerChoices();
    for (const auto& id : c.triggers) {
        parts << labelFor(triggers, QString::fromStdString(id));
    }
    for (const auto& tag : c.freeTags) {
        parts << QString::fromStdString(tag);
    }
    if (c.heat) {
        parts << CheckInText::tr("heat %1 min").arg(c.heat->minutes);
    }
    for (const auto& medication : c.medications) {
        parts << QString::fromStdString(medication.name);
    }
    if (!c.note.empty()) {
        parts << QStringLiteral("\u201c%1\u201d").arg(QString::fromStdString(c.note).left(120));
    }
    return parts.join(QStringLiteral("  \u00b7  "));
}

} // namespace spasmguide
