// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// A translation (es) lacking files, keys or list items falls back to the base locale (en) item by item, and
// says so; what the base lacks, or a block of another type, is an error.
#include "core/content/content_loader.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <nlohmann/json.hpp>
#include <stdexcept>

using namespace spasmguide;
using spasmguide::test::ContentCopy;

namespace {

std::vector<std::string> lines(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    for (const auto& d : diagnostics) {
        out.push_back(d.format());
    }
    return out;
}

const Pattern& patternWithId(const ContentBundle& bundle, const std::string& id) {
    for (const auto& pattern : bundle.patterns) {
        if (pattern.id == id) {
            return pattern;
        }
    }
    FAIL("no pattern " << id);
    throw std::logic_error("unreachable");
}

// Two Spanish patterns, the second without its explanation, in the opposite order to English.
const char* const kTwoPatterns = R"({
  "patterns": [
    {"id": "disc", "name": "Hernia de disco"},
    {"id": "sciatica", "name": "Ciática", "explanation": "Irritación de un nervio"}
  ]
}
)";

} // namespace

TEST_CASE("a translation without one of its files shows the base's, with a warning at the base file") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "es/patterns.json");
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(result.bundle);
    CHECK(lines(result.diagnostics) ==
          std::vector<std::string>{root.display("en/patterns.json") + ":1:1: warning: patterns.json is missing in es, "
                                                                      "falls back to en"});
    CHECK(result.bundle->patterns.size() == 6);
    CHECK(result.bundle->patterns[0].name == "Sciatica or nerve irritation");
    CHECK(result.bundle->manifest.locale == "es");
    CHECK(result.bundle->redFlags.title ==
          nlohmann::json::parse(std::ifstream(root.path() / "es/red-flags.json")).at("title").get<std::string>());
}

TEST_CASE("missing items and keys fall back one by one, items matched by id") {
    ContentCopy root;
    root.write("es/patterns.json", kTwoPatterns);
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(result.bundle);
    const auto file = root.display("es/patterns.json");
    CHECK(lines(result.diagnostics) ==
          std::vector<std::string>{
              file + ":1:1: warning: \"finder\" is missing in es, falls back to en (at /finder)",
              file + ":2:15: warning: item \"stenosis\" is missing in es, falls back to en (at /patterns)",
              file + ":2:15: warning: item \"facet\" is missing in es, falls back to en (at /patterns)",
              file + ":2:15: warning: item \"si-joint\" is missing in es, falls back to en (at /patterns)",
              file + ":2:15: warning: item \"overload\" is missing in es, falls back to en (at /patterns)",
              file + ":3:5: warning: \"explanation\" is missing in es, falls back to en (at /patterns/0/explanation)",
              file + ":3:5: warning: \"retriggers\" is missing in es, falls back to en (at /patterns/0/retriggers)",
              file + ":4:5: warning: \"retriggers\" is missing in es, falls back to en (at /patterns/1/retriggers)",
          });
    const auto& bundle = *result.bundle;
    REQUIRE(bundle.patterns.size() == 6);
    // The translation's own order first, then what it lacks in the base's order.
    CHECK(bundle.patterns[0].id == "disc");
    CHECK(bundle.patterns[1].id == "sciatica");
    CHECK(bundle.patterns[2].id == "stenosis");
    CHECK(patternWithId(bundle, "disc").name == "Hernia de disco");
    CHECK(patternWithId(bundle, "disc").explanation ==
          "Local irritation can provoke a reflex spasm that limits motion");
    CHECK(patternWithId(bundle, "sciatica").explanation == "Irritación de un nervio");
    CHECK(patternWithId(bundle, "overload").name == "Overload and fatigue");
}

TEST_CASE("lists without ids fall back by position") {
    ContentCopy root;
    auto about = nlohmann::json::parse(std::ifstream(root.path() / "es/about.json"));
    about["credentials"] = {"Más de 50 años de experiencia propia"};
    about.erase("disclaimer");
    root.write("es/about.json", about.dump(2));
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(result.bundle);
    CHECK(result.bundle->about.credentials == std::vector<std::string>{"Más de 50 años de experiencia propia",
                                                                       "20+ years clinical work",
                                                                       "10,000+ guide downloads"});
    CHECK_THAT(result.bundle->about.disclaimer, Catch::StartsWith("This page provides"));
    const auto found = lines(result.diagnostics);
    // In file order: a missing key is reported at the object that lacks it.
    REQUIRE(found.size() == 3);
    CHECK(found[0] == root.display("es/about.json") +
                          ":1:1: warning: \"disclaimer\" is missing in es, falls back to en (at /disclaimer)");
    CHECK_THAT(found[1],
               Catch::EndsWith("warning: item 2 of 3 is missing in es, falls back to en (at /credentials/1)"));
    CHECK_THAT(found[2],
               Catch::EndsWith("warning: item 3 of 3 is missing in es, falls back to en (at /credentials/2)"));
}

TEST_CASE("an item the base does not have is an error: ids must match, so a misspelt one is caught") {
    ContentCopy root;
    root.write("es/patterns.json", R"({"patterns": [{"id": "disk", "name": "Hernia", "explanation": "E"}]})");
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    const auto found = lines(result.diagnostics);
    CHECK(std::count_if(found.begin(), found.end(), [](const std::string& line) {
              return line.find(":1:22: error: item \"disk\" is not in en (items are matched by \"id\"; is it "
                               "misspelt?) (at /patterns/0/id)") != std::string::npos;
          }) == 1);
}

