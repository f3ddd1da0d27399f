// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One test per class of bad input: each asserts the exact file, line and column reported, and that the
// loader returns (no crash, no exception) with no bundle.
#include "core/content/blank_text.h"
#include "core/content/content_loader.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace spasmguide;
using spasmguide::test::ContentCopy;

namespace {

std::vector<std::string> problems(const ContentCopy& root, const std::string& locale = "en") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), locale);
    CHECK_FALSE(result.bundle);
    std::vector<std::string> lines;
    for (const auto& d : result.diagnostics) {
        lines.push_back(d.format());
    }
    return lines;
}

std::string readFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

const char* const kPatternsHead = "{\n  \"patterns\": [\n";

} // namespace

TEST_CASE("truncated JSON is reported where the input ends") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) + "    {\"id\": \"disc\", \"name\": \"Disc\"");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("en/patterns.json") +
                          ":3:34: error: syntax error while parsing object - unexpected end of input; expected '}'");
}

TEST_CASE("a value of the wrong type is reported at the value") {
    ContentCopy root;
    root.write("en/patterns.json",
               std::string(kPatternsHead) +
                   "    {\"id\": \"disc\", \"name\": 42, \"explanation\": \"Local irritation\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] ==
          root.display("en/patterns.json") + ":3:28: error: wrong type: found a number (at /patterns/0/name)");
}

TEST_CASE("a missing required field is reported at the object that lacks it") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) + "    {\"id\": \"disc\", \"name\": \"Disc\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] ==
          root.display("en/patterns.json") + ":3:5: error: missing required field \"explanation\" (at /patterns/0)");
}

TEST_CASE("an unknown field is reported at that field") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) +
                                       "    {\"id\": \"disc\", \"name\": \"Disc\", \"explanation\": \"E\",\n"
                                       "     \"explenation\": \"typo\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] ==
          root.display("en/patterns.json") +
              ":4:21: error: unknown field \"explenation\" (check its spelling) (at /patterns/0/explenation)");
}

TEST_CASE("a duplicate id names both places") {
    ContentCopy root;
    root.write("en/patterns.json",
               std::string(kPatternsHead) +
                   "    {\"id\": \"disc\", \"name\": \"Disc\", \"explanation\": \"E\"},\n"
                   "    {\"id\": \"disc\", \"name\": \"Disc again\", \"explanation\": \"E\"}\n  ]\n}\n");
    auto lines = problems(root);
    // Without a finder, the warning signs' rule for the finder's "both legs" can never match: a warning only.
    lines.erase(std::remove_if(lines.begin(), lines.end(),
                               [](const std::string& line) { return line.find(": warning: ") != std::string::npos; }),
                lines.end());
    REQUIRE(lines.size() == 1);
    const auto file = root.display("en/patterns.json");
    CHECK(lines[0] ==
          file + ":4:12: error: duplicate pattern id \"disc\" (first used at " + file + ":3:12) (at /patterns/1/id)");
}

TEST_CASE("a reference to a source that does not exist is reported at the reference") {
    ContentCopy root;
    auto text = readFile(root.path() / "en/red-flags.json");
    const auto at = text.find("\"nhs-back-pain\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 15, "\"no-such-study\"");
    root.write("en/red-flags.json", text);
    // Where the reference now stands, counted independently of the loader.
    const auto line = 1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(at), '\n');
    const auto column = at - text.rfind('\n', at);
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith(root.display("en/red-flags.json") + ':' + std::to_string(line) + ':' +
                                           std::to_string(column) + ": error: unknown source \"no-such-study\""));
}

TEST_CASE("a locale with no folder is reported against the content root") {
    ContentCopy root;
    const auto lines = problems(root, "fr");
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("fr") + ":1:1: error: no content for locale \"fr\" (the folder is missing)");
}

TEST_CASE("a manifest whose locale does not match its folder") {
    ContentCopy root;
    std::filesystem::rename(root.path() / "en", root.path() / "de");
    const auto lines = problems(root, "de");
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::Contains("locale \"en\" does not match its folder \"de\" (at /locale)"));
}

