// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Content governance: every piece of advice in steps.json and plan.json cites a source (a warning when not), a
// product's heat-timer minutes come from its maker and stay within the maker's most, and every part's review
// record is dated and no more than 12 months old (checked against an injected "today").
#include "core/content/content_validator.h"
#include "core/content/editorial_checks.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace spasmguide;
using namespace std::chrono;
using nlohmann::json;
using spasmguide::test::ContentCopy;

namespace {

constexpr sys_days kToday{December / 7 / 2026};

std::vector<std::string> validate(const ContentCopy& root, sys_days today = kToday) {
    std::vector<std::string> out;
    for (const auto& d : ContentValidator(today).validateRoot(root.path())) {
        if (d.severity == Severity::Note) {
            continue; // which Roland-Morris form a translation shows: test_measures_content.cpp
        }
        out.push_back(d.format());
    }
    return out;
}

json readJson(const ContentCopy& root, const std::string& file) {
    return json::parse(std::ifstream(root.path() / file));
}

// Writes `document` and returns the line (1-based) on which `needle` first appears.
int write(const ContentCopy& root, const std::string& file, const json& document, const std::string& needle) {
    const auto text = document.dump(2);
    root.write(file, text);
    const auto at = text.find(needle);
    REQUIRE(at != std::string::npos);
    return static_cast<int>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n')) + 1;
}

std::string missingSource(const std::string& what) {
    return "warning: " + what +
           " cites no source: add \"sources\" with the id of a source in manifest.json (\"author-protocol\" for "
           "the author's own words)";
}

} // namespace

TEST_CASE("the shipped steps and plan cite a source for every piece of advice") {
    ContentCopy root;
    CHECK(validate(root).empty());
}

TEST_CASE("a step block or product card without a source is a warning at its place, for each kind of item") {
    ContentCopy root;
    auto steps = readJson(root, "en/steps.json");
    auto& heat = steps["steps"][0]["blocks"];
    heat[0].erase("sources");                        // a paragraph
    heat[1]["items"][1].erase("sources");            // a product card
    heat[2].erase("sources");                        // a box
    steps["steps"][1]["blocks"][5].erase("sources"); // a list
    steps["steps"][2]["blocks"][2].erase("sources"); // a link block
    const auto text = steps.dump(2);
    root.write("en/steps.json", text);
    const auto file = root.display("en/steps.json");
    Diagnostics found; // es's own copies of these blocks keep their sources: only English is reported
    for (const auto& d : ContentValidator(kToday).validateRoot(root.path())) {
        if (d.file == file) {
            found.push_back(d);
        }
    }
    const std::vector<std::pair<std::string, std::string>> expected{
        {"/steps/0/blocks/0", "this paragraph"},
        {"/steps/0/blocks/1/items/1", "the product card \"GENIANI XL Electric Heating Pad\""},
        {"/steps/0/blocks/2", "the box \"Heat safety\""},
        {"/steps/1/blocks/5", "the list \"What commonly makes spasms worse (Days 1-3)\""},
        {"/steps/2/blocks/2", "the link block \"What to do next: Learn your pattern\""},
    };
    REQUIRE(found.size() == expected.size());
    std::vector<std::string> lines;
    std::size_t start = 0;
    for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
        lines.push_back(text.substr(start, end - start));
    }
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO(found[i].format());
        CHECK(found[i].pointer == expected[i].first);
        CHECK(found[i].format().find(missingSource(expected[i].second)) != std::string::npos);
        // file:line:col is the item's own opening brace (the text is ASCII up to there: columns are bytes).
        REQUIRE(found[i].line >= 1);
        CHECK(lines.at(static_cast<std::size_t>(found[i].line - 1)).at(static_cast<std::size_t>(found[i].column - 1)) ==
              '{');
    }
}

TEST_CASE("a plan item or the movement reminder without a source is a warning at its place") {
    ContentCopy root;
    auto plan = readJson(root, "en/plan.json");
    plan["phases"][1]["avoid"][0].erase("sources");
    plan["phases"][2]["seeClinicianIf"][1]["sources"] = json::array();
    plan["movementReminder"].erase("sources");
    root.write("en/plan.json", plan.dump(2));
    std::vector<std::string> found;
    for (const auto& line : validate(root)) {
        if (line.rfind(root.display("en/plan.json"), 0) == 0) {
            found.push_back(line);
        }
    }
    REQUIRE(found.size() == 3); // in file order: the dump puts "movementReminder" before "phases"
    CHECK_THAT(found[0],
               Catch::Contains(missingSource("the movement reminder")) && Catch::EndsWith("(at /movementReminder)"));
    CHECK_THAT(found[1], Catch::Contains(missingSource("the plan item \"testing-flexibility\"")) &&
                             Catch::EndsWith("(at /phases/1/avoid/0)"));
    CHECK_THAT(found[2], Catch::Contains(missingSource("the plan item \"warning-signs-any-time\"")) &&
                             Catch::EndsWith("(at /phases/2/seeClinicianIf/1)"));
}

TEST_CASE("a translation's advice is not reported again for a source it leaves to the base") {
    ContentCopy root;
    auto steps = readJson(root, "es/steps.json");
    steps["steps"][0]["blocks"][0].erase("sources"); // taken from English, which cites it
    root.write("es/steps.json", steps.dump(2));
    CHECK(validate(root).empty());
}

