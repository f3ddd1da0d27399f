// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/number_checks.h"

#include "core/content/editorial_checks.h"
#include "core/content/region_codes.h"
#include "core/content/source_rules.h"

namespace spasmguide {
namespace {

using nlohmann::json;

std::string text(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// The entry's check date: there, a real day, and recent enough to trust.
void checkDate(const ParsedFile& file, const json& entry, const std::string& pointer, std::chrono::sys_days today,
               Diagnostics& out) {
    if (!entry.contains("checked")) {
        out.push_back(file.diagnosticAt(pointer, "no check date: add \"checked\" with the day these numbers were "
                                                 "last checked, written year-month-day (e.g. 2026-12-07)"));
        return;
    }
    const auto written = text(entry, "checked");
    const auto date = calendarDate(written);
    if (!date) {
        out.push_back(file.diagnosticAt(pointer + "/checked", "not a date: write it year-month-day, e.g. 2026-12-07"));
    } else if (isOverTwelveMonthsOld(*date, today)) {
        out.push_back(file.diagnosticAt(pointer + "/checked",
                                        "checked on " + written +
                                            ", over a year ago: check these numbers again and update the date",
                                        Severity::Warning));
    }
}

} // namespace

void checkEmergencyNumbers(const ParsedFile& file, bool isTranslation, std::chrono::sys_days today, Diagnostics& out) {
    const auto& regions = file.document.at("regions");
    for (std::size_t i = 0; i < regions.size(); ++i) {
        const auto pointer = "/regions/" + std::to_string(i);
        const auto& entry = regions[i];
        const auto region = text(entry, "region");
        if (file.owns(pointer + "/region") && !isRegionCode(region)) {
            out.push_back(file.diagnosticAt(
                pointer + "/region",
                '"' + region +
                    "\" is not an ISO 3166-1 alpha-2 country code in capitals: the app finds numbers by the code of "
                    "the country the reader is in, so this entry would never be shown"));
        }
        for (const char* key : {"emergency", "alsoCall", "sameDay"}) {
            const auto at = pointer + '/' + key;
            if (entry.contains(key) && file.owns(at) && !isDialledNumber(text(entry, key))) {
                out.push_back(file.diagnosticAt(at, "a phone number is written as it is dialled: digits, # and *, in "
                                                    "groups split by single spaces, with an optional leading + (for "
                                                    "example 112, 1800 022 222 or #7119)"));
            }
        }
        if (entry.contains("sameDayLabel") && !entry.contains("sameDay") && file.owns(pointer + "/sameDayLabel")) {
            out.push_back(file.diagnosticAt(pointer + "/sameDayLabel",
                                            "\"sameDayLabel\" is never shown without a \"sameDay\" number",
                                            Severity::Warning));
        }
        if (!isTranslation && !entry.contains("emergency")) {
            out.push_back(file.diagnosticAt(pointer, "no \"emergency\" number: give the number that brings an "
                                                     "ambulance, or leave the country out (it then gets the neutral "
                                                     "advice)"));
        }
        // A phone number is the most safety-critical thing the app shows, so one without a source is an error.
        requireSources(file, pointer, "the entry for \"" + region + '"', Severity::Error, out);
        if (isTranslation && !file.owns(pointer + "/checked")) {
            continue; // a translated name over the base's numbers and check date
        }
        checkDate(file, entry, pointer, today, out);
    }
}

} // namespace spasmguide
