// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The examples in content/README.md are real. Each ```json block that follows a line
//   <!-- example: append|set <locale>/<file> <json-pointer> -->   or   <!-- example: create <locale>/<file> -->
// is applied, in order, to one copy of the shipped content, which must validate without an error after each.
//   <!-- example: copy <locale>/<file> <locale>/<file> -->   copies a file; the block after it shows the command.
// A marker ending "(with the next) -->" is checked together with the next example: safety text goes into every
// locale at once, so one locale alone is not valid.
#include "core/content/content_validator.h"
#include "temp_dir.h"

#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

using namespace spasmguide;
using nlohmann::json;
using spasmguide::test::ContentCopy;

namespace {

struct Example {
    int line = 0; // of the marker in the README, for messages
    std::string action;
    std::string file;
    std::string pointer;
    std::string text;
    bool withNext = false;
};

std::vector<Example> examplesIn(std::istream& markdown) {
    std::vector<Example> examples;
    std::string line;
    int number = 0;
    while (std::getline(markdown, line)) {
        ++number;
        if (line.rfind("<!-- example:", 0) != 0) {
            continue;
        }
        Example example;
        example.line = number;
        example.withNext = line.find("(with the next) -->") != std::string::npos;
        std::istringstream marker(line.substr(13));
        marker >> example.action >> example.file;
        if (example.action != "create") {
            marker >> example.pointer;
        }
        REQUIRE(std::getline(markdown, line));
        ++number;
        INFO("README line " << number);
        REQUIRE(line == (example.action == "copy" ? "```" : "```json"));
        while (std::getline(markdown, line) && line != "```") {
            ++number;
            example.text += line + '\n';
        }
        ++number;
        examples.push_back(std::move(example));
    }
    return examples;
}

void apply(const Example& example, const ContentCopy& root) {
    if (example.action == "copy") {
        std::ifstream in(root.path() / example.file, std::ios::binary);
        std::stringstream bytes;
        bytes << in.rdbuf();
        root.write(example.pointer, bytes.str());
        return;
    }
    const auto value = json::parse(example.text);
    if (example.action == "create") {
        root.write(example.file, value.dump(2));
        return;
    }
    auto document = json::parse(std::ifstream(root.path() / example.file));
    const json::json_pointer pointer(example.pointer);
    if (example.action == "append") {
        document.at(pointer).push_back(value);
    } else {
        REQUIRE(example.action == "set");
        document[pointer] = value;
    }
    root.write(example.file, document.dump(2));
}

} // namespace

TEST_CASE("every example in the editor's guide validates when applied to the shipped content") {
    std::ifstream readme(std::string(SPASMGUIDE_CONTENT_DIR) + "/README.md");
    REQUIRE(readme);
    const auto examples = examplesIn(readme);
    // A product card, a red flag, a pattern and a language, at least.
    REQUIRE(examples.size() >= 4);
    ContentCopy root;
    ContentValidator validator(std::chrono::sys_days{std::chrono::December / 7 / 2026});
    for (const auto& example : examples) {
        INFO("content/README.md:" << example.line << ": " << example.action << ' ' << example.file << ' '
                                  << example.pointer);
        apply(example, root);
        if (example.withNext) {
            continue;
        }
        std::string report;
        for (const auto& d : validator.validateRoot(root.path())) {
            report += d.format() + '\n';
        }
        INFO(report);
        CHECK(report.find(": error: ") == std::string::npos);
    }
}
