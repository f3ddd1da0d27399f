// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The validator's rules beyond the loader's: translations against the base, links, pictures, text limits,
// emergency numbers, the review record, and the JSON report.
#include "core/content/content_validator.h"
#include "core/content/editorial_checks.h"
#include "core/content/link_checks.h"
#include "core/content/text_limits.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace spasmguide;
using nlohmann::json;
using spasmguide::test::ContentCopy;
using spasmguide::test::TempDir;

namespace {

constexpr std::chrono::sys_days kToday{std::chrono::December / 7 / 2026};

std::vector<std::string> validate(const ContentCopy& root) {
    ContentValidator validator(kToday);
    std::vector<std::string> out;
    for (const auto& d : validator.validateRoot(root.path())) {
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

// A parsed file made from a document, as the checks receive it.
ParsedFile parsed(const json& document) {
    Diagnostics ignored;
    auto file = parseContent("doc.json", document.dump(2), ignored);
    REQUIRE(file);
    return std::move(*file);
}

std::vector<std::string> messages(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(d.message + " @" + d.pointer);
    }
    return out;
}

} // namespace

TEST_CASE("text a translation left as the base's is flagged, but not ids, links, numbers or names") {
    ContentCopy root;
    auto patterns = readJson(root, "es/patterns.json");
    patterns["patterns"][1]["name"] = "Disc bulge or herniation"; // the English text
    const auto text = patterns.dump(2);
    root.write("es/patterns.json", text);
    const auto line =
        std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(text.find("Disc bulge")), '\n') + 1;
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK(found[0] == root.display("es/patterns.json") + ':' + std::to_string(line) +
                          ":15: warning: same text as in en (not translated yet?) (at /patterns/1/name)");
}

TEST_CASE("the app does not report untranslated text, and the validator does") {
    ContentCopy root;
    auto patterns = readJson(root, "es/patterns.json");
    patterns["patterns"][1]["name"] = "Disc bulge or herniation";
    root.write("es/patterns.json", patterns.dump(2));
    ContentLoader loader;
    CHECK(loader.load(DirectoryContentFiles(root.path()), "es").diagnostics.empty());
}

TEST_CASE("a content root without the base locale is one error, and each translation is named as not checked") {
    ContentCopy root;
    std::filesystem::remove_all(root.path() / "en");
    const auto found = validate(root);
    REQUIRE(found.size() == 2);
    CHECK(found[0] == root.display("en") + ":1:1: error: no \"en\" folder: every content root needs the base locale, "
                                           "which the others fall back to");
    CHECK(found[1] ==
          root.display("es") + ":1:1: warning: not checked: it is a translation of \"en\", which is missing");
}

TEST_CASE("a translation is checked file by file: only the files whose base has errors wait") {
    ContentCopy root;
    root.write("en/about.json", "[]");
    auto patterns = readJson(root, "es/patterns.json");
    patterns["patterns"][1]["name"] = "Disc bulge or herniation"; // the English text, in another es file
    root.write("es/patterns.json", patterns.dump(2));
    const auto found = validate(root);
    REQUIRE(found.size() == 3);
    CHECK_THAT(found[0], Catch::StartsWith(root.display("en/about.json") + ":1:1: error: wrong type"));
    CHECK_THAT(found[1], Catch::StartsWith(root.display("es/patterns.json")) &&
                             Catch::Contains("warning: same text as in en (not translated yet?)"));
    CHECK(found[2] == root.display("es/about.json") +
                          ":1:1: warning: not checked: es/about.json is compared with en/about.json, which has errors");
}

TEST_CASE("problems in two files are reported in one run: a schema error does not hide a wrong source elsewhere") {
    ContentCopy root;
    auto steps = readJson(root, "en/steps.json");
    auto& product = steps["steps"][0]["blocks"][1]["items"][0];
    product["bestFr"] = product["bestFor"]; // the UX review's misspelling
    product.erase("bestFor");
    root.write("en/steps.json", steps.dump(2));
    auto redFlags = readJson(root, "en/red-flags.json");
    redFlags["groups"][1]["signs"][0]["sources"] = json::array({"nice-cks-lpb"});
    root.write("en/red-flags.json", redFlags.dump(2));
    const auto found = validate(root);
    auto has = [&found](const std::string& file, const std::string& text) {
        return std::any_of(found.begin(), found.end(), [&](const std::string& line) {
            return line.rfind(file, 0) == 0 && line.find(text) != std::string::npos;
        });
    };
    CHECK(has(root.display("en/red-flags.json"), "error: unknown source \"nice-cks-lpb\""));
    CHECK(has(root.display("en/steps.json"), "error: missing required field \"bestFor\""));
    CHECK(has(root.display("en/steps.json"), "error: unknown field \"bestFr\""));
    CHECK(has(root.display("es/steps.json"), "warning: not checked: es/steps.json is compared with en/steps.json"));
    CHECK_FALSE(has(root.display("es"), "error:")); // the rest of es is checked, and fine
}

