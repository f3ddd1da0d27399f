// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// measures.json: the shipped Roland-Morris form is the published one word for word, and the validator refuses any
// change to it; a translation shows the English form with its own note or leaves it out, and the validator says
// which; the PGIC's values and the measures' sources.
#include "core/content/content_loader.h"
#include "core/content/content_validator.h"
#include "core/measures/rmdq_form.h"
#include "temp_dir.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>

using namespace spasmguide;
using nlohmann::json;
using spasmguide::test::ContentCopy;

namespace {

std::vector<std::string> lines(const Diagnostics& diagnostics) {
    std::vector<std::string> out;
    std::string report;
    for (const auto& d : diagnostics) {
        out.push_back(d.format());
        report += out.back() + '\n';
    }
    UNSCOPED_INFO(report);
    return out;
}

std::vector<std::string> validate(const ContentCopy& root) {
    return lines(ContentValidator(std::chrono::sys_days{std::chrono::December / 7 / 2026}).validateRoot(root.path()));
}

json readJson(const ContentCopy& root, const std::string& file) {
    return json::parse(std::ifstream(root.path() / file));
}

// The lines that contain `text`.
std::vector<std::string> containing(const std::vector<std::string>& all, const std::string& text) {
    std::vector<std::string> out;
    std::copy_if(all.begin(), all.end(), std::back_inserter(out),
                 [&text](const std::string& line) { return line.find(text) != std::string::npos; });
    return out;
}

std::vector<std::string> statementsOf(const RmdqContent& rmdq) {
    return rmdq.statements;
}

std::vector<std::string> published() {
    return {rmdqStatements().begin(), rmdqStatements().end()};
}

} // namespace

TEST_CASE("the shipped English measures carry the published Roland-Morris form and the seven PGIC answers") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(result.bundle);
    const auto& measures = result.bundle->measures;
    REQUIRE(measures.rmdq);
    CHECK(statementsOf(*measures.rmdq) == published());
    CHECK(measures.rmdq->instructions == rmdqInstructions());
    CHECK(measures.rmdq->offer == "Your weekly back check: 24 quick yes/no, about 2 minutes");
    CHECK(measures.rmdq->answerLabel == "Applies to me today");
    CHECK(measures.rmdq->formInReaderLanguage);
    CHECK(measures.rmdq->sources == std::vector<std::string>{"rmdq-english-form", "roland-fairbank-2000",
                                                             "roland-fairbank-2000-text", "rmdq-physiopedia"});
    REQUIRE(measures.pgic.options.size() == 7);
    CHECK(measures.pgic.options.front().text == "Very Much Improved");
    CHECK(measures.pgic.options[3].text == "No Change");
    CHECK(measures.pgic.options.back().value == 7);
    CHECK(measures.backToUsualOffer == "I'm back to my usual activities");
    CHECK(measures.importantChangeLabel == "Clinically important change");
    CHECK(measures.painRule.sources.front() == "immpact-dworkin-2008");
    CHECK(measures.rmdqRule.sources == std::vector<std::string>{"ostelo-2008"});
    for (const auto& id : {"rmdq-english-form", "roland-fairbank-2000", "pgic-ninds-cde", "pgic-phenx",
                           "immpact-dworkin-2008", "ostelo-2008"}) {
        CHECK(result.bundle->source(id));
    }
}

TEST_CASE("Spanish readers see the English form with a one-line note in Spanish, and Spanish PGIC answers") {
    ContentLoader loader;
    const auto result = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "es");
    REQUIRE(result.bundle);
    CHECK(result.diagnostics.empty());
    const auto& rmdq = result.bundle->measures.rmdq;
    REQUIRE(rmdq);
    CHECK(statementsOf(*rmdq) == published());
    CHECK_FALSE(rmdq->formInReaderLanguage);
    CHECK(rmdq->formNote ==
          "Este cuestionario se muestra en inglés: todavía no hay una versión en español con licencia.");
    CHECK(result.bundle->measures.pgic.options.front().text == "Muchísimo mejor");
}

