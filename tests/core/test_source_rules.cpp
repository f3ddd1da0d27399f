// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The shared "advice without a source" rule (content/source_rules.h) on small documents.
#include "core/content/source_rules.h"

#include <catch2/catch.hpp>

using namespace spasmguide;

namespace {

ParsedFile parsed(const std::string& text, bool borrowed = false) {
    Diagnostics ignored;
    auto file = parseContent("content/en/doc.json", text, ignored);
    REQUIRE(file);
    file->borrowed = borrowed;
    return std::move(*file);
}

const char* const kDocument = R"({
  "items": [
    {"text": "Cited", "sources": ["author-protocol"]},
    {"text": "Not cited"},
    {"text": "An empty list", "sources": []},
    {"text": "A note", "noteSources": ["nhs-back-pain"]}
  ]
})";

} // namespace

TEST_CASE("an item citing a source passes, and one citing none is reported at the item, with the severity asked for") {
    const auto file = parsed(kDocument);
    Diagnostics out;
    CHECK(requireSources(file, "/items/0", "this item", Severity::Warning, out));
    CHECK_FALSE(requireSources(file, "/items/1", "this item", Severity::Warning, out));
    CHECK_FALSE(requireSources(file, "/items/2", "the sign \"x\"", Severity::Error, out));
    REQUIRE(out.size() == 2);
    CHECK(out[0].format() ==
          "content/en/doc.json:4:5: warning: this item cites no source: add \"sources\" with the id of a source in "
          "manifest.json (\"author-protocol\" for the author's own words) (at /items/1)");
    CHECK(out[1].severity == Severity::Error);
    CHECK(out[1].line == 5);
    CHECK(out[1].column == 5);
}

TEST_CASE("the list of sources may have another name") {
    const auto file = parsed(kDocument);
    Diagnostics out;
    CHECK(requireSources(file, "/items/3", "the note", Severity::Error, out, "noteSources"));
    CHECK_FALSE(requireSources(file, "/items/0", "the note", Severity::Error, out, "noteSources"));
    REQUIRE(out.size() == 1);
    CHECK_THAT(out[0].message, Catch::StartsWith("the note cites no source: add \"noteSources\""));
}

TEST_CASE("a borrowed item, or one that is not there, is left to the base's check") {
    Diagnostics out;
    CHECK(requireSources(parsed(kDocument, true), "/items/1", "this item", Severity::Error, out));
    CHECK(requireSources(parsed(kDocument), "/items/9", "this item", Severity::Error, out));
    CHECK(out.empty());
    CHECK_FALSE(citesSource(nlohmann::json("text")));
    CHECK(citesSource(nlohmann::json::parse(R"({"sources": ["a"]})")));
}
