// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// One test per problem the content fuzzer (tests/fuzz) found; each input is also replayed by the fuzzer itself
// from tests/fuzz/regressions/, under ASan and UBSan.
#include "core/content/content_loader.h"
#include "core/content/source_text.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>

using namespace spasmguide;
using spasmguide::test::ContentCopy;

namespace {

// The errors, leaving out the warnings about the steps this small file leaves to English.
std::vector<std::string> errors(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        if (d.severity == Severity::Error) {
            out.push_back(d.format());
        }
    }
    return out;
}

} // namespace

TEST_CASE("fuzz: a step numbered 1e30 is refused, not cast to int, on the trusted path too") {
    // regressions/step-number-out-of-int-range: the trusted loader converted the float to int (undefined
    // behaviour) and built a bundle without a word; it must fall back to the full check instead.
    ContentCopy root;
    root.write("es/steps.json", R"({"steps": [{"id": "heat", "number": 1e30}]})");
    ContentLoader loader;
    const auto result = loader.loadTrusted(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    const auto at = root.display("es/steps.json") + ":1:37: error: ";
    CHECK(errors(result.diagnostics) ==
          std::vector<std::string>{at + "value is too large: at most 99 (at /steps/0/number)",
                                   at + "wrong type: found a number (at /steps/0/number)"});
}

TEST_CASE("fuzz: a whole step number beyond int is a schema error, not a wrapped-around duplicate") {
    ContentCopy root;
    root.write("es/steps.json", R"({"steps": [{"id": "heat", "number": 4294967297}]})");
    ContentLoader loader;
    const auto result = loader.loadTrusted(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    CHECK(errors(result.diagnostics) ==
          std::vector<std::string>{root.display("es/steps.json") +
                                   ":1:37: error: value is too large: at most 99 (at /steps/0/number)"});
}

TEST_CASE("fuzz: a translation nested 200,000 deep is refused before the trusted path copies it") {
    // regressions/translation-nested-10000-deep: merging a translation over English copied the document
    // recursively, overflowing the stack, before anything checked its depth.
    ContentCopy root;
    root.write("es/steps.json", std::string(200000, '[') + std::string(200000, ']'));
    ContentLoader loader;
    const auto result = loader.loadTrusted(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    CHECK(errors(result.diagnostics) ==
          std::vector<std::string>{root.display("es/steps.json") + ":1:65: error: nesting is deeper than 64 levels"});
    CHECK(nestingDepth(R"({"a": ["[[[", {"b": "\"{"}]})") == 3);
    CHECK(nestingDepth("[]") == 1);
    CHECK(nestingDepth("") == 0);
}
