// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The emergency-number table: every region resolves to its own entry or to nothing (never another country's
// number), the codes and number formats it accepts, and the validator's rules for it.
#include "core/content/content_files.h"
#include "core/content/content_loader.h"
#include "core/content/content_validator.h"
#include "core/content/number_checks.h"
#include "core/content/region_codes.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace spasmguide;
using nlohmann::json;
using spasmguide::test::ContentCopy;

namespace {

constexpr std::chrono::sys_days kToday{std::chrono::December / 7 / 2026};

std::shared_ptr<const ContentBundle> shipped(const std::string& locale) {
    ContentLoader loader;
    auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), locale);
    REQUIRE(result.bundle);
    return result.bundle;
}

ParsedFile parsed(const json& document) {
    Diagnostics ignored;
    auto file = parseContent("numbers.json", document.dump(2), ignored);
    REQUIRE(file);
    return std::move(*file);
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(std::string(d.severity == Severity::Error ? "error: " : "warning: ") + d.message + " @" +
                      d.pointer);
    }
    return out;
}

json entry(const std::string& region, const std::string& number) {
    return {{"region", region},
            {"name", region},
            {"emergency", number},
            {"sources", {"nhs-back-pain"}},
            {"checked", "2026-12-07"}};
}

// Every Spanish-speaking country and territory, with the number the table must give it (checked against the
// sources cited in the table).
const std::vector<std::pair<std::string, std::string>> kSpanishSpeaking{
    {"AR", "107"}, {"BO", "110"}, {"CL", "131"}, {"CO", "123"}, {"CR", "911"}, {"CU", "104"}, {"DO", "911"},
    {"EC", "911"}, {"ES", "112"}, {"GQ", "115"}, {"GT", "122"}, {"HN", "911"}, {"MX", "911"}, {"NI", "128"},
    {"PA", "911"}, {"PE", "106"}, {"PR", "911"}, {"PY", "911"}, {"SV", "132"}, {"UY", "911"}, {"VE", "911"},
};

} // namespace

TEST_CASE("region codes are the officially assigned ISO 3166-1 alpha-2 codes, in capitals") {
    for (const char* code : {"IN", "GB", "JP", "BR", "AX", "ZW", "AQ"}) {
        CHECK(isRegionCode(code));
    }
    for (const char* code : {"EU", "UK", "XK", "ZZ", "in", "gb", "", "I", "IND", "C", "419"}) {
        CHECK_FALSE(isRegionCode(code));
    }
    CHECK(regionCodeFromInput("in") == "IN");
    CHECK(regionCodeFromInput(" jp ") == "JP");
    CHECK(regionCodeFromInput("Gb") == "GB");
    CHECK(regionCodeFromInput("eu").empty());
    CHECK(regionCodeFromInput("").empty());
    CHECK(regionCodeFromInput("India").empty());
}

TEST_CASE("a phone number is written as it is dialled: digits, # and *, single spaces, a leading +") {
    for (const char* number : {"112", "000", "15", "1800 022 222", "+61 1800 022 222", "#7119", "*4141", "116 117",
                               "0800 611 116", "+683 4202"}) {
        CHECK(isDialledNumber(number));
    }
    for (const char* number :
         {"", "+", "1  12", " 112", "112 ", "1+12", "11-2", "(02) 112", "7119#a", "++112", "123456789012345678901"}) {
        CHECK_FALSE(isDialledNumber(number));
    }
}

TEST_CASE("a region the table lacks, an empty, lower-case or grouping code finds no country's number") {
    const auto bundle = shipped("en");
    const auto& numbers = bundle->emergencyNumbers;
    for (const char* code : {"", "in", "gb", "EU", "ZZ", "XK", "C", "US ", "419"}) {
        INFO(code);
        CHECK(numbers.find(code) == nullptr);
    }
    REQUIRE(numbers.find("IN") != nullptr);
    CHECK(numbers.find("IN")->emergency == "112");
    CHECK(numbers.find("IN")->alsoCall == "108");
    CHECK(numbers.find("GB")->emergency == "999");
    CHECK(numbers.find("GB")->sameDay == "111");
    CHECK(numbers.find("JP")->emergency == "119");
    CHECK(numbers.find("JP")->sameDay == "#7119");
    CHECK(numbers.find("BR")->emergency == "192");
    CHECK(numbers.find("FR")->alsoCall == "15");
    CHECK(numbers.find("DE")->sameDay == "116 117");
    CHECK(numbers.find("ZA")->emergency == "10177");
    CHECK(numbers.find("ZA")->alsoCall == "112");
    CHECK(numbers.find("CA")->sameDay == "811");
    CHECK(numbers.find("AU")->sameDay == "1800 022 222");
    CHECK(numbers.find("NZ")->sameDay == "0800 611 116");
}

TEST_CASE("every Spanish-speaking country resolves to its own entry, in en and in es") {
    for (const char* locale : {"en", "es"}) {
        const auto bundle = shipped(locale);
        for (const auto& [code, number] : kSpanishSpeaking) {
            INFO(locale << " " << code);
            const auto* found = bundle->emergencyNumbers.find(code);
            REQUIRE(found != nullptr);
            CHECK(found->region == code);
            CHECK(found->emergency == number);
            CHECK_FALSE(found->sources.empty());
        }
    }
    CHECK(shipped("es")->emergencyNumbers.find("CL")->sameDay == "600 360 7777");
}

