// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/red_flag_checks.h"

#include "core/content/source_rules.h"

#include <map>
#include <set>
#include <string>

namespace spasmguide {
namespace {

using nlohmann::json;

std::string quoted(const std::string& text) {
    return '"' + text + '"';
}

// Sign id -> where it is first written.
std::map<std::string, std::string> collectSigns(const ParsedFile& file, Diagnostics& out) {
    std::map<std::string, std::string> signs;
    const auto& groups = file.document.at("groups");
    std::set<std::string> groupIds;
    for (std::size_t g = 0; g < groups.size(); ++g) {
        const auto groupPointer = "/groups/" + std::to_string(g);
        const auto& groupId = groups[g].at("id").get_ref<const std::string&>();
        if (!groupIds.insert(groupId).second) {
            out.push_back(file.diagnosticAt(groupPointer + "/id", "duplicate group id " + quoted(groupId)));
        }
        const auto& list = groups[g].at("signs");
        for (std::size_t s = 0; s < list.size(); ++s) {
            const auto signPointer = groupPointer + "/signs/" + std::to_string(s);
            const auto pointer = signPointer + "/id";
            const auto& id = list[s].at("id").get_ref<const std::string&>();
            requireSources(file, signPointer, "the warning sign " + quoted(id), Severity::Error, out);
            const auto [it, inserted] = signs.emplace(id, pointer);
            if (!inserted) {
                const auto first = file.source.positionOf(file.source.offsetOf(it->second));
                out.push_back(file.diagnosticAt(pointer, "duplicate red flag id " + quoted(id) + " (first used at " +
                                                             file.displayPath + ':' + std::to_string(first.line) + ':' +
                                                             std::to_string(first.column) + ')'));
            }
        }
    }
    return signs;
}

void checkFinderAnswer(const ParsedFile& file, const std::string& pointer, const json& rule, const ParsedFile* patterns,
                       Diagnostics& out) {
    const auto& question = rule.at("question").get_ref<const std::string&>();
    const auto& answer = rule.at("answer").get_ref<const std::string&>();
    if (!patterns) {
        return; // patterns.json is unusable, and reported on its own
    }
    const auto finder = patterns->document.find("finder");
    if (finder == patterns->document.end()) {
        out.push_back(file.diagnosticAt(pointer, "patterns.json has no pattern finder: this rule never matches",
                                        Severity::Warning));
        return;
    }
    for (const auto& q : finder->at("questions")) {
        if (q.at("id") != question) {
            continue;
        }
        for (const auto& a : q.at("answers")) {
            if (a.at("id") == answer) {
                return;
            }
        }
        out.push_back(file.diagnosticAt(pointer + "/answer",
                                        "finder question " + quoted(question) + " has no answer " + quoted(answer)));
        return;
    }
    out.push_back(file.diagnosticAt(pointer + "/question", "the pattern finder has no question " + quoted(question)));
}

} // namespace

void checkRedFlags(const ParsedFile& file, const ParsedFile* patterns, Diagnostics& out) {
    const auto signs = collectSigns(file, out);
    // Safety text: what each action says and the care screens' text must cite a source, like every sign.
    for (const char* action : {"ambulance", "same-day", "soon"}) {
        requireSources(file, std::string("/actions/") + action, std::string("the action \"") + action + "\"",
                       Severity::Error, out);
    }
    requireSources(file, "/care", "the care text", Severity::Error, out);
    requireSources(file, "/sameDayAdvice", "the same-day advice", Severity::Error, out);
    requireSources(file, "/soonAdvice", "the see-your-doctor-soon advice", Severity::Error, out);
    const auto& care = file.document.at("care");
    const auto handover = care.value("handoverSigns", json::array());
    for (std::size_t i = 0; i < handover.size(); ++i) {
        const auto& id = handover[i].get_ref<const std::string&>();
        if (signs.count(id) == 0 && file.owns("/care/handoverSigns/" + std::to_string(i))) {
            out.push_back(
                file.diagnosticAt("/care/handoverSigns/" + std::to_string(i), "unknown warning sign " + quoted(id)));
        }
    }
    const auto rules = file.document.value("escalations", json::array());
    std::set<std::string> ruleIds;
    for (std::size_t r = 0; r < rules.size(); ++r) {
        const auto pointer = "/escalations/" + std::to_string(r);
        if (!file.owns(pointer)) {
            continue; // the base's rule, checked there
        }
        const auto& rule = rules[r];
        if (!ruleIds.insert(rule.at("id").get<std::string>()).second) {
            out.push_back(file.diagnosticAt(pointer + "/id", "duplicate escalation id " + quoted(rule.at("id"))));
        }
        if (rule.contains("sign") && signs.count(rule.at("sign").get<std::string>()) == 0) {
            out.push_back(file.diagnosticAt(pointer + "/sign", "unknown warning sign " + quoted(rule.at("sign")) +
                                                                   ": the care screen could not name it"));
        }
        if (rule.contains("sign") && rule.contains("reason")) {
            out.push_back(file.diagnosticAt(pointer + "/reason",
                                            "give a \"sign\" or a \"reason\", not both: the sign already says why",
                                            Severity::Warning));
        }
        if (rule.contains("finderAnswer")) {
            checkFinderAnswer(file, pointer + "/finderAnswer", rule.at("finderAnswer"), patterns, out);
        }
    }
}

} // namespace spasmguide
