// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/parsed_file.h"

#include <algorithm>
#include <tuple>
#include <vector>

namespace spasmguide {
namespace {

using nlohmann::json;

// nlohmann's message quotes the token it last read, which may be megabytes long or not UTF-8: drop it.
std::string parseErrorMessage(const std::string& what) {
    const auto columnAt = what.find(", column ");
    auto start = columnAt == std::string::npos ? what.find(": ") : what.find(": ", columnAt);
    std::string message = start == std::string::npos ? what : what.substr(start + 2);
    const auto lastRead = message.find("; last read: ");
    if (lastRead != std::string::npos) {
        const auto expected = message.rfind("; expected ");
        const auto tail = expected != std::string::npos && expected > lastRead ? message.substr(expected) : "";
        message = message.substr(0, lastRead) + tail;
    }
    return message;
}

bool isBlank(const std::string& s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

// Schemas require text to be non-empty; this also refuses text that is only spaces.
void checkNoBlankText(const ParsedFile& file, const json& node, const std::string& pointer, Diagnostics& out) {
    if (node.is_string()) {
        if (isBlank(node.get_ref<const std::string&>())) {
            out.push_back(file.diagnosticAt(pointer, "text is empty"));
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            checkNoBlankText(file, node[i], pointer + '/' + std::to_string(i), out);
        }
    } else if (node.is_object()) {
        for (const auto& [key, value] : node.items()) {
            checkNoBlankText(file, value, pointer + '/' + escapePointerToken(key), out);
        }
    }
}

} // namespace

Diagnostic ParsedFile::diagnosticAt(const std::string& pointer, std::string message, Severity severity) const {
    const auto position = source.positionOf(source.offsetOf(pointer));
    return {displayPath, position.line, position.column, severity, std::move(message), pointer};
}

std::optional<ParsedFile> parseContent(std::string displayPath, std::string bytes, Diagnostics& out) {
    ParsedFile file{std::move(displayPath), SourceText(std::move(bytes)), {}};
    try {
        file.document = json::parse(file.source.text());
    } catch (const json::parse_error& e) {
        const auto position = file.source.positionOf(e.byte > 0 ? e.byte - 1 : 0);
        out.push_back(
            {file.displayPath, position.line, position.column, Severity::Error, parseErrorMessage(e.what()), {}});
        return std::nullopt;
    }
    if (!file.source.indexValues()) {
        const auto position = file.source.positionOf(file.source.tooDeepOffset());
        out.push_back({file.displayPath,
                       position.line,
                       position.column,
                       Severity::Error,
                       "nesting is deeper than " + std::to_string(SourceText::kMaxDepth) + " levels",
                       {}});
        return std::nullopt;
    }
    return file;
}

bool checkAgainstSchema(const ParsedFile& file, const std::string& schemaFile, SchemaValidator& validator,
                        Diagnostics& out) {
    const auto before = out.size();
    for (auto& violation : validator.validate(schemaFile, file.document)) {
        out.push_back(file.diagnosticAt(violation.pointer, std::move(violation.message)));
    }
    checkNoBlankText(file, file.document, "", out);
    return out.size() == before;
}

void sortByPosition(Diagnostics& out, std::size_t from) {
    // valijson reports inner problems first; editors expect file order.
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
}

} // namespace spasmguide
