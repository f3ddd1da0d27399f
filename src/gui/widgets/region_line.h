// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/guide/region_numbers.h"

class QPushButton;
class QWidget;

namespace spasmguide {

// "Numbers for India — [Change country]": names the region in use, so a traveller sees at once when it is wrong.
// The button (object name "changeRegion", Alt+C) is returned through `change` for the caller to connect; it is
// left out when `canChange` is false (no Settings screen to change it in).
[[nodiscard]] QWidget* makeRegionLine(const RegionNumbers& numbers, bool canChange, QPushButton** change);

// The advice for when no number is known: 112 from a mobile phone in most of the world, 911 across the Americas.
[[nodiscard]] QString neutralNumberAdvice();

// `cited` with the sources of the numbers shown after it (for the neutral advice, those of 112 and 911).
[[nodiscard]] SourceIds withNumberSources(SourceIds cited, const RegionNumbers& numbers);

} // namespace spasmguide
