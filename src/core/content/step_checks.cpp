// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/step_checks.h"

#include "core/content/source_rules.h"

#include <string>

namespace spasmguide {
namespace {

using nlohmann::json;

std::string quoted(const json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_string() ? " \"" + it->get<std::string>() + '"' : std::string();
}

// How a block is named in a message: "the box "Heat safety"", "this paragraph".
std::string blockName(const json& block) {
    const auto& type = block.at("type").get_ref<const std::string&>();
    if (type == "callout") {
        const auto title = quoted(block, "title");
        return title.empty() ? "this box" : "the box" + title;
    }
    if (type == "list") {
        const auto title = quoted(block, "title");
        return title.empty() ? "this list" : "the list" + title;
    }
    if (type == "link") {
        return "the link block" + quoted(block, "title");
    }
    return "this " + type;
}

void checkTimer(const ParsedFile& steps, const json& product, const std::string& pointer, Diagnostics& out) {
    const auto timer = product.find("timer");
    if (timer == product.end() || !timer->contains("minutes") || !timer->contains("maxMinutes")) {
        return;
    }
    if (timer->at("minutes").get<int>() > timer->at("maxMinutes").get<int>() && steps.owns(pointer + "/timer")) {
        out.push_back(steps.diagnosticAt(pointer + "/timer/minutes",
                                         "the timer starts above its \"maxMinutes\": the maker's most is the limit"));
    }
}

} // namespace

void checkSteps(const ParsedFile& steps, Diagnostics& out) {
    const auto& stepArray = steps.document.at("steps");
    for (std::size_t s = 0; s < stepArray.size(); ++s) {
        const auto& blocks = stepArray[s].at("blocks");
        for (std::size_t b = 0; b < blocks.size(); ++b) {
            const auto pointer = "/steps/" + std::to_string(s) + "/blocks/" + std::to_string(b);
            const auto& block = blocks[b];
            const auto& type = block.at("type").get_ref<const std::string&>();
            if (type == "products") {
                const auto& items = block.at("items");
                for (std::size_t i = 0; i < items.size(); ++i) {
                    const auto itemPointer = pointer + "/items/" + std::to_string(i);
                    requireSources(steps, itemPointer, "the product card" + quoted(items[i], "name"), Severity::Warning,
                                   out);
                    checkTimer(steps, items[i], itemPointer, out);
                }
            } else if (type == "paragraph" || type == "list" || type == "callout" || type == "link") {
                requireSources(steps, pointer, blockName(block), Severity::Warning, out);
            }
        }
    }
}

} // namespace spasmguide