TEST_CASE("a missing file, a folder in place of a file, and every problem at once") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "en/about.json");
    std::filesystem::remove(root.path() / "en/patterns.json");
    std::filesystem::create_directory(root.path() / "en/patterns.json");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == root.display("en/patterns.json") + ":1:1: error: is a directory, expected a file");
    CHECK(lines[1] == root.display("en/about.json") + ":1:1: error: file is missing");
}

TEST_CASE("invalid UTF-8 is reported at the bad byte") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) + "    {\"id\": \"disc\", \"name\": \"Di\xff\"");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith(root.display("en/patterns.json") + ":3:31: error: syntax error"));
    CHECK_THAT(lines[0], Catch::Contains("ill-formed UTF-8 byte"));
}

TEST_CASE("a 50 MB string is refused unread, and the message stays short") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) +
                                       "    {\"id\": \"disc\", \"name\": \"Disc\", \"explanation\": \"" +
                                       std::string(50 * 1024 * 1024, 'x') + "\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("en/patterns.json") + ":1:1: error: the file is 52,428,878 bytes, over the limit of "
                                                         "1,048,576 bytes (1 MB) for a content file");
}

TEST_CASE("10,000-deep nesting is refused without recursing") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(10000, '[') + std::string(10000, ']'));
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("en/patterns.json") + ":1:65: error: nesting is deeper than 64 levels");
}

TEST_CASE("text made only of spaces counts as empty") {
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) +
                                       "    {\"id\": \"disc\", \"name\": \"   \", \"explanation\": \"E\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("en/patterns.json") + ":3:28: error: text is empty (at /patterns/0/name)");
}

TEST_CASE("text of zero-width and other invisible characters counts as empty, as a reader sees it") {
    // U+200B zero-width space, U+2060 word joiner, U+00A0 no-break space, U+3000 ideographic space, U+FEFF
    const std::string invisible = "\u200b\u200b\u2060\u00a0\u3000\ufeff";
    ContentCopy root;
    root.write("en/patterns.json", std::string(kPatternsHead) + "    {\"id\": \"disc\", \"name\": \"" + invisible +
                                       "\", \"explanation\": \"E\"}\n  ]\n}\n");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0] == root.display("en/patterns.json") + ":3:28: error: text is empty (at /patterns/0/name)");
}

TEST_CASE("isVisiblyBlank: white space and format characters only, and anything visible, or not UTF-8, is text") {
    CHECK(isVisiblyBlank(""));
    CHECK(isVisiblyBlank(" \t\r\n"));
    CHECK(isVisiblyBlank("\xe2\x80\x8b"));         // U+200B
    CHECK(isVisiblyBlank("\xc2\xad\xe2\x80\x8f")); // soft hyphen, right-to-left mark
    CHECK_FALSE(isVisiblyBlank("\xe2\x80\x8b" "a"));
    CHECK_FALSE(isVisiblyBlank("\xc3\xa9"));        // é
    CHECK_FALSE(isVisiblyBlank("\xe3\x80"));        // a truncated sequence
    CHECK_FALSE(isVisiblyBlank("\xff"));
    CHECK_FALSE(isVisiblyBlank("\xf0\x9f\x98\x80")); // an emoji is visible
}

TEST_CASE("an empty file is a syntax error at 1:1") {
    ContentCopy root;
    root.write("en/about.json", "");
    const auto lines = problems(root);
    REQUIRE(lines.size() == 1);
    CHECK_THAT(lines[0], Catch::StartsWith(root.display("en/about.json") + ":1:1: error: syntax error"));
}

TEST_CASE("trusted loading of a broken bundle falls back to the full report") {
    ContentCopy root;
    root.write("en/patterns.json",
               std::string(kPatternsHead) +
                   "    {\"id\": \"disc\", \"name\": 42, \"explanation\": \"Local irritation\"}\n  ]\n}\n");
    ContentLoader loader;
    const auto result = loader.loadTrusted(DirectoryContentFiles(root.path()), "en");
    CHECK_FALSE(result.bundle);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].format() ==
          root.display("en/patterns.json") + ":3:28: error: wrong type: found a number (at /patterns/0/name)");
}
