// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/plan_checks.h"

#include "core/content/source_rules.h"

#include <map>
#include <string>

namespace spasmguide {
namespace {

using nlohmann::json;

// The first use of each id, to name it when the id comes again.
class FirstUse {
public:
    explicit FirstUse(std::string kind) : m_kind(std::move(kind)) {}

    void add(const ParsedFile& file, const std::string& pointer, const std::string& id, Diagnostics& out) {
        const auto [it, inserted] = m_seen.try_emplace(id, pointer);
        if (!inserted) {
            const auto first = file.source.positionOf(file.source.offsetOf(it->second));
            out.push_back(file.diagnosticAt(pointer, "duplicate " + m_kind + " id \"" + id + "\" (first used at line " +
                                                         std::to_string(first.line) + ", column " +
                                                         std::to_string(first.column) + ')'));
        }
    }

private:
    std::string m_kind;
    std::map<std::string, std::string> m_seen;
};

void checkDays(const ParsedFile& plan, const json& phases, Diagnostics& out) {
    int expectedFrom = 1;
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const auto pointer = "/phases/" + std::to_string(i);
        const auto& phase = phases[i];
        const int from = phase.at("fromDay").get<int>();
        const bool last = i + 1 == phases.size();
        if (from != expectedFrom) {
            out.push_back(plan.diagnosticAt(pointer + "/fromDay",
                                            i == 0 ? "the first phase starts on day 1"
                                                   : "this phase starts on day " + std::to_string(from) +
                                                         ", but the previous one ends on day " +
                                                         std::to_string(expectedFrom - 1) + " (no gap, no overlap)"));
        }
        if (!phase.contains("toDay")) {
            if (!last) {
                out.push_back(plan.diagnosticAt(pointer, "only the last phase may leave out \"toDay\""));
            }
            return;
        }
        const int to = phase.at("toDay").get<int>();
        if (to < from) {
            out.push_back(plan.diagnosticAt(pointer + "/toDay", "\"toDay\" is before \"fromDay\""));
        }
        if (last) {
            out.push_back(plan.diagnosticAt(pointer + "/toDay",
                                            "the last phase has no \"toDay\": it lasts from its first day on"));
        }
        expectedFrom = to + 1;
    }
}

} // namespace

void checkPlan(const ParsedFile& plan, Diagnostics& out) {
    const auto& phases = plan.document.at("phases");
    FirstUse phaseIds("plan phase");
    FirstUse itemIds("plan item");
    for (std::size_t i = 0; i < phases.size(); ++i) {
        const auto pointer = "/phases/" + std::to_string(i);
        phaseIds.add(plan, pointer + "/id", phases[i].at("id").get<std::string>(), out);
        for (const char* list : {"do", "avoid", "seeClinicianIf"}) {
            const auto& items = phases[i].at(list);
            for (std::size_t k = 0; k < items.size(); ++k) {
                const auto itemPointer = pointer + '/' + list + '/' + std::to_string(k);
                itemIds.add(plan, itemPointer + "/id", items[k].at("id").get<std::string>(), out);
                requireSources(plan, itemPointer, "the plan item \"" + items[k].at("id").get<std::string>() + '"',
                               Severity::Warning, out);
            }
        }
    }
    checkDays(plan, phases, out);
    requireSources(plan, "/movementReminder", "the movement reminder", Severity::Warning, out);
}

} // namespace spasmguide
