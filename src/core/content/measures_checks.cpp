// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/measures_checks.h"

#include "core/content/source_rules.h"
#include "core/measures/rmdq_form.h"

#include <string>

namespace spasmguide {
namespace {

using nlohmann::json;

constexpr const char* kWhy = ": it is the published Roland-Morris wording, licensed to be used only as published "
                             "(content/README.md, \"Licensed wording\")";

// The first character at which two texts differ, counted from 1 in code points, for "differs at character 12".
std::size_t firstDifference(const std::string& a, std::string_view b) {
    std::size_t characters = 0;
    for (std::size_t i = 0; i < a.size() && i < b.size() && a[i] == b[i]; ++i) {
        characters += (static_cast<unsigned char>(a[i]) & 0xC0U) != 0x80U ? 1 : 0;
    }
    return characters + 1;
}

void requireWording(const ParsedFile& file, const std::string& pointer, const std::string& written,
                    std::string_view published, const std::string& differs, Diagnostics& out) {
    if (!file.owns(pointer) || written == published) {
        return;
    }
    out.push_back(file.diagnosticAt(pointer, differs + " from the published form at character " +
                                                 std::to_string(firstDifference(written, published)) +
                                                 ": it must read \"" + std::string(published) + '"' + kWhy));
}

void checkLicensedForm(const ParsedFile& file, Diagnostics& out) {
    const auto& form = file.document.at("rmdq").at("licensedForm");
    requireWording(file, "/rmdq/licensedForm/instructions", form.at("instructions").get<std::string>(),
                   rmdqInstructions(), "the instructions differ", out);
    const auto& statements = form.at("statements");
    for (std::size_t i = 0; i < statements.size() && i < rmdqStatements().size(); ++i) {
        requireWording(file, "/rmdq/licensedForm/statements/" + std::to_string(i), statements[i].get<std::string>(),
                       rmdqStatements()[i], "statement " + std::to_string(i + 1) + " differs", out);
    }
}

void checkPgicValues(const ParsedFile& file, Diagnostics& out) {
    const auto& options = file.document.at("pgic").at("options");
    for (std::size_t i = 0; i < options.size(); ++i) {
        const auto pointer = "/pgic/options/" + std::to_string(i) + "/value";
        if (file.owns(pointer) && options[i].at("value") != static_cast<int>(i + 1)) {
            out.push_back(file.diagnosticAt(pointer, "answer " + std::to_string(i + 1) +
                                                         " of the seven has the value " +
                                                         options[i].at("value").dump() +
                                                         ": the values run 1 to 7 "
                                                         "in order, as published"));
        }
    }
}

} // namespace

void checkMeasures(const ParsedFile& measures, bool isBaseLocale, Diagnostics& out) {
    if (measures.document.at("rmdq").is_null()) {
        if (isBaseLocale) {
            out.push_back(measures.diagnosticAt("/rmdq", "the base locale offers the Roland-Morris questionnaire: only "
                                                         "a translation may leave it out (null)"));
        }
    } else {
        checkLicensedForm(measures, out);
        requireSources(measures, "/rmdq", "the Roland-Morris questionnaire", Severity::Error, out);
    }
    checkPgicValues(measures, out);
    requireSources(measures, "/pgic", "the PGIC", Severity::Error, out);
    requireSources(measures, "/importantChange/pain", "the rule for an important change in pain", Severity::Error, out);
    requireSources(measures, "/importantChange/rmdq", "the rule for an important change in the Roland-Morris score",
                   Severity::Error, out);
}

void describeRmdqForm(const ParsedFile& measures, const std::string& locale, Diagnostics& out) {
    if (measures.borrowed) {
        return;
    }
    const auto& rmdq = measures.document.at("rmdq");
    if (rmdq.is_null()) {
        out.push_back(measures.diagnosticAt("/rmdq",
                                            "the Roland-Morris questionnaire is left out of " + locale +
                                                " (there is no licensed " + locale + " version): it is not offered",
                                            Severity::Note));
        return;
    }
    const bool ownNote = measures.owns("/rmdq/formNote");
    out.push_back(measures.diagnosticAt("/rmdq",
                                        "the Roland-Morris questionnaire is shown in English in " + locale +
                                            " (there is no licensed " + locale + " version), with " +
                                            (ownNote ? "this locale's" : "the base locale's English") + " note: \"" +
                                            rmdq.at("formNote").get<std::string>() + '"',
                                        Severity::Note));
}

} // namespace spasmguide
