// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The pattern finder: scoring rules on a table of answer sets, pre-fill from the log, and the shipped content.
#include "core/content/content_loader.h"
#include "core/patterns/pattern_scoring.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace spasmguide;

namespace {

// A small finder: "leg" and "tingling" (one answer each), "moves" (several answers), minimum score 2.
PatternFinder smallFinder() {
    PatternFinder finder;
    finder.minimumScore = 2;
    finder.questions = {
        {"leg",
         "Leg?",
         false,
         {{"both", "Both legs", {"area:below-knee-left+below-knee-right"}},
          {"below-knee", "Below", {"area:below-knee-left"}},
          {"no", "No", {}}}},
        {"tingling", "Tingling?", false, {{"yes", "Yes", {}}, {"no", "No", {}}}},
        {"moves",
         "Moves?",
         true,
         {{"bending", "Bending", {"worse:static-postures"}},
          {"arching", "Arching", {}},
          {"lifting", "Lifting", {"trigger:lifting"}},
          {"twisting", "Twisting", {}}}},
    };
    auto rule = [](const char* q, const char* a, const char* p, int w) {
        return FinderRule{q, a, p, w, {"nhs-sciatica"}, false};
    };
    finder.rules = {
        rule("leg", "below-knee", "sciatica", 2), rule("tingling", "yes", "sciatica", 2),
        rule("moves", "bending", "disc", 2),      rule("leg", "below-knee", "disc", 1),
        rule("moves", "arching", "facet", 3),     rule("moves", "twisting", "facet", 1),
        rule("leg", "below-knee", "facet", -1),   rule("moves", "lifting", "overload", 2),
        rule("moves", "bending", "overload", 1),  rule("moves", "twisting", "overload", 1),
    };
    return finder;
}

std::vector<Pattern> smallPatterns() {
    return {{"sciatica", "S", "", {}, {}},
            {"disc", "D", "", {}, {}},
            {"facet", "F", "", {}, {}},
            {"overload", "O", "", {}, {}}};
}

std::vector<PatternFit> fitsFor(const FinderAnswers& answers) {
    return scorePatterns(smallFinder(), smallPatterns(), answers).asFits();
}

} // namespace

TEST_CASE("a pattern is mentioned only with two supporting answers and the minimum score, most in common first") {
    struct Row {
        const char* name;
        FinderAnswers answers;
        std::vector<PatternFit> expected;
    };
    const std::vector<Row> table{
        {"nothing answered: no match", {}, {}},
        {"answers no rule names: no match", {{"leg", {"no"}}}, {}},
        {"one answer is never enough, however strong", {{"leg", {"below-knee"}}}, {}},
        {"one strong answer among several answers is still one", {{"moves", {"arching"}}, {"tingling", {"no"}}}, {}},
        {"two supporting answers", {{"leg", {"below-knee"}}, {"tingling", {"yes"}}}, {{"sciatica", 4}}},
        {"two answers of a several-answers question add up", {{"moves", {"bending", "lifting"}}}, {{"overload", 3}}},
        {"two answers at exactly the minimum score", {{"moves", {"bending", "twisting"}}}, {{"overload", 2}}},
        {"a negative weight lowers a pattern, and is no support",
         {{"leg", {"below-knee"}}, {"moves", {"arching", "twisting"}}},
         {{"facet", 3}}},
        {"more in common first, a tie in the patterns' order",
         {{"leg", {"below-knee"}}, {"tingling", {"yes"}}, {"moves", {"bending", "lifting"}}},
         {{"sciatica", 4}, {"disc", 3}, {"overload", 3}}},
        {"a one-answer question counts only its first chosen answer",
         {{"leg", {"no", "below-knee"}}, {"tingling", {"yes"}}},
         {{"sciatica", 4}}},
        {"unknown questions and answers are ignored", {{"hips", {"yes"}}, {"moves", {"skipping"}}}, {}},
    };
    for (const auto& row : table) {
        INFO(row.name);
        CHECK(fitsFor(row.answers) == row.expected);
    }
}

TEST_CASE("a result explains itself with the answers it has in common with each pattern") {
    const auto outcome = scorePatterns(smallFinder(), smallPatterns(),
                                       {{"leg", {"below-knee"}}, {"tingling", {"yes"}}, {"moves", {"arching", "twisting"}}});
    REQUIRE(outcome.fits.size() == 2); // disc and overload have one supporting answer each
    CHECK(outcome.fits[0].patternId == "sciatica");
    CHECK(outcome.fits[0].reasons == std::vector<ScoreReason>{{"leg", "below-knee", 2}, {"tingling", "yes", 2}});
    // facet: 3 + 1 from the moves, -1 from below the knee; only what pointed towards it is a reason.
    CHECK(outcome.fits[1].patternId == "facet");
    CHECK(outcome.fits[1].score == 3);
    CHECK(outcome.fits[1].reasons == std::vector<ScoreReason>{{"moves", "arching", 3}, {"moves", "twisting", 1}});
    CHECK(outcome.fits[1].reasons.size() >= kSupportingAnswersNeeded);
    CHECK_FALSE(outcome.tiedAtTop());
    CHECK(scorePatterns(smallFinder(), smallPatterns(), {{"moves", {"arching", "twisting", "lifting", "bending"}}})
              .tiedAtTop());
    CHECK(scorePatterns(smallFinder(), smallPatterns(), {}).noMatch());
}

