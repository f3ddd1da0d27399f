// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/schema_validator.h"

#include "core/content/embedded_schemas.h"
#include "core/content/source_text.h"

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validation_results.hpp>
#include <valijson/validator.hpp>

namespace spasmguide {
namespace {

using nlohmann::json;

bool startsWith(const std::string& s, std::string_view prefix) {
    return s.rfind(prefix, 0) == 0;
}

// valijson reports each failure once at its leaf and again for every enclosing schema; keep the leaves.
bool isSummaryOfNestedErrors(const std::string& description) {
    static constexpr std::string_view kSummaries[] = {
        "Failed to validate item #",
        "Failed to validate against",
        "Failed to any values",
        "Cannot validate item #",
        "Object element",
    };
    for (auto prefix : kSummaries) {
        if (startsWith(description, prefix)) {
            return true;
        }
    }
    return false;
}

std::string typeName(const json& value) {
    switch (value.type()) {
    case json::value_t::null:
        return "null";
    case json::value_t::boolean:
        return "true/false";
    case json::value_t::object:
        return "an object";
    case json::value_t::array:
        return "a list";
    case json::value_t::string:
        return "text";
    default:
        return "a number";
    }
}

std::string between(const std::string& s, char open, char close) {
    const auto begin = s.find(open);
    const auto end = s.rfind(close);
    return begin == std::string::npos || end <= begin ? std::string() : s.substr(begin + 1, end - begin - 1);
}

std::string firstNumber(const std::string& s) {
    const auto begin = s.find_first_of("0123456789");
    return begin == std::string::npos ? std::string()
                                      : s.substr(begin, s.find_first_not_of("0123456789", begin) - begin);
}

// "1 item", "24 items": a real plural, never "item(s)".
std::string items(const std::string& count) {
    return count + (count == "1" ? " item" : " items");
}

// valijson's context is ["<root>", "[key]", "[0]", ...]; the document tells keys from indexes.
std::string pointerFor(const std::vector<std::string>& context, const json& document, const json** node) {
    std::string pointer;
    const json* current = &document;
    for (std::size_t i = 1; i < context.size(); ++i) {
        const std::string token = context[i].substr(1, context[i].size() - 2);
        pointer += '/' + escapePointerToken(token);
        if (current->is_array()) {
            current = &current->at(std::stoul(token));
        } else if (current->is_object() && current->contains(token)) {
            current = &current->at(token);
        }
    }
    *node = current;
    return pointer;
}

SchemaViolation humanise(const std::string& description, std::string pointer, const json& value) {
    if (startsWith(description, "Missing required property")) {
        return {pointer, "missing required field \"" + between(description, '\'', '\'') + '"'};
    }
    if (startsWith(description, "Object contains a property")) {
        const auto key = description.substr(description.rfind(": '") + 3);
        const auto name = key.substr(0, key.size() - 2);
        return {pointer + '/' + escapePointerToken(name), "unknown field \"" + name + "\" (check its spelling)"};
    }
    if (startsWith(description, "Value type not permitted")) {
        return {pointer, "wrong type: found " + typeName(value)};
    }
    if (startsWith(description, "Failed to match regex")) {
        const bool isLink = pointer.size() >= 4 && pointer.compare(pointer.size() - 4, 4, "/url") == 0;
        return {pointer, isLink ? "not a secure link: it must start with https://" : "value has the wrong format"};
    }
    if (startsWith(description, "Failed to match against any enum")) {
        return {pointer, "value is not one of the allowed choices"};
    }
    if (startsWith(description, "String should be no more than")) {
        return {pointer, "text is too long: at most " + firstNumber(description) + " characters allowed"};
    }
    if (startsWith(description, "String should be no fewer than")) {
        return {pointer, "text is too short: at least " + firstNumber(description) + " characters needed"};
    }
    if (startsWith(description, "Expected number less than")) {
        return {pointer, "value is too large: at most " + firstNumber(description)};
    }
    if (startsWith(description, "Expected number greater than")) {
        return {pointer, "value is too small: at least " + firstNumber(description)};
    }
    if (startsWith(description, "Array should contain no fewer than")) {
        return {pointer, "list is too short: at least " + items(firstNumber(description)) + " needed"};
    }
    if (startsWith(description, "Array should contain no more than")) {
        return {pointer, "list is too long: at most " + items(firstNumber(description)) + " allowed"};
    }
    std::string message = description;
    if (!message.empty() && message.back() == '.') {
        message.pop_back();
    }
    if (!message.empty()) {
        message[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(message[0])));
    }
    return {pointer, message};
}

} // namespace

struct SchemaValidator::Compiled {
    json document;
    valijson::Schema schema;
    valijson::Validator validator; // kept: it caches the compiled "pattern" regexes
};

SchemaValidator::SchemaValidator() = default;
SchemaValidator::~SchemaValidator() = default;

std::vector<SchemaViolation> SchemaValidator::validate(const std::string& schemaFile, const json& document) {
    auto& compiled = m_compiled[schemaFile];
    if (!compiled) {
        const auto& files = embeddedSchemas();
        const auto it = files.find(schemaFile);
        if (it == files.end()) {
            throw std::logic_error("no built-in schema named " + schemaFile);
        }
        compiled = std::make_unique<Compiled>();
        compiled->document = json::parse(it->second);
        valijson::SchemaParser parser(valijson::SchemaParser::kDraft7);
        parser.populateSchema(valijson::adapters::NlohmannJsonAdapter(compiled->document), compiled->schema);
    }

    valijson::ValidationResults results;
    compiled->validator.validate(compiled->schema, valijson::adapters::NlohmannJsonAdapter(document), &results);

    std::vector<SchemaViolation> violations;
    valijson::ValidationResults::Error error;
    while (results.popError(error)) {
        if (isSummaryOfNestedErrors(error.description)) {
            continue;
        }
        const json* node = nullptr;
        auto pointer = pointerFor(error.context, document, &node);
        violations.push_back(humanise(error.description, std::move(pointer), *node));
    }
    return violations;
}

} // namespace spasmguide
