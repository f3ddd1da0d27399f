// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_loader.h"
#include "core/content/embedded_schemas.h"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using nlohmann::json;

namespace {

// Editors get completion hints from descriptions, so every declared property must have one.
void collectUndescribed(const json& schema, const std::string& where, std::vector<std::string>& out) {
    if (!schema.is_object()) {
        return;
    }
    for (const char* group : {"properties", "definitions"}) {
        if (!schema.contains(group)) {
            continue;
        }
        for (const auto& [name, sub] : schema.at(group).items()) {
            if (!sub.contains("description")) {
                out.push_back(where + '/' + group + '/' + name);
            }
            collectUndescribed(sub, where + '/' + group + '/' + name, out);
        }
    }
    if (schema.contains("items")) {
        collectUndescribed(schema.at("items"), where + "/items", out);
    }
}

} // namespace

TEST_CASE("every bundle file has a built-in draft-7 schema with a description on every property") {
    const auto& schemas = spasmguide::embeddedSchemas();
    for (const auto& file : spasmguide::kBundleFiles) {
        INFO(file.schemaFile);
        const auto it = schemas.find(file.schemaFile);
        REQUIRE(it != schemas.end());
        const auto schema = json::parse(it->second);
        CHECK(schema.at("$schema") == "http://json-schema.org/draft-07/schema#");
        CHECK(schema.contains("description"));
        std::vector<std::string> undescribed;
        collectUndescribed(schema, "", undescribed);
        CAPTURE(undescribed);
        CHECK(undescribed.empty());
    }
}