TEST_CASE("the log pre-fills answers through each answer's hints") {
    const auto finder = smallFinder();
    CHECK(prefillAnswers(finder, {}).empty());
    LogHints hints;
    hints.areas = {BodyArea::BelowKneeLeft, BodyArea::HipRight};
    hints.triggers = {"lifting"};
    hints.worse = {"static-postures", "ice"};
    CHECK(prefillAnswers(finder, hints) == FinderAnswers{{"leg", {"below-knee"}}, {"moves", {"bending", "lifting"}}});
    hints.areas = {BodyArea::BelowKneeRight}; // the hint names the left leg only
    CHECK(prefillAnswers(finder, hints).count("leg") == 0);
    // "a+b" needs every area: both legs marked choose "both", the more specific answer put first.
    hints.areas = {BodyArea::BelowKneeLeft, BodyArea::BelowKneeRight};
    CHECK(prefillAnswers(finder, hints).at("leg") == std::set<std::string>{"both"});
}

TEST_CASE("the shipped finder's prefill reads the buttock as well as the thigh, and both legs as both legs") {
    ContentLoader loader;
    const auto loaded = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(loaded.bundle);
    const auto& finder = *loaded.bundle->finder;
    LogHints hints;
    hints.areas = {BodyArea::ButtockRight};
    CHECK(prefillAnswers(finder, hints).at("leg") == std::set<std::string>{"above-knee"});
    hints.areas = {BodyArea::BelowKneeLeft, BodyArea::BelowKneeRight};
    CHECK(prefillAnswers(finder, hints).at("leg") == std::set<std::string>{"both-legs"});
    hints.areas = {BodyArea::BelowKneeLeft};
    CHECK(prefillAnswers(finder, hints).at("leg") == std::set<std::string>{"below-knee"});
}

TEST_CASE("answers are stored in the content's order, without unknown ids") {
    const auto ordered =
        orderedAnswers(smallFinder(), {{"moves", {"lifting", "bending", "flying"}}, {"hips", {"yes"}}});
    CHECK(ordered == std::map<std::string, std::vector<std::string>>{{"moves", {"bending", "lifting"}}});
}

TEST_CASE("the shipped finder asks about all six patterns and reads the issue's cues") {
    for (const char* locale : {"en", "es"}) {
        INFO(locale);
        ContentLoader loader;
        const auto loaded = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), locale);
        REQUIRE(loaded.bundle);
        REQUIRE(loaded.bundle->finder);
        const auto& finder = *loaded.bundle->finder;
        const auto& patterns = loaded.bundle->patterns;
        auto best = [&](const FinderAnswers& answers) {
            const auto outcome = scorePatterns(finder, patterns, answers);
            return outcome.noMatch() ? std::string("none") : outcome.fits.front().patternId;
        };
        CHECK(best({{"leg", {"below-knee"}}, {"leg-tingling", {"yes"}}}) == "sciatica");
        CHECK(best({{"bending-sitting", {"worse"}}, {"leg-tingling", {"yes"}}}) == "disc");
        CHECK(best({{"bending-sitting", {"easier"}}, {"standing-walking", {"worse"}}}) == "stenosis");
        CHECK(best({{"arching-twisting", {"yes"}}, {"standing-walking", {"worse"}}}) == "facet");
        CHECK(best({{"pelvis", {"yes"}}, {"stairs-rolling", {"yes"}}}) == "si-joint");
        CHECK(best({{"before", {"lifting", "twisting"}}}) == "overload");
        CHECK(best({{"before", {"poor-sleep", "dehydration", "stress"}}}) == "overload");
        // One answer, whichever, mentions no pattern: the review found single answers gave "disc + facet".
        for (const auto& [question, answer] : std::vector<std::pair<std::string, std::string>>{
                 {"leg", "below-knee"},
                 {"bending-sitting", "worse"},
                 {"arching-twisting", "yes"},
                 {"before", "lifting"},
                 {"standing-walking", "worse"}}) {
            INFO(question);
            CHECK(best({{question, {answer}}}) == "none");
        }
        CHECK(best({{"leg", {"back-only"}}, {"arching-twisting", {"no"}}}) == "none");
        for (const auto& rule : finder.rules) {
            INFO(rule.question << "/" << rule.answer << " -> " << rule.pattern);
            CHECK((!rule.sources.empty() || rule.authorFramework));
        }
        for (const auto& pattern : patterns) {
            INFO(pattern.id);
            CHECK_FALSE(pattern.retriggers.empty());
            CHECK_FALSE(pattern.sources.empty());
            for (const auto& retrigger : pattern.retriggers) {
                INFO(retrigger.text);
                CHECK_FALSE(retrigger.sources.empty()); // cited to what actually says it
            }
        }
    }
}

