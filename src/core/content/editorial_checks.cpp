// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/editorial_checks.h"

#include "core/content/link_checks.h"
#include "core/content/measures_checks.h"
#include "core/content/number_checks.h"
#include "core/content/text_limits.h"

#include <algorithm>
#include <optional>
#include <string_view>

namespace spasmguide {
namespace {

using nlohmann::json;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

std::string text(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

} // namespace

// "2026-02-30" parses as a pattern but is no day; year_month_day knows.
std::optional<std::chrono::sys_days> calendarDate(const std::string& iso) {
    if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') {
        return std::nullopt;
    }
    auto number = [&iso](std::size_t from, std::size_t length) {
        int value = 0;
        for (std::size_t i = from; i < from + length; ++i) {
            if (!isDigit(iso[i])) {
                return -1;
            }
            value = value * 10 + (iso[i] - '0');
        }
        return value;
    };
    const std::chrono::year_month_day date{std::chrono::year(number(0, 4)),
                                           std::chrono::month(static_cast<unsigned>(number(5, 2))),
                                           std::chrono::day(static_cast<unsigned>(number(8, 2)))};
    if (number(0, 4) < 0 || number(5, 2) < 0 || number(8, 2) < 0 || !date.ok()) {
        return std::nullopt;
    }
    return std::chrono::sys_days(date);
}

bool isOverTwelveMonthsOld(std::chrono::sys_days date, std::chrono::sys_days today) {
    // 2025-02-28 turns 12 months old on 2026-02-28; 2024-02-29 on 2025-02-28 (the last day of that month).
    const std::chrono::year_month_day from{date};
    auto anniversary = from + std::chrono::years(1);
    if (!anniversary.ok()) {
        anniversary =
            std::chrono::year_month_day_last(anniversary.year(), std::chrono::month_day_last(anniversary.month()));
    }
    return today > std::chrono::sys_days(anniversary);
}

namespace {

// "this language's content" for "/review", "the part "plan"" for "/partReviews/plan".
std::string reviewedWhat(const std::string& at) {
    return at == "/review" ? "this language's content" : "the part \"" + at.substr(at.rfind('/') + 1) + '"';
}

// One review record at `at` ("/review", "/partReviews/plan"): a translation's is its own, its date a real one.
void checkReviewRecord(const ParsedFile& manifest, const std::string& at, bool isTranslation,
                       std::chrono::sys_days today, Diagnostics& out) {
    if (isTranslation && !manifest.owns(at)) {
        const std::string what = at == "/review" ? "\"review\"" : "review of \"" + at.substr(at.rfind('/') + 1) + '"';
        out.push_back(manifest.diagnosticAt(at, "a translation needs its own " + what + " (status, by, date)"));
    } else if (isTranslation) {
        for (const char* field : {"status", "by", "date"}) {
            const auto pointer = at + '/' + field;
            if (!manifest.owns(pointer)) {
                out.push_back(manifest.diagnosticAt(pointer, std::string("the review's \"") + field +
                                                                 "\" must be the translation's own, not the base's"));
            }
        }
    }
    if (!manifest.owns(at + "/date")) {
        return;
    }
    const auto& review = manifest.document.at(nlohmann::json::json_pointer(at));
    const auto date = calendarDate(text(review, "date"));
    if (!date) {
        out.push_back(manifest.diagnosticAt(at + "/date", "not a date: write it year-month-day, e.g. 2026-11-23"));
    } else if (*date > today + std::chrono::days(1)) {
        out.push_back(manifest.diagnosticAt(at + "/date", "the review date is in the future", Severity::Warning));
    } else if (isOverTwelveMonthsOld(*date, today)) {
        out.push_back(manifest.diagnosticAt(at + "/date",
                                            "the review is more than 12 months old: review " + reviewedWhat(at) +
                                                " again and update its status, by and date",
                                            Severity::Warning));
    }
}

} // namespace

void checkReview(const ParsedFile& manifest, bool isTranslation, std::chrono::sys_days today, Diagnostics& out,
                 const std::set<std::string>& ownParts) {
    checkReviewRecord(manifest, "/review", isTranslation, today, out);
    if (const auto parts = manifest.document.find("partReviews"); parts != manifest.document.end()) {
        for (const auto& [part, record] : parts->items()) {
            checkReviewRecord(manifest, "/partReviews/" + part, isTranslation && ownParts.count(part) > 0, today, out);
        }
    }
}

void checkEditorialRules(const LocaleFiles& locale, const ContentFiles& files, bool isTranslation,
                         std::chrono::sys_days today, Diagnostics& out) {
    for (const auto& [name, file] : locale.files) {
        if (file.borrowed) {
            continue;
        }
        checkLinks(file, out);
        checkPictures(file, files, locale.locale, out);
        checkTextLimits(name, file, out);
        if (name == "emergency-numbers.json") {
            checkEmergencyNumbers(file, isTranslation, today, out);
        } else if (name == "measures.json" && isTranslation) {
            describeRmdqForm(file, locale.locale, out);
        } else if (name == "manifest.json") {
            std::set<std::string> ownParts;
            for (const auto& [part, partFile] : kReviewedParts) {
                if (const auto it = locale.files.find(partFile); it != locale.files.end() && !it->second.borrowed) {
                    ownParts.insert(std::string(part));
                }
            }
            checkReview(file, isTranslation, today, out, ownParts);
        }
    }
}

} // namespace spasmguide
