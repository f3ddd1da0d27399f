// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/parsed_file.h"

#include "core/content/blank_text.h"
#include "core/content/input_limits.h"
#include "core/content/text_limits.h"

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

std::string indexProblemMessage(const SourceText::Problem& problem) {
    switch (problem.kind) {
    case SourceText::Problem::Kind::TooDeep:
        return "nesting is deeper than " + std::to_string(SourceText::kMaxDepth) + " levels";
    case SourceText::Problem::Kind::DuplicateKey:
        return "key \"" + problem.key + "\" appears twice in this object: only the last would be used, so remove one";
    case SourceText::Problem::Kind::Malformed:
    case SourceText::Problem::Kind::None:
        break;
    }
    return "the file could not be read as JSON here"; // what the parser accepted, the index should too
}

// Where the number nlohmann names in its "number overflow parsing '1e999'" starts: the first number token,
// outside strings, spelled so. (The exception carries no position; the parser stops at the first such number.)
std::size_t offsetOfNumber(const std::string& text, const std::string& what) {
    const auto open = what.find('\'');
    const auto close = what.rfind('\'');
    if (open == std::string::npos || close <= open) {
        return 0;
    }
    const std::string wanted = what.substr(open + 1, close - open - 1);
    const auto isNumberChar = [](char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
    };
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (isNumberChar(c)) {
            std::size_t end = i;
            while (end < text.size() && isNumberChar(text[end])) {
                ++end;
            }
            if (text.compare(i, end - i, wanted) == 0 && end - i == wanted.size()) {
                return i;
            }
            i = end - 1;
        }
    }
    return 0;
}

// Every text, key, list and object within the limits of input_limits.h; each one over is a located error.
bool checkSizes(const ParsedFile& file, const json& node, const std::string& pointer, Diagnostics& out) {
    const auto before = out.size();
    const auto tooMany = [&](const char* what, std::size_t count, const char* unit) {
        out.push_back(file.diagnosticAt(pointer, std::string(what) + " has " + withThousands(count) + ' ' + unit +
                                                     ", over the limit of " + withThousands(kMaxListItems)));
    };
    if (node.is_string()) {
        if (const auto count = characterCount(node.get_ref<const std::string&>()); count > kMaxTextCharacters) {
            out.push_back(file.diagnosticAt(pointer, "text is " + withThousands(count) +
                                                         " characters, over the limit of " +
                                                         withThousands(kMaxTextCharacters)));
        }
    } else if (node.is_array()) {
        if (node.size() > kMaxListItems) {
            tooMany("the list", node.size(), "items");
            return false; // its items would only repeat the point
        }
        for (std::size_t i = 0; i < node.size(); ++i) {
            checkSizes(file, node[i], pointer + '/' + std::to_string(i), out);
        }
    } else if (node.is_object()) {
        if (node.size() > kMaxListItems) {
            tooMany("the object", node.size(), "members");
            return false;
        }
        for (const auto& [key, value] : node.items()) {
            const std::string child = pointer + '/' + escapePointerToken(key);
            if (const auto count = characterCount(key); count > kMaxTextCharacters) {
                out.push_back(file.diagnosticAt(child, "key is " + withThousands(count) +
                                                           " characters, over the limit of " +
                                                           withThousands(kMaxTextCharacters)));
            }
            checkSizes(file, value, child, out);
        }
    }
    return out.size() == before;
}

// Schemas require text to be non-empty; this also refuses text that shows nothing (spaces, zero-width characters).
void checkNoBlankText(const ParsedFile& file, const json& node, const std::string& pointer, Diagnostics& out) {
    if (node.is_string()) {
        if (isVisiblyBlank(node.get_ref<const std::string&>())) {
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
    const std::string name = displayPath;
    const auto refuse = [&out, &name](TextPosition at, std::string message) {
        out.push_back({name, at.line, at.column, Severity::Error, std::move(message), {}});
        return std::nullopt;
    };
    if (bytes.size() > kMaxContentFileBytes) {
        return refuse({}, fileTooLargeMessage(bytes.size()));
    }
    const Encoding encoding = detectEncoding(bytes);
    if (const auto error = encodingError(encoding); !error.empty()) {
        return refuse({}, error);
    }
    if (encoding == Encoding::Utf8WithBom) {
        // Windows editors write one. Dropped, so columns on line 1 count what the editor shows.
        bytes.erase(0, 3);
        out.push_back({name,
                       1,
                       1,
                       Severity::Warning,
                       "the file starts with a byte-order mark (BOM); it is read correctly, but save it as UTF-8 "
                       "without a BOM for other tools",
                       {}});
    }
    ParsedFile file{std::move(displayPath), SourceText(std::move(bytes)), {}};
    // Parsed documents are copied and walked recursively, so nesting is refused before they exist.
    const bool tooDeep = nestingDepth(file.source.text()) > static_cast<std::size_t>(SourceText::kMaxDepth);
    if (tooDeep && !file.source.indexValues()) {
        return refuse(file.source.positionOf(file.source.problem().offset), indexProblemMessage(file.source.problem()));
    }
    try {
        file.document = json::parse(file.source.text());
    } catch (const json::parse_error& e) {
        return refuse(file.source.positionOf(e.byte > 0 ? e.byte - 1 : 0), parseErrorMessage(e.what()));
    } catch (const json::out_of_range& e) {
        // The only one parsing throws: a number beyond a double's range (1e999).
        return refuse(file.source.positionOf(offsetOfNumber(file.source.text(), e.what())),
                      "number is out of range (larger than any number a file can hold)");
    }
    if (!file.source.indexValues()) {
        return refuse(file.source.positionOf(file.source.problem().offset), indexProblemMessage(file.source.problem()));
    }
    const auto before = out.size();
    if (!checkSizes(file, file.document, "", out)) {
        sortByPosition(out, before);
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