namespace {

std::string readText(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The "line:col" of `offset` in `text`, plus `shift` columns.
std::string positionOf(const std::string& text, std::size_t offset, int shift) {
    const auto line = std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n') + 1;
    const auto lineStart = text.rfind('\n', offset);
    const auto column = offset - (lineStart == std::string::npos ? 0 : lineStart + 1) + 1 + shift;
    return std::to_string(line) + ':' + std::to_string(column);
}

std::vector<std::string> errorsAfter(const std::string& from, const std::string& to, std::string* where) {
    test::ContentCopy root;
    auto text = readText(root.path() / "en/patterns.json");
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    text.replace(at, from.size(), to);
    root.write("en/patterns.json", text);
    *where = root.display("en/patterns.json") + ':' + positionOf(text, at, static_cast<int>(to.find(": ") + 2));
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "en");
    CHECK_FALSE(result.bundle);
    std::vector<std::string> lines;
    for (const auto& d : result.diagnostics) {
        if (d.severity == Severity::Error) {
            lines.push_back(d.format());
        }
    }
    return lines;
}

// Diagnostics end with " (at <pointer>)"; the tests compare what comes before.
std::string withoutPointer(const std::string& line) {
    return line.substr(0, line.rfind(" (at /"));
}

} // namespace

TEST_CASE("the validator reports rules naming unknown questions, answers and patterns where they are") {
    std::string where;
    auto lines = errorsAfter(R"("question": "pelvis")", R"("question": "pelvic")", &where);
    REQUIRE(lines.size() == 1);
    CHECK(withoutPointer(lines[0]) == where + ": error: unknown question \"pelvic\": add it to \"questions\"");

    lines = errorsAfter(R"("answer": "below-knee")", R"("answer": "below-knees")", &where);
    REQUIRE(lines.size() == 1);
    CHECK(withoutPointer(lines[0]) ==
          where + ": error: question \"leg\" has no answer \"below-knees\" (its answers: \"above-knee\", "
                  "\"back-only\", \"below-knee\", \"both-legs\")");

    lines = errorsAfter(R"("pattern": "facet")", R"("pattern": "facets")", &where);
    REQUIRE(lines.size() == 1);
    CHECK(withoutPointer(lines[0]) ==
          where + ": error: unknown pattern \"facets\" (the patterns: \"disc\", \"facet\", \"overload\", "
                  "\"sciatica\", \"si-joint\", \"stenosis\")");

    lines = errorsAfter(R"("area:thigh-left")", R"("area:calf-left")", &where);
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].find(": error: unknown body-map area \"calf-left\"") != std::string::npos);
}

TEST_CASE("the validator reports repeated question and answer ids, and warns of a pattern no rule suggests") {
    std::string where;
    auto lines = errorsAfter(R"("id": "stairs-rolling")", R"("id": "pelvis")", &where);
    CHECK(std::count_if(lines.begin(), lines.end(), [&where](const std::string& line) {
              return withoutPointer(line) == where + ": error: duplicate question id \"pelvis\"";
          }) == 1);

    lines = errorsAfter(R"("id": "above-knee")", R"("id": "below-knee")", &where);
    REQUIRE(lines.size() == 1);
    CHECK(withoutPointer(lines[0]) == where + ": error: duplicate answer id \"below-knee\" in question \"leg\"");

    test::ContentCopy root;
    auto text = readText(root.path() / "en/patterns.json");
    const std::string rule = R"("pattern": "facet",)";
    for (auto at = text.find(rule); at != std::string::npos; at = text.find(rule)) {
        text.replace(at, rule.size(), R"("pattern": "disc",)");
    }
    root.write("en/patterns.json", text);
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "en");
    CHECK(result.bundle); // a warning only
    REQUIRE(result.diagnostics.size() == 1);
    CHECK(result.diagnostics[0].message ==
          "no rule with a positive weight names pattern \"facet\", so the pattern finder never suggests it");
}

TEST_CASE("a finder rule cites a source or says it follows the author's framework, and neither is a warning") {
    test::ContentCopy root;
    auto text = readText(root.path() / "en/patterns.json");
    const std::string cited = R"("weight": 1,
        "sources": [
          "mgb-si-joint"
        ])";
    const auto first = text.find(cited);
    REQUIRE(first != std::string::npos);
    text.replace(first, cited.size(), R"("weight": 1)");
    const auto second = text.find(cited);
    REQUIRE(second != std::string::npos);
    text.replace(second, cited.size(), R"("weight": 1, "basis": "author-framework")");
    root.write("en/patterns.json", text);
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(root.path()), "en");
    REQUIRE(result.bundle);
    REQUIRE(result.diagnostics.size() == 1);
    const auto rule = text.rfind('{', first);
    CHECK(result.diagnostics[0].format() ==
          root.display("en/patterns.json") + ':' + positionOf(text, rule, 0) +
              ": warning: a rule needs \"sources\" (what says the answer goes with the pattern), or \"basis\": "
              "\"author-framework\" when none does (at /finder/rules/9)");
    const auto& rules = result.bundle->finder->rules;
    CHECK(rules[10].authorFramework);
    CHECK(rules[10].sources.empty());
}