TEST_CASE("the validator says which form each translation shows, in a note that is neither error nor warning") {
    ContentCopy root;
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK(found[0].find(root.display("es/measures.json") + ':') == 0);
    CHECK(found[0].find(": note: the Roland-Morris questionnaire is shown in English in es (there is no licensed es "
                        "version), with this locale's note: \"Este cuestionario") != std::string::npos);
    CHECK(found[0].find("(at /rmdq)") != std::string::npos);
}

TEST_CASE("a changed statement or instruction is refused, in the base and in a translation") {
    ContentCopy root;
    auto measures = readJson(root, "en/measures.json");
    auto& statements = measures["rmdq"]["licensedForm"]["statements"];
    statements[8] = "I get dressed more slowly then usual because of my back."; // the copy's typo
    statements[12] = "My back is painful almost all the time";                  // the full stop dropped
    measures["rmdq"]["licensedForm"]["instructions"] = "Tick what applies to you today.";
    root.write("en/measures.json", measures.dump(2));
    auto found = validate(root);
    const auto errors = containing(found, ": error: ");
    REQUIRE(errors.size() == 3);
    CHECK(containing(errors, root.display("en/measures.json")).size() == 3);
    CHECK(containing(errors, "error: statement 9 differs from the published form at character 29: it must read \"I "
                             "get dressed more slowly than usual because of my back.\": it is the published "
                             "Roland-Morris wording")
              .size() == 1);
    CHECK(containing(errors, "statement 13 differs from the published form at character 39").size() == 1);
    CHECK(containing(errors, "error: the instructions differ from the published form at character 1: it must read "
                             "\"When your back hurts,")
              .size() == 1);
    CHECK(containing(errors, "(at /rmdq/licensedForm/statements/8)").size() == 1);

    // A translation may not translate or edit the form either.
    ContentCopy translated;
    auto spanish = readJson(translated, "es/measures.json");
    spanish["rmdq"]["licensedForm"] = readJson(translated, "en/measures.json")["rmdq"]["licensedForm"];
    spanish["rmdq"]["licensedForm"]["statements"][0] = "Me quedo en casa la mayor parte del tiempo por la espalda.";
    translated.write("es/measures.json", spanish.dump(2));
    found = validate(translated);
    const auto translatedErrors = containing(found, ": error: ");
    REQUIRE(translatedErrors.size() == 1);
    CHECK(translatedErrors[0].find(translated.display("es/measures.json") + ':') == 0);
    CHECK(translatedErrors[0].find("statement 1 differs from the published form at character 1") != std::string::npos);
    // An untouched copy of the form in a translation is fine, and no "not translated yet?" warning.
    spanish["rmdq"]["licensedForm"] = readJson(translated, "en/measures.json")["rmdq"]["licensedForm"];
    translated.write("es/measures.json", spanish.dump(2));
    CHECK(containing(validate(translated), "measures.json").size() == 1); // the note
}

TEST_CASE("a translation may leave the questionnaire out, and the validator says so") {
    ContentCopy root;
    auto spanish = readJson(root, "es/measures.json");
    spanish["rmdq"] = nullptr;
    root.write("es/measures.json", spanish.dump(2));
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK(found[0].find(": note: the Roland-Morris questionnaire is left out of es (there is no licensed es "
                        "version): it is not offered (at /rmdq)") != std::string::npos);
    ContentLoader loader;
    const auto loaded = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(loaded.bundle);
    CHECK_FALSE(loaded.bundle->measures.rmdq);
    CHECK(loaded.bundle->measures.pgic.options.size() == 7);
}

