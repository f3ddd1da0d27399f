// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a careless editor or a Windows editor hands the loader: a byte-order mark, UTF-16, CRLF, a number too
// large for a double, files, texts and lists past the limits of input_limits.h, a repeated key. Each is read or
// refused with an exact file:line:col, never a crash or an exception.
#include "core/content/content_loader.h"
#include "core/content/input_limits.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace spasmguide;
using spasmguide::test::ContentCopy;

namespace {

LoadResult load(const ContentCopy& root, const std::string& locale = "en") {
    ContentLoader loader;
    return loader.load(DirectoryContentFiles(root.path()), locale);
}

std::vector<std::string> lines(const Diagnostics& diagnostics, Severity severity) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        if (d.severity == severity) {
            out.push_back(d.format());
        }
    }
    return out;
}

std::string shipped(const std::string& relative) {
    std::ifstream in(std::filesystem::path(SPASMGUIDE_CONTENT_DIR) / relative, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// ASCII text as UTF-16 or UTF-32 bytes, with the mark an editor writes when asked to.
std::string widen(const std::string& ascii, int width, bool bigEndian, bool mark) {
    std::string out;
    const auto put = [&](unsigned value) {
        for (int i = 0; i < width; ++i) {
            const int shift = bigEndian ? 8 * (width - 1 - i) : 8 * i;
            out += static_cast<char>((value >> shift) & 0xFFU);
        }
    };
    if (mark) {
        put(0xFEFF);
    }
    for (const char c : ascii) {
        put(static_cast<unsigned char>(c));
    }
    return out;
}

const char* const kBom = "\xEF\xBB\xBF";

} // namespace

TEST_CASE("a UTF-8 byte-order mark is read, with a warning, and columns on line 1 ignore it") {
    ContentCopy root;
    for (const auto* name : {"manifest.json", "red-flags.json", "steps.json"}) {
        root.write(std::string("en/") + name, kBom + shipped(std::string("en/") + name));
    }
    const auto result = load(root);
    CHECK(result.bundle);
    CHECK(lines(result.diagnostics, Severity::Warning).size() == 3);
    CHECK(lines(result.diagnostics, Severity::Warning).front() ==
          root.display("en/manifest.json") +
              ":1:1: warning: the file starts with a byte-order mark (BOM); it is read correctly, but save it as "
              "UTF-8 without a BOM for other tools");

    root.write("en/steps.json", std::string(kBom) + R"({"steps": 5})");
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{root.display("en/steps.json") +
                                   ":1:11: error: wrong type: found a number (at /steps)"});
}

TEST_CASE("UTF-16 and UTF-32 files, with or without a mark, are asked for again as UTF-8") {
    const std::string text = shipped("en/about.json");
    struct Case {
        int width;
        bool bigEndian;
        bool mark;
        const char* name;
    };
    for (const Case& c :
         {Case{2, false, true, "UTF-16 (little-endian)"}, Case{2, true, true, "UTF-16 (big-endian)"},
          Case{2, false, false, "UTF-16 (little-endian)"}, Case{2, true, false, "UTF-16 (big-endian)"},
          Case{4, false, true, "UTF-32 (little-endian)"}, Case{4, true, true, "UTF-32 (big-endian)"},
          Case{4, false, false, "UTF-32 (little-endian)"}, Case{4, true, false, "UTF-32 (big-endian)"}}) {
        ContentCopy root;
        root.write("en/about.json", widen(text, c.width, c.bigEndian, c.mark));
        const auto result = load(root);
        CHECK_FALSE(result.bundle);
        CHECK(lines(result.diagnostics, Severity::Error) ==
              std::vector<std::string>{root.display("en/about.json") + ":1:1: error: the file is saved as " + c.name +
                                       "; content files must be UTF-8: save it again choosing the UTF-8 encoding"});
    }
}

TEST_CASE("CRLF line ends load, and errors after them are on the right line") {
    ContentCopy root;
    for (const auto* name : {"manifest.json", "steps.json", "plan.json"}) {
        std::string text = shipped(std::string("en/") + name);
        std::string crlf;
        for (const char c : text) {
            crlf += c == '\n' ? std::string("\r\n") : std::string(1, c);
        }
        root.write(std::string("en/") + name, crlf);
    }
    CHECK(load(root).bundle);
    root.write("en/patterns.json", "{\r\n  \"patterns\": [\r\n    {\"id\": \"disc\", \"name\": 42}\r\n  ]\r\n}\r\n");
    const auto errors = lines(load(root).diagnostics, Severity::Error);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.back() ==
          root.display("en/patterns.json") + ":3:28: error: wrong type: found a number (at /patterns/0/name)");
}

