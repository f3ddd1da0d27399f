// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <chrono>

namespace spasmguide {

// emergency-numbers.json's rules beyond its schema, for the values this file writes (a translation's borrowed
// numbers are the base's to check). Errors: a region that is not an ISO 3166-1 alpha-2 code; a number not
// written as it is dialled (digits, # and *, single spaces, optional leading +); an entry without sources
// (requireSources) or a check date, or with a date that is no calendar day. Warnings: a check date over 12 months
// before `today` (isOverTwelveMonthsOld, as for the review records); a same-day label without its number. (A date
// after `today` is let be: harmless, and a clock may lag.)
void checkEmergencyNumbers(const ParsedFile& file, bool isTranslation, std::chrono::sys_days today, Diagnostics& out);

} // namespace spasmguide