TEST_CASE("the shipped table covers the world once, each entry sourced and dated, es giving names only") {
    const auto en = shipped("en");
    const auto es = shipped("es");
    CHECK(en->emergencyNumbers.regions.size() >= 240);
    REQUIRE(es->emergencyNumbers.regions.size() == en->emergencyNumbers.regions.size());
    for (const auto& entry : en->emergencyNumbers.regions) {
        INFO(entry.region);
        CHECK(isRegionCode(entry.region));
        CHECK(isDialledNumber(entry.emergency));
        CHECK_FALSE(entry.sources.empty());
        CHECK(entry.checked.size() == 10);
        for (const auto& id : entry.sources) {
            CHECK(en->source(id) != nullptr);
        }
        const auto* translated = es->emergencyNumbers.find(entry.region);
        REQUIRE(translated != nullptr);
        CHECK(translated->emergency == entry.emergency);
        CHECK(translated->sameDay == entry.sameDay);
    }
    CHECK(es->emergencyNumbers.find("GB")->name == "Reino Unido");
    CHECK(es->emergencyNumbers.find("JP")->name == "Japón");
}

TEST_CASE("the validator reports codes, numbers, sources and dates of the table") {
    auto numbers = json::parse(R"({"regions": []})");
    numbers["regions"].push_back(entry("GB", "999"));
    numbers["regions"].push_back(entry("EU", "112"));
    numbers["regions"].push_back(entry("JP", "11 9"));
    numbers["regions"].back()["sameDay"] = "#7119";
    numbers["regions"].push_back(entry("FR", "1  12"));
    numbers["regions"].back()["alsoCall"] = "15a";
    auto undated = entry("DE", "112");
    undated.erase("checked");
    undated.erase("sources");
    numbers["regions"].push_back(undated);
    auto stale = entry("AU", "000");
    stale["checked"] = "2025-12-06"; // one day over a year before kToday
    numbers["regions"].push_back(stale);
    auto lastDay = entry("NZ", "111");
    lastDay["checked"] = "2025-12-07"; // a year to the day: still trusted
    numbers["regions"].push_back(lastDay);
    auto badDate = entry("IN", "112");
    badDate["checked"] = "2026-02-30";
    numbers["regions"].push_back(badDate);
    auto noNumber = entry("BR", "192");
    noNumber.erase("emergency");
    noNumber["sameDayLabel"] = "Disque Saúde";
    numbers["regions"].push_back(noNumber);

    Diagnostics out;
    checkEmergencyNumbers(parsed(numbers), false, kToday, out);
    const auto found = messages(out);
    REQUIRE(found.size() == 9);
    CHECK_THAT(found[0], Catch::StartsWith("error: \"EU\" is not an ISO 3166-1 alpha-2 country code") &&
                             Catch::EndsWith("@/regions/1/region"));
    CHECK_THAT(found[1], Catch::StartsWith("error: a phone number is written as it is dialled") &&
                             Catch::EndsWith("@/regions/3/emergency"));
    CHECK_THAT(found[2], Catch::EndsWith("@/regions/3/alsoCall"));
    CHECK(found[3] == "error: the entry for \"DE\" cites no source: add \"sources\" with the id of a source in "
                      "manifest.json (\"author-protocol\" for the author's own words) @/regions/4");
    CHECK_THAT(found[4], Catch::StartsWith("error: no check date") && Catch::EndsWith("@/regions/4"));
    CHECK(found[5] == "warning: checked on 2025-12-06, over a year ago: check these numbers again and update the "
                      "date @/regions/5/checked");
    CHECK(found[6] == "error: not a date: write it year-month-day, e.g. 2026-12-07 @/regions/7/checked");
    CHECK_THAT(found[7], Catch::StartsWith("warning: \"sameDayLabel\" is never shown without") &&
                             Catch::EndsWith("@/regions/8/sameDayLabel"));
    CHECK_THAT(found[8], Catch::StartsWith("error: no \"emergency\" number") && Catch::EndsWith("@/regions/8"));
}

TEST_CASE("a translation that gives a number of its own, different from en's, is an error with file:line:col") {
    ContentCopy root;
    auto numbers = json::parse(std::ifstream(root.path() / "es/emergency-numbers.json"));
    for (auto& item : numbers["regions"]) {
        if (item["region"] == "AR") {
            item["emergency"] = "911"; // en says 107
        }
        if (item["region"] == "MX") {
            item["emergency"] = "911"; // the same as en: allowed, though needless
        }
    }
    root.write("es/emergency-numbers.json", numbers.dump(2));
    ContentValidator validator(kToday);
    std::vector<std::string> found;
    for (const auto& d : validator.validateRoot(root.path())) {
        if (d.severity != Severity::Note) { // the shipped es says which Roland-Morris form it shows
            found.push_back(d.format());
        }
    }
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0], Catch::Matches(".*es/emergency-numbers\\.json:[0-9]+:[0-9]+: error: \"emergency\" is "
                                        "\"911\" here but \"107\" in en: phone numbers are kept once, in en .*"));
}

TEST_CASE("the shipped numbers validate without a warning as of the day they were checked") {
    ContentValidator validator(kToday);
    std::vector<std::string> problems; // notes (which Roland-Morris form es shows) are neither
    for (const auto& d : validator.validateRoot(SPASMGUIDE_CONTENT_DIR)) {
        if (d.severity != Severity::Note) {
            problems.push_back(d.format());
        }
    }
    INFO(problems.size() << " problems, the first: " << (problems.empty() ? std::string() : problems.front()));
    CHECK(problems.empty());
}