TEST_CASE("the base locale must show the form, and a translation without its own note gets the base's") {
    ContentCopy root;
    auto english = readJson(root, "en/measures.json");
    english["rmdq"] = nullptr;
    root.write("en/measures.json", english.dump(2));
    auto found = validate(root);
    CHECK(containing(found, "error: the base locale offers the Roland-Morris questionnaire: only a translation may "
                            "leave it out (null) (at /rmdq)")
              .size() == 1);

    ContentCopy noNote;
    auto spanish = readJson(noNote, "es/measures.json");
    spanish["rmdq"].erase("formNote");
    noNote.write("es/measures.json", spanish.dump(2));
    found = validate(noNote);
    CHECK(containing(found, "warning: \"formNote\" is missing in es, falls back to en").size() == 1);
    CHECK(containing(found, "note: the Roland-Morris questionnaire is shown in English in es (there is no licensed "
                            "es version), with the base locale's English note")
              .size() == 1);
}

TEST_CASE("a translation without measures.json shows the English form with the English note") {
    ContentCopy root;
    std::filesystem::remove(root.path() / "es/measures.json");
    const auto found = validate(root);
    REQUIRE(found.size() == 1);
    CHECK(found[0] == root.display("en/measures.json") + ":1:1: warning: measures.json is missing in es, falls back "
                                                         "to en");
    ContentLoader loader;
    const auto loaded = loader.load(DirectoryContentFiles(root.path()), "es");
    REQUIRE(loaded.bundle);
    REQUIRE(loaded.bundle->measures.rmdq);
    CHECK_FALSE(loaded.bundle->measures.rmdq->formInReaderLanguage);
    CHECK(loaded.bundle->measures.rmdq->formNote ==
          "This questionnaire is shown in English: there is no licensed version in your language yet.");
}

TEST_CASE("PGIC answers run 1 to 7 in order, and every measure cites its sources") {
    ContentCopy root;
    auto measures = readJson(root, "en/measures.json");
    std::swap(measures["pgic"]["options"][0]["value"], measures["pgic"]["options"][1]["value"]);
    measures["rmdq"].erase("sources");
    measures["importantChange"]["pain"]["sources"] = json::array();
    root.write("en/measures.json", measures.dump(2));
    const auto found = validate(root);
    const auto errors = containing(found, root.display("en/measures.json"));
    CHECK(containing(errors, "error: answer 1 of the seven has the value 2: the values run 1 to 7 in order, as "
                             "published (at /pgic/options/0/value)")
              .size() == 1);
    CHECK(containing(errors, "error: answer 2 of the seven has the value 1").size() == 1);
    CHECK(containing(found, "required").size() + containing(found, "cites no source").size() >= 2);
    CHECK(containing(errors, "error: the rule for an important change in pain cites no source").size() == 1);
}

TEST_CASE("the editor's guide has the section the refusal points to, and says why the wording is fixed") {
    std::ifstream readme(std::string(SPASMGUIDE_CONTENT_DIR) + "/README.md");
    REQUIRE(readme);
    const std::string guide((std::istreambuf_iterator<char>(readme)), std::istreambuf_iterator<char>());
    CHECK(guide.find("\n### Licensed wording\n") != std::string::npos);
    CHECK(guide.find("without permission, as published") != std::string::npos);
    CHECK(guide.find("src/core/measures/rmdq_form.cpp") != std::string::npos);
}

TEST_CASE("the form has exactly 24 statements and the PGIC 7 answers, counted in real plurals") {
    ContentCopy root;
    auto measures = readJson(root, "en/measures.json");
    measures["rmdq"]["licensedForm"]["statements"].erase(23);
    measures["pgic"]["options"].push_back({{"value", 8}, {"text", "Worse than ever"}});
    root.write("en/measures.json", measures.dump(2));
    const auto found = validate(root);
    CHECK(containing(found, "error: list is too short: at least 24 items needed (at /rmdq/licensedForm/statements)")
              .size() == 1);
    CHECK(containing(found, "error: list is too long: at most 7 items allowed (at /pgic/options)").size() == 1);
    CHECK(containing(found, "(s)").empty());
}