TEST_CASE("a number beyond a double's range is a located error, not an exception") {
    ContentCopy root;
    for (const char* number : {"1e999", "-1e999", "123456789e400"}) {
        root.write("en/steps.json", std::string(R"({"steps": [{"id": "heat", "number": 1, "x": "1e999"},)") +
                                        "\n  {\"number\": " + number + "}]}");
        CHECK(
            lines(load(root).diagnostics, Severity::Error) ==
            std::vector<std::string>{root.display("en/steps.json") +
                                     ":2:14: error: number is out of range (larger than any number a file can hold)"});
    }
    // Underflow reads as zero, as JSON parsers do; the schema has its say about it.
    root.write("en/steps.json", R"({"steps": [{"id": "heat", "number": 1e-999}]})");
    const auto errors = lines(load(root).diagnostics, Severity::Error);
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.front().find("out of range") == std::string::npos);
}

TEST_CASE("a file over 1 MB is refused unread, at line 1") {
    ContentCopy root;
    // The 200,000 warning signs that took 31 s and 2.8 GB to reach the first paint.
    std::string signs = R"({"title": "t", "intro": "i", "emergency": {"heading": "h", "action": "a", "signs": [)";
    for (int i = 0; i < 200000; ++i) {
        signs += std::string(i == 0 ? "" : ",") + R"({"id": "sign-)" + std::to_string(i) +
                 R"(", "text": "Severe or progressive weakness", "sources": ["nhs-back-pain"]})";
    }
    signs += "]}}";
    root.write("en/red-flags.json", signs);
    const auto result = load(root);
    CHECK_FALSE(result.bundle);
    CHECK(lines(result.diagnostics, Severity::Error) ==
          std::vector<std::string>{root.display("en/red-flags.json") +
                                   ":1:1: error: " + fileTooLargeMessage(signs.size())});
    CHECK(fileTooLargeMessage(2000000) ==
          "the file is 2,000,000 bytes, over the limit of 1,048,576 bytes (1 MB) for a content file");

    // Sources that hold their files in memory are held to the same limit.
    Diagnostics out;
    CHECK_FALSE(parseContent("memory.json", "[" + std::string(kMaxContentFileBytes, ' ') + "]", out));
    REQUIRE(out.size() == 1);
    CHECK(out[0].format() == "memory.json:1:1: error: " + fileTooLargeMessage(kMaxContentFileBytes + 2));
}

TEST_CASE("a list over 1,000 items is refused at the list") {
    ContentCopy root;
    std::string signs = "{\"emergency\": {\"signs\":\n  [";
    for (int i = 0; i <= 1000; ++i) {
        signs += std::string(i == 0 ? "" : ",") + R"({"id": "s)" + std::to_string(i) + R"(", "text": "t"})";
    }
    signs += "]}}";
    root.write("en/red-flags.json", signs);
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{
              root.display("en/red-flags.json") +
              ":2:3: error: the list has 1,001 items, over the limit of 1,000 (at /emergency/signs)"});
}

TEST_CASE("an object over 1,000 members is refused at the object") {
    ContentCopy root;
    std::string about = "{\"credentials\": [], \"x\": {";
    for (int i = 0; i <= 1000; ++i) {
        about += std::string(i == 0 ? "" : ",") + "\"k" + std::to_string(i) + "\": 1";
    }
    about += "}}";
    root.write("en/about.json", about);
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{root.display("en/about.json") +
                                   ":1:26: error: the object has 1,001 members, over the limit of 1,000 (at /x)"});
}

TEST_CASE("a text or a key over 10,000 characters is refused where it starts, counted in characters") {
    ContentCopy root;
    std::string longText;
    for (std::size_t i = 0; i <= kMaxTextCharacters; ++i) {
        longText += "é"; // two bytes, one character
    }
    root.write("en/about.json", "{\"title\": \"" + longText + "\",\n \"" + std::string(10001, 'k') + "\": 1}");
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{root.display("en/about.json") +
                                       ":1:11: error: text is 10,001 characters, over the limit of 10,000 (at /title)",
                                   root.display("en/about.json") +
                                       ":2:10007: error: key is 10,001 characters, over the limit of 10,000 (at /" +
                                       std::string(10001, 'k') + ")"});
    // Exactly at the limit is fine as far as the limits go (the screens' own text limits warn far sooner).
    longText.erase(0, 2);
    root.write("en/about.json", "{\"title\": \"" + longText + "\"}");
    for (const auto& line : lines(load(root).diagnostics, Severity::Error)) {
        CHECK(line.find("over the limit of 10,000") == std::string::npos);
    }
}

TEST_CASE("a key repeated in one object is refused at its second appearance") {
    ContentCopy root;
    root.write("en/about.json", "{\"title\": \"A\",\n  \"title\": \"B\"}");
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{
              root.display("en/about.json") +
              ":2:3: error: key \"title\" appears twice in this object: only the last would be used, so remove one"});
}

TEST_CASE("nesting too deep is refused before parsing, at the bracket past the limit") {
    ContentCopy root;
    root.write("en/about.json", std::string(100, '[') + std::string(100, ']'));
    CHECK(lines(load(root).diagnostics, Severity::Error) ==
          std::vector<std::string>{root.display("en/about.json") + ":1:65: error: nesting is deeper than 64 levels"});
}
