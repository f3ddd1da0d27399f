// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/source_text.h"

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
    CHECK(text.tooDeepOffset() == static_cast<std::size_t>(SourceText::kMaxDepth));
}
