// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a content file's optional fields into the model: an absent text is empty, an absent list is empty.
// Only for files the schema (or the trusted loader's own checks) has vetted: a field of the wrong type throws.

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace spasmguide::json_fields {

inline std::string str(const nlohmann::json& j, const char* key) {
    return j.value(key, std::string());
}

inline std::vector<std::string> strings(const nlohmann::json& j, const char* key) {
    return j.contains(key) ? j.at(key).get<std::vector<std::string>>() : std::vector<std::string>{};
}

} // namespace spasmguide::json_fields