TEST_CASE("links must be well-formed https links") {
    CHECK_FALSE(linkProblem("https://www.nhs.uk/conditions/back-pain/"));
    CHECK_FALSE(linkProblem("https://www.amazon.com/s?k=ThermaCare+Advanced+Back+%26+Hip"));
    CHECK_FALSE(linkProblem("https://example.org:8443/x#y"));
    CHECK(linkProblem("http://www.nhs.uk") == "not a secure link: it must start with https://");
    CHECK(linkProblem("www.nhs.uk") == "not a secure link: it must start with https://");
    CHECK(linkProblem("https://www.nhs.uk/back pain") ==
          "the link holds a space or a character that must be %-encoded");
    CHECK(linkProblem("https://www.nhs.uk/espalda-señal") ==
          "the link holds a space or a character that must be %-encoded");
    CHECK(linkProblem("https:///path") == "the link has no host name");
    CHECK(linkProblem("https://") == "the link has no host name");
    CHECK(linkProblem("https://localhost/") == "\"localhost\" is not a host name such as www.example.org");
    CHECK(linkProblem("https://nhs..uk/") == "\"nhs..uk\" is not a host name such as www.example.org");
    CHECK(linkProblem("https://-nhs.uk/") == "\"-nhs.uk\" is not a host name such as www.example.org");
    CHECK(linkProblem("https://user:pw@nhs.uk/") == "the link must not hold a user name or password");
    CHECK(linkProblem("https://nhs.uk:http/") == "the link's port is not a number");
}

TEST_CASE("a bad link in the content is an error at the link") {
    ContentCopy root;
    auto about = readJson(root, "en/about.json");
    about["book"]["url"] = "https://www.amazon.com/s?k=Sciatica Secrets";
    root.write("en/about.json", about.dump(2));
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK(found[0] == root.display("en/about.json") +
                          ":10:12: error: the link holds a space or a character that must be %-encoded (at /book/url)");
}

TEST_CASE("an http link is refused by the schema with a message that says why") {
    ContentCopy root;
    auto about = readJson(root, "en/about.json");
    about["book"]["url"] = "http://www.amazon.com/";
    root.write("en/about.json", about.dump(2));
    const auto found = validate(root);
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0], Catch::EndsWith("error: not a secure link: it must start with https:// (at /book/url)"));
    CHECK_THAT(found[1],
               Catch::EndsWith("warning: not checked: es/about.json is compared with en/about.json, which has errors"));
}

TEST_CASE("pictures must be files inside the locale folder (no schema has one yet: checked on a document)") {
    TempDir root;
    root.write("en/images/heat.png", "png");
    const DirectoryContentFiles files(root.path());
    const auto file = parsed({{"icon", "images/heat.png"},
                              {"items", {{{"heroImage", "images/missing.png"}}}},
                              {"image", "../outside.png"},
                              {"stepIcon", "https://example.org/a.png"}});
    Diagnostics out;
    checkPictures(file, files, "en", out);
    const auto found = messages(out);
    REQUIRE(found.size() == 3);
    CHECK(found[0] == "\"../outside.png\" must be a path inside the en folder, such as images/heat.png @/image");
    CHECK(found[1] ==
          "no such file: " + (root.path() / "en/images/missing.png").generic_string() + " @/items/0/heroImage");
    CHECK(found[2] ==
          "\"https://example.org/a.png\" must be a path inside the en folder, such as images/heat.png @/stepIcon");
}

TEST_CASE("text over its on-screen limit is a warning, counted in characters, not bytes") {
    ContentCopy root;
    auto flags = readJson(root, "es/red-flags.json");
    flags["groups"][0]["signs"][0]["text"] = std::string(110, 'a'); // at the limit
    flags["groups"][0]["signs"][1]["text"] = std::string(55, 'a') + "ñ" + std::string(55, 'a');
    root.write("es/red-flags.json", flags.dump(2));
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0], Catch::EndsWith("warning: text is 111 characters, over the 110 that fit one line next to a "
                                         "tick box at 1280×800 (at /groups/0/signs/1/text)"));
}

