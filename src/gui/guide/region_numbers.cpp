// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/region_numbers.h"

namespace spasmguide {

RegionNumbers regionNumbers(const EmergencyNumbers& numbers, const QString& region, const QString& customNumber) {
    RegionNumbers shown;
    shown.region = region;
    if (const auto* entry = numbers.find(region.toStdString())) {
        shown.regionName = QString::fromStdString(entry->name);
        shown.emergency = QString::fromStdString(entry->emergency);
        shown.alsoCall = QString::fromStdString(entry->alsoCall);
        shown.sameDay = QString::fromStdString(entry->sameDay);
        shown.sameDayLabel = QString::fromStdString(entry->sameDayLabel);
        shown.sources = entry->sources;
    }
    if (!customNumber.isEmpty()) {
        shown.emergency = customNumber;
        shown.alsoCall.clear(); // the person chose their number; another one beside it would only confuse
        shown.fromSettings = true;
    }
    return shown;
}

} // namespace spasmguide