TEST_CASE("a product's timer: minutes from the maker, within the maker's most, and the schema bounds them") {
    ContentCopy root;
    auto steps = readJson(root, "en/steps.json");
    auto& timer = steps["steps"][0]["blocks"][1]["items"][0]["timer"];
    REQUIRE(timer.at("minutes") == 480); // ThermaCare: up to 8 hours a day, the maker says
    timer["maxMinutes"] = 240;
    const int line = write(root, "en/steps.json", steps, "\"minutes\": 480");
    auto found = validate(root);
    REQUIRE(found.size() == 1); // at the value, after 26 spaces of indent and "minutes":
    CHECK(found[0] == root.display("en/steps.json") + ':' + std::to_string(line) +
                          ":28: error: the timer starts above its \"maxMinutes\": the maker's most is the limit (at "
                          "/steps/0/blocks/1/items/0/timer/minutes)");

    timer["maxMinutes"] = 480;
    timer["minutes"] = 721;
    root.write("en/steps.json", steps.dump(2));
    found = validate(root);
    REQUIRE_FALSE(found.empty());
    CHECK_THAT(found[0], Catch::Contains("error: value is too large: at most 720"));

    timer["minutes"] = 480;
    timer.erase("sources"); // a number without a source
    root.write("en/steps.json", steps.dump(2));
    found = validate(root);
    REQUIRE_FALSE(found.empty());
    CHECK_THAT(found[0], Catch::Contains("error: missing required field \"sources\"") &&
                             Catch::EndsWith("(at /steps/0/blocks/1/items/0/timer)"));
}

TEST_CASE("a review more than 12 months old is a warning, for the whole guide and for each part") {
    auto manifest = json::parse(R"({
      "review": {"status": "draft", "by": "Me", "date": "2025-12-07"},
      "partReviews": {"signs": {"status": "approved", "by": "Dr A", "date": "2025-12-06"},
                      "steps": {"status": "in-review", "by": "Dr B", "date": "2026-06-01"}}})");
    Diagnostics ignored;
    auto file = parseContent("content/en/manifest.json", manifest.dump(2), ignored);
    REQUIRE(file);
    Diagnostics out;
    checkReview(*file, false, kToday, out); // exactly 12 months is still fresh; a day more is not
    REQUIRE(out.size() == 1);
    CHECK(out[0].severity == Severity::Warning);
    CHECK(out[0].pointer == "/partReviews/signs/date");
    CHECK(out[0].message == "the review is more than 12 months old: review the part \"signs\" again and update its "
                            "status, by and date");

    out.clear();
    checkReview(*file, false, sys_days{December / 8 / 2026}, out); // the next day the whole guide's too
    REQUIRE(out.size() == 2);
    CHECK(out[0].pointer == "/review/date");
    CHECK_THAT(out[0].message, Catch::StartsWith("the review is more than 12 months old: review this language's"));
}

TEST_CASE("12 months after a leap day ends on the last day of February") {
    CHECK_FALSE(isOverTwelveMonthsOld(sys_days{2024y / February / 29}, sys_days{2025y / February / 28}));
    CHECK(isOverTwelveMonthsOld(sys_days{2024y / February / 29}, sys_days{2025y / March / 1}));
    CHECK_FALSE(isOverTwelveMonthsOld(sys_days{2026y / December / 7}, sys_days{2026y / December / 7}));
    CHECK(calendarDate("2026-12-07") == sys_days{2026y / December / 7});
    CHECK_FALSE(calendarDate("2026-02-30"));
}

TEST_CASE("the validator dates reviews against the today it is given") {
    ContentCopy root;
    CHECK(validate(root, sys_days{November / 23 / 2027}).empty()); // the oldest records are dated 2026-11-23
    const auto later = validate(root, sys_days{November / 24 / 2027});
    REQUIRE_FALSE(later.empty());
    CHECK(std::all_of(later.begin(), later.end(), [](const std::string& line) {
        return line.find("warning: the review is more than 12 months old") != std::string::npos;
    }));
}

TEST_CASE("a translation that has its own file for a part needs its own review of that part") {
    ContentCopy root;
    auto manifest = readJson(root, "es/manifest.json");
    manifest["partReviews"].erase("steps");
    const int line = write(root, "es/manifest.json", manifest, "\"partReviews\"");
    const auto found = validate(root);
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0],
               Catch::EndsWith("warning: \"steps\" is missing in es, falls back to en (at /partReviews/steps)"));
    CHECK(found[1] == root.display("es/manifest.json") + ':' + std::to_string(line) +
                          ":18: error: a translation needs its own review of \"steps\" (status, by, date) (at "
                          "/partReviews/steps)");
}

TEST_CASE("a step lists every source it or any of its blocks, cards, timers and notes cites, once each") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(result.bundle);
    const auto heat = result.bundle->step("heat")->allSources();
    for (const char* id :
         {"author-protocol", "thermacare-faq", "nhs-mpft-heat", "nhs-gwent-heat", "cochrane-cd004750"}) {
        CHECK(std::count(heat.begin(), heat.end(), id) == 1);
    }
    const auto medicate = result.bundle->step("medicate")->allSources();
    CHECK(std::count(medicate.begin(), medicate.end(), "fda-label-tizanidine") == 1); // a box's research note
    const auto trusted = loader.loadTrusted(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(trusted.bundle);
    CHECK(trusted.bundle->step("heat")->allSources() == heat);
}
