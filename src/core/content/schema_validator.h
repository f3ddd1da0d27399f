// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <memory>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace spasmguide {

struct SchemaViolation {
    std::string pointer; // JSON pointer of the value that broke the rule
    std::string message;
};

// Validates documents against the built-in JSON Schemas (draft 7) with valijson.
class SchemaValidator final {
public:
    SchemaValidator();
    ~SchemaValidator();
    SchemaValidator(const SchemaValidator&) = delete;
    SchemaValidator& operator=(const SchemaValidator&) = delete;

    // schemaFile is e.g. "steps.schema.json"; unknown names are a programming error.
    [[nodiscard]] std::vector<SchemaViolation> validate(const std::string& schemaFile, const nlohmann::json& document);

private:
    struct Compiled;
    std::map<std::string, std::unique_ptr<Compiled>> m_compiled; // parsed on first use
};

} // namespace spasmguide
