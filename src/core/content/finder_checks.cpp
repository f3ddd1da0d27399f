// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/finder_checks.h"

#include "core/store/body_area.h"

#include <map>
#include <set>
#include <string>

namespace spasmguide {
namespace {

using nlohmann::json;

std::string quoted(const std::string& text) {
    return '"' + text + '"';
}

std::string listed(const std::set<std::string>& ids) {
    std::string text;
    for (const auto& id : ids) {
        text += (text.empty() ? "" : ", ") + quoted(id);
    }
    return text;
}

using AnswerIds = std::map<std::string, std::set<std::string>>; // question id -> its answer ids

AnswerIds collectQuestions(const ParsedFile& file, const json& questions, Diagnostics& out) {
    AnswerIds ids;
    for (std::size_t q = 0; q < questions.size(); ++q) {
        const auto pointer = "/finder/questions/" + std::to_string(q);
        const auto& id = questions[q].at("id").get_ref<const std::string&>();
        if (ids.count(id) > 0) {
            out.push_back(file.diagnosticAt(pointer + "/id", "duplicate question id " + quoted(id)));
            continue;
        }
        auto& answers = ids[id];
        const auto& list = questions[q].at("answers");
        for (std::size_t a = 0; a < list.size(); ++a) {
            const auto answerPointer = pointer + "/answers/" + std::to_string(a);
            const auto& answerId = list[a].at("id").get_ref<const std::string&>();
            if (!answers.insert(answerId).second) {
                out.push_back(file.diagnosticAt(answerPointer + "/id", "duplicate answer id " + quoted(answerId) +
                                                                           " in question " + quoted(id)));
            }
            const auto prefill = list[a].value("prefill", json::array());
            for (std::size_t p = 0; p < prefill.size(); ++p) {
                const auto& hint = prefill[p].get_ref<const std::string&>();
                if (hint.rfind("area:", 0) != 0) {
                    continue;
                }
                const auto areas = hint.substr(5);
                for (std::size_t from = 0; from <= areas.size();) {
                    const auto plus = std::min(areas.find('+', from), areas.size());
                    const auto area = areas.substr(from, plus - from);
                    if (!bodyAreaFromString(area)) {
                        out.push_back(file.diagnosticAt(answerPointer + "/prefill/" + std::to_string(p),
                                                        "unknown body-map area " + quoted(area)));
                    }
                    from = plus + 1;
                }
            }
        }
    }
    return ids;
}

} // namespace

void checkPatternFinder(const ParsedFile& file, Diagnostics& out) {
    const auto& document = file.document;
    if (!document.contains("finder")) {
        return;
    }
    std::set<std::string> patterns;
    for (const auto& pattern : document.at("patterns")) {
        patterns.insert(pattern.at("id").get<std::string>());
    }
    const auto& finder = document.at("finder");
    const auto questions = collectQuestions(file, finder.at("questions"), out);

    std::set<std::string> suggested;
    const auto& rules = finder.at("rules");
    for (std::size_t r = 0; r < rules.size(); ++r) {
        const auto pointer = "/finder/rules/" + std::to_string(r);
        const auto& question = rules[r].at("question").get_ref<const std::string&>();
        const auto& answer = rules[r].at("answer").get_ref<const std::string&>();
        const auto& pattern = rules[r].at("pattern").get_ref<const std::string&>();
        if (const auto it = questions.find(question); it == questions.end()) {
            out.push_back(file.diagnosticAt(pointer + "/question",
                                            "unknown question " + quoted(question) + ": add it to \"questions\""));
        } else if (it->second.count(answer) == 0) {
            out.push_back(file.diagnosticAt(pointer + "/answer", "question " + quoted(question) + " has no answer " +
                                                                     quoted(answer) +
                                                                     " (its answers: " + listed(it->second) + ')'));
        }
        if (!rules[r].contains("sources") && !rules[r].contains("basis")) {
            out.push_back(file.diagnosticAt(pointer,
                                            "a rule needs \"sources\" (what says the answer goes with the "
                                            "pattern), or \"basis\": \"author-framework\" when none does",
                                            Severity::Warning));
        }
        if (patterns.count(pattern) == 0) {
            out.push_back(file.diagnosticAt(pointer + "/pattern", "unknown pattern " + quoted(pattern) +
                                                                      " (the patterns: " + listed(patterns) + ')'));
        } else if (rules[r].at("weight").get<int>() > 0) {
            suggested.insert(pattern);
        }
    }
    const auto& list = document.at("patterns");
    for (std::size_t p = 0; p < list.size(); ++p) {
        const auto& id = list[p].at("id").get_ref<const std::string&>();
        if (suggested.count(id) == 0) {
            out.push_back(file.diagnosticAt("/patterns/" + std::to_string(p) + "/id",
                                            "no rule with a positive weight names pattern " + quoted(id) +
                                                ", so the pattern finder never suggests it",
                                            Severity::Warning));
        }
    }
}

} // namespace spasmguide