TEST_CASE("every text limit names a field of the schemas and the shipped text keeps within it") {
    CHECK(characterCount("señal") == 5);
    CHECK(textLimits().size() > 30);
    for (const auto& limit : textLimits()) {
        CHECK(std::any_of(kBundleFiles.begin(), kBundleFiles.end(),
                          [&limit](const BundleFile& f) { return f.name == limit.file; }));
    }
}

TEST_CASE("duplicate regions are errors") {
    ContentCopy root;
    auto numbers = readJson(root, "en/emergency-numbers.json");
    numbers["regions"][1]["region"] = numbers["regions"][0]["region"];
    root.write("en/emergency-numbers.json", numbers.dump(2));
    const auto found = validate(root);
    REQUIRE(!found.empty()); // and es, compared with the base's file, whose problems it does not repeat
    CHECK_THAT(found[0], Catch::Contains("error: duplicate region id \"AF\""));
    CHECK(std::none_of(found.begin() + 1, found.end(),
                       [](const std::string& line) { return line.find("duplicate region") != std::string::npos; }));
}

TEST_CASE("the review date must be a real date, not in the future") {
    auto manifest = json::parse(R"({"review": {"status": "draft", "by": "Me", "date": "2026-02-30"}})");
    Diagnostics out;
    checkReview(parsed(manifest), false, kToday, out);
    manifest["review"]["date"] = "2026-12-08"; // tomorrow: a time zone ahead
    checkReview(parsed(manifest), false, kToday, out);
    manifest["review"]["date"] = "2027-01-01";
    checkReview(parsed(manifest), false, kToday, out);
    CHECK(messages(out) == std::vector<std::string>{
                               "not a date: write it year-month-day, e.g. 2026-11-23 @/review/date",
                               "the review date is in the future @/review/date",
                           });
}

TEST_CASE("a translation's review is its own") {
    ContentCopy root;
    auto manifest = readJson(root, "es/manifest.json");
    manifest["review"].erase("by");
    root.write("es/manifest.json", manifest.dump(2));
    auto found = validate(root);
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[0], Catch::EndsWith("warning: \"by\" is missing in es, falls back to en (at /review/by)"));
    CHECK_THAT(found[1], Catch::EndsWith("error: the review's \"by\" must be the translation's own, not the base's "
                                         "(at /review/by)"));

    manifest.erase("review");
    root.write("es/manifest.json", manifest.dump(2));
    found = validate(root);
    REQUIRE(found.size() == 2);
    CHECK_THAT(found[1],
               Catch::EndsWith("error: a translation needs its own \"review\" (status, by, date) (at /review)"));
}

TEST_CASE("the JSON report counts errors, warnings and notes and keeps every field") {
    const Diagnostics diagnostics{
        {"content/en/a.json", 3, 7, Severity::Error, "bad \"x\"", "/x"},
        {"content/es/a.json", 1, 1, Severity::Warning, "missing", ""},
        {"content/es/b.json", 2, 3, Severity::Note, "shown in English", "/rmdq"},
    };
    CHECK(jsonReport(diagnostics) == R"({
  "valid": false,
  "errors": 1,
  "warnings": 1,
  "notes": 1,
  "diagnostics": [
    {
      "file": "content/en/a.json",
      "line": 3,
      "column": 7,
      "severity": "error",
      "message": "bad \"x\"",
      "pointer": "/x"
    },
    {
      "file": "content/es/a.json",
      "line": 1,
      "column": 1,
      "severity": "warning",
      "message": "missing",
      "pointer": ""
    },
    {
      "file": "content/es/b.json",
      "line": 2,
      "column": 3,
      "severity": "note",
      "message": "shown in English",
      "pointer": "/rmdq"
    }
  ]
}
)");
    CHECK(json::parse(jsonReport({})) ==
          json::parse(R"({"valid": true, "errors": 0, "warnings": 0, "notes": 0, "diagnostics": []})"));
    // A note is neither: content with only notes is valid.
    CHECK_FALSE(hasErrors({{"content/es/b.json", 2, 3, Severity::Note, "shown in English", "/rmdq"}}));
    CHECK(Diagnostic{"es/b.json", 2, 3, Severity::Note, "shown in English", "/rmdq"}.format() ==
          "es/b.json:2:3: note: shown in English (at /rmdq)");
}