TEST_CASE("a key the base does not have is shown in the translation only, with a warning") {
    ContentCopy root;
    auto flags = nlohmann::json::parse(std::ifstream(root.path() / "es/red-flags.json"));
    flags["groups"][0]["signs"][3]["detail"] = "Temperatura de 38 °C o más.";
    root.write("es/red-flags.json", flags.dump(2));
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(result.bundle);
    REQUIRE(result.diagnostics.size() == 1);
    CHECK_THAT(result.diagnostics[0].format(),
               Catch::EndsWith("warning: \"detail\" is not in en (shown in es only) (at /groups/0/signs/3/detail)"));
    CHECK(result.bundle->redFlags.sign("fever")->detail == "Temperatura de 38 °C o más.");
}

TEST_CASE("safety text is needed in every language: a warning sign or care text missing from a translation is an error") {
    ContentCopy root;
    auto flags = nlohmann::json::parse(std::ifstream(root.path() / "es/red-flags.json"));
    auto& signs = flags["groups"][0]["signs"];
    signs.erase(signs.begin() + 1); // bowel-bladder
    signs[0].erase("detail");       // progressive-weakness, "one leg or both"
    flags["care"].erase("afterCall");
    root.write("es/red-flags.json", flags.dump(2));
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle); // not shown half in English: the built-in guide is used instead
    const auto found = lines(result.diagnostics);
    const std::string needed = ": warning signs and care text are safety text, needed in every language";
    auto has = [&found](const std::string& text) {
        return std::any_of(found.begin(), found.end(),
                           [&text](const std::string& line) { return line.find(text) != std::string::npos; });
    };
    CHECK(has("error: item \"bowel-bladder\" is missing in es" + needed + " (at /groups/0/signs)"));
    CHECK(has("error: \"detail\" is missing in es" + needed + " (at /groups/0/signs/0/detail)"));
    CHECK(has("error: \"afterCall\" is missing in es" + needed + " (at /care/afterCall)"));
    // The escalation rules that hold no words (what they match is the same in every language) are taken quietly.
    CHECK_FALSE(has("finder-both-legs"));
}

TEST_CASE("a translation without red-flags.json is an error, not a fallback, in the full and the trusted load") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "es/red-flags.json");
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    CHECK(lines(result.diagnostics) ==
          std::vector<std::string>{root.display("es/red-flags.json") +
                                   ":1:1: error: file is missing: the warning signs and care text are safety text, "
                                   "needed in every language (copy en/red-flags.json and translate it)"});
    CHECK_FALSE(ContentLoader::buildTrusted(DirectoryContentFiles(root.path()), "es"));
}

TEST_CASE("a misspelt key is reported once, by the schema") {
    ContentCopy root;
    root.write("es/patterns.json", R"({"patterns": [{"id": "disc", "name": "Hernia", "explenation": "E"}]})");
    ContentLoader loader;
    const auto found = lines(loader.load(DirectoryContentFiles(root.path()), "es").diagnostics);
    CHECK(std::count_if(found.begin(), found.end(),
                        [](const std::string& line) { return line.find("explenation") != std::string::npos; }) == 1);
}

TEST_CASE("a block of another type than the base's at the same position is an error") {
    ContentCopy root;
    auto steps = nlohmann::json::parse(std::ifstream(root.path() / "es/steps.json"));
    steps["steps"][0]["blocks"][0] = {{"type", "list"}, {"items", {"Uno", "Dos"}}};
    root.write("es/steps.json", steps.dump(2));
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    const auto found = lines(result.diagnostics);
    REQUIRE_FALSE(found.empty()); // then the list's own missing source, a warning
    CHECK_THAT(found[0], Catch::EndsWith("error: a \"list\" block here but a \"paragraph\" block in en (blocks are "
                                         "matched by position) (at /steps/0/blocks/0/type)"));
}

TEST_CASE("a translation needs its own manifest") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "es/manifest.json");
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    CHECK(lines(result.diagnostics) ==
          std::vector<std::string>{root.display("es/manifest.json") +
                                   ":1:1: error: file is missing (a translation needs its own manifest, with its "
                                   "locale and review)"});
}

TEST_CASE("a broken base leaves a translation nothing to fall back to: the base's errors are reported") {
    ContentCopy root;
    root.write("en/patterns.json", "{");
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "es");
    CHECK_FALSE(result.bundle);
    const auto found = lines(result.diagnostics);
    REQUIRE(found.size() == 1);
    CHECK_THAT(found[0], Catch::StartsWith(root.display("en/patterns.json") + ":1:2: error: syntax error"));
}

TEST_CASE("trusted loading falls back per item too") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "es/about.json");
    root.write("es/patterns.json", kTwoPatterns);
    ContentLoader loader;
    const auto result = loader.loadTrusted(DirectoryContentFiles(root.path()), "es");
    REQUIRE(result.bundle);
    CHECK(result.diagnostics.empty());
    CHECK(result.bundle->about.title == "About Stephen");
    CHECK(result.bundle->patterns.size() == 6);
    CHECK(patternWithId(*result.bundle, "disc").name == "Hernia de disco");
}

TEST_CASE("the shipped Spanish bundle is complete: it loads without a fallback") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "es");
    REQUIRE(result.bundle);
    CHECK(lines(result.diagnostics).empty());
    CHECK(result.bundle->patterns.size() == 6);
}
