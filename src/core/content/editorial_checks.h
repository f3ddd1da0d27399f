// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"
#include "core/content/content_loader.h"
#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <array>
#include <chrono>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>

namespace spasmguide {

// A date written year-month-day that is a real calendar day ("2026-02-30" is not), else nothing.
[[nodiscard]] std::optional<std::chrono::sys_days> calendarDate(const std::string& iso);

// Whether `date` is more than 12 months before `today` (a record dated 2025-12-07 is still fresh on 2026-12-07).
// The review records use it; so can any other dated check (an emergency number's).
[[nodiscard]] bool isOverTwelveMonthsOld(std::chrono::sys_days date, std::chrono::sys_days today);

// The parts of a language version reviewed on their own (manifest.json "partReviews"), and the file each covers.
inline constexpr std::array<std::pair<std::string_view, std::string_view>, 6> kReviewedParts{{
    {"signs", "red-flags.json"},
    {"steps", "steps.json"},
    {"patterns", "patterns.json"},
    {"plan", "plan.json"},
    {"numbers", "emergency-numbers.json"},
    {"measures", "measures.json"},
}};

// The review records: a real calendar date, not after `today` (a warning: one day of slack for time zones) and
// not more than 12 months before it (a warning: review again); a translation's review must be its own, not
// borrowed from the base locale (an error). So must its review of a part (`partReviews.plan`) when it translates
// that part (`ownParts` holds "plan" when it has its own plan.json); a part it borrows keeps the base's review.
void checkReview(const ParsedFile& manifest, bool isTranslation, std::chrono::sys_days today, Diagnostics& out,
                 const std::set<std::string>& ownParts = {});

// The validator's rules beyond the loader's, for each usable file of a loaded locale: links, pictures, text
// limits, emergency numbers and the review record, and a note on which Roland-Morris form a translation shows. Values a
// translation borrows are left to the base's check.
void checkEditorialRules(const LocaleFiles& locale, const ContentFiles& files, bool isTranslation,
                         std::chrono::sys_days today, Diagnostics& out);

} // namespace spasmguide
