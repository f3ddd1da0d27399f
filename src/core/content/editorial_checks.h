// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_files.h"
#include "content/content_loader.h"
#include "content/diagnostic.h"
#include "content/parsed_file.h"

#include <chrono>
#include <set>
#include <string>

namespace spasmguide {

// Dialling rules the schema's pattern is too loose for: an emergency number is digits only ("112"); a same-day
// number is digits in groups of single spaces, with an optional leading "+"; a same-day label needs its number.
void checkEmergencyNumbers(const ParsedFile& file, Diagnostics& out);

// The review records: a real calendar date, not after `today` (a warning: one day of slack for time zones); a
// translation's review must be its own, not borrowed from the base locale (an error). So must its review of a
// part (`partReviews.plan`) when it translates that part (`ownParts` holds "plan" when it has its own plan.json);
// a part it borrows keeps the base's review.
void checkReview(const ParsedFile& manifest, bool isTranslation, std::chrono::sys_days today, Diagnostics& out,
                 const std::set<std::string>& ownParts = {});

// The validator's rules beyond the loader's, for each usable file of a loaded locale: links, pictures, text
// limits, emergency numbers and the review record. Values a translation borrows are left to the base's check.
void checkEditorialRules(const LocaleFiles& locale, const ContentFiles& files, bool isTranslation,
                         std::chrono::sys_days today, Diagnostics& out);

} // namespace spasmguide
