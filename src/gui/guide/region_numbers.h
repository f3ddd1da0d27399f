// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <QString>

namespace spasmguide {

// What the care and same-day screens show for the region in use: the content's numbers for it, the person's
// own number from Settings, or, for a region the content lacks, nothing, so that the screens give the neutral
// advice ("call your local emergency number") and never another country's number.
struct RegionNumbers {
    QString region;       // the code in use ("IN"); empty when neither Settings, --region nor the system says
    QString regionName;   // the content's name for it; empty when the content has no entry for the region
    QString emergency;    // empty: the neutral advice
    QString alsoCall;     // another number for an ambulance or medical help ("108"), or empty
    QString sameDay;      // the same-day advice line ("111"), or empty
    QString sameDayLabel; // its name ("NHS 111"), or empty
    SourceIds sources;
    bool fromSettings = false; // `emergency` is the person's own number from Settings

    [[nodiscard]] bool known() const { return !emergency.isEmpty(); }
};

// The numbers for `region` from the content, with `customNumber` (Settings; empty for none) as the emergency
// number when the person set one. `region` must be the exact code: "in" or "EU" finds nothing.
[[nodiscard]] RegionNumbers regionNumbers(const EmergencyNumbers& numbers, const QString& region,
                                          const QString& customNumber);

} // namespace spasmguide
