// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/source_text.h"

#include <catch2/catch.hpp>

using spasmguide::SourceText;

TEST_CASE("positions are 1-based lines and character columns") {
    SourceText text("{\n  \"a\": \"é\", \"b\": 1\n}");
    CHECK(text.positionOf(0).line == 1);
    CHECK(text.positionOf(0).column == 1);
    // "b" sits after a two-byte é, so its byte offset is one more than its column suggests.
    const auto b = text.text().find("\"b\"");
    CHECK(text.positionOf(b).line == 2);
    CHECK(text.positionOf(b).column == 13);
    CHECK(text.positionOf(text.text().size()).line == 3);
}

TEST_CASE("every value is found by its JSON pointer") {
    SourceText text(R"({"list": [1, {"x/y": "v"}, []], "e": {}, "t~": true})");
    REQUIRE(text.indexValues());
    CHECK(text.offsetOf("") == 0);
    CHECK(text.offsetOf("/list") == 9);
    CHECK(text.offsetOf("/list/0") == 10);
    CHECK(text.offsetOf("/list/1") == 13);
    CHECK(text.offsetOf("/list/1/x~1y") == 21);
    CHECK(text.offsetOf("/list/2") == 27);
    CHECK(text.offsetOf("/e") == 37);
    CHECK(text.offsetOf("/t~0") == 47);
    // Unknown pointers fall back to the nearest ancestor that exists.
    CHECK(text.offsetOf("/list/1/missing") == 13);
    CHECK(text.offsetOf("/list/2/0") == 27);
}

TEST_CASE("escaped keys are decoded before they become pointer tokens") {
    SourceText text(R"({"a\"b": 5})");
    REQUIRE(text.indexValues());
    CHECK(text.offsetOf("/a\"b") == 9);
}

TEST_CASE("nesting beyond the limit is refused with its position") {
    std::string deep(100, '[');
    deep += std::string(100, ']');
    SourceText text(deep);
    CHECK_FALSE(text.indexValues());
    CHECK(text.problem().kind == SourceText::Problem::Kind::TooDeep);
    CHECK(text.problem().offset == static_cast<std::size_t>(SourceText::kMaxDepth));
}

// SourceText as a parser of bytes the JSON parser may not have seen: every way out of indexValues() on
// malformed input returns, with the kind of problem and where.
namespace {
SourceText::Problem problemOf(std::string bytes) {
    SourceText text(std::move(bytes));
    CHECK_FALSE(text.indexValues());
    return text.problem();
}
} // namespace

TEST_CASE("a closing bracket with nothing open is malformed, not a pop of an empty stack") {
    using Kind = SourceText::Problem::Kind;
    CHECK(problemOf("]").kind == Kind::Malformed);
    CHECK(problemOf("}").offset == 0);
    CHECK(problemOf("{}}").offset == 2);
    CHECK(problemOf("[1]]").offset == 3);
}

TEST_CASE("a bracket that closes the other kind is malformed") {
    CHECK(problemOf("[1}").offset == 2);
    CHECK(problemOf("{\"a\": 1]").offset == 7);
}

TEST_CASE("a byte-order mark left in the text does not crash the index") {
    // The loader drops it first; without that, the index stops at the first thing it cannot place.
    const auto problem = problemOf("\xEF\xBB\xBF{\"a\": [1, {\"b\": \"}]\"}]}");
    CHECK(problem.kind == SourceText::Problem::Kind::Malformed);
}

TEST_CASE("a list or object never closed is malformed at the end of the text") {
    CHECK(problemOf("[1, 2").offset == 5);
    CHECK(problemOf("{\"a\": {").offset == 7);
}

TEST_CASE("a string never closed ends the index at the end of the text") {
    CHECK(problemOf("[\"abc").offset == 5);
    CHECK(problemOf("[\"abc\\").offset == 6);
}

TEST_CASE("a key never closed, or with an escape JSON does not know, is malformed at the key") {
    CHECK(problemOf("{\"abc").offset == 1);
    CHECK(problemOf("{\"a\\qb\": 1}").offset == 1);
    CHECK(problemOf("{\"a\\u12\": 1}").offset == 1);
}

TEST_CASE("a second top-level value or a stray word is malformed where it starts") {
    CHECK(problemOf("{} \"x\"").offset == 3);
    CHECK(problemOf("[1] 2").offset == 4);
    CHECK(problemOf("{\"a\": 1 b}").offset == 8);
}

TEST_CASE("a key repeated in one object is reported at its second appearance") {
    const auto problem = problemOf("{\"a\": 1,\n \"b\": {\"a\": 2}, \"a\": 3}");
    CHECK(problem.kind == SourceText::Problem::Kind::DuplicateKey);
    CHECK(problem.key == "a");
    CHECK(problem.offset == 25);
    // The same key in different objects, or a list's items, are not repeats.
    SourceText fine(R"([{"a": 1}, {"a": 2}, {"b": {"a": 3}}])");
    CHECK(fine.indexValues());
}

TEST_CASE("what the index tolerates: trailing commas, empty text, empty containers") {
    for (const char* text : {"[1,]", "", "[]", "{}", "[[], {}]", "  7  ", "\"s\""}) {
        SourceText source(text);
        CHECK(source.indexValues());
        CHECK(source.problem().kind == SourceText::Problem::Kind::None);
    }
}

TEST_CASE("lines end at LF, CRLF and a lone CR") {
    SourceText crlf("{\r\n  \"a\": 1\r\n}");
    CHECK(crlf.positionOf(crlf.text().find('"')).line == 2);
    CHECK(crlf.positionOf(crlf.text().find('"')).column == 3);
    CHECK(crlf.positionOf(crlf.text().find('}')).line == 3);
    SourceText cr("{\r  \"a\": 1\r}");
    CHECK(cr.positionOf(cr.text().find('"')).line == 2);
    CHECK(cr.positionOf(cr.text().find('}')).line == 3);
}

TEST_CASE("a position past the end is clamped to the end") {
    SourceText text("ab\ncd");
    CHECK(text.positionOf(1000).line == 2);
    CHECK(text.positionOf(1000).column == 3);
}

TEST_CASE("the depth count ignores brackets in strings and never goes below zero") {
    CHECK(spasmguide::nestingDepth("]]]][") == 1);
    CHECK(spasmguide::nestingDepth(R"(["\"[[[", "\\"])") == 1);
    CHECK(spasmguide::nestingDepth("[\"unterminated [[[") == 1);
}
