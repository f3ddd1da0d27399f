// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/source_text.h"

#include <nlohmann/json.hpp>
#include <string>

namespace spasmguide {

// Calls visit(key, pointer, text) for every string in `node`, where key names the object member that holds the
// string or the list it is in. Documents are at most SourceText::kMaxDepth deep, so the recursion is bounded.
template <typename Visit>
void forEachText(const nlohmann::json& node, const std::string& pointer, const std::string& key, Visit&& visit) {
    if (node.is_string()) {
        visit(key, pointer, node.get_ref<const std::string&>());
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            forEachText(node[i], pointer + '/' + std::to_string(i), key, visit);
        }
    } else if (node.is_object()) {
        for (const auto& [name, value] : node.items()) {
            forEachText(value, pointer + '/' + escapePointerToken(name), name, visit);
        }
    }
}

} // namespace spasmguide
