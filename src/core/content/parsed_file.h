// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/schema_validator.h"
#include "core/content/source_text.h"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace spasmguide {

// One content file that parsed, with what is needed to point at any value in it. For a translation, `document`
// is the file merged over the base locale's, and values it borrowed have no place in `source`.
struct ParsedFile {
    std::string displayPath;
    SourceText source;
    nlohmann::json document;
    bool borrowed = false; // the base locale's file, standing in for one a translation lacks

    // Points at the value, or at its nearest ancestor written in this file.
    [[nodiscard]] Diagnostic diagnosticAt(const std::string& pointer, std::string message,
                                          Severity severity = Severity::Error) const;
    // Whether the value at `pointer` is written in this file, not borrowed from the base locale.
    [[nodiscard]] bool owns(const std::string& pointer) const { return !borrowed && source.contains(pointer); }
};

// A locale's files by their name in its folder, e.g. "steps.json".
using ParsedFiles = std::map<std::string, ParsedFile, std::less<>>;

// Parses one file's bytes (syntax, nesting depth). Problems go to `out`; returns nothing when the file is unusable.
std::optional<ParsedFile> parseContent(std::string displayPath, std::string bytes, Diagnostics& out);

// Reports schema violations and blank text in `file`. Returns false when there were any.
bool checkAgainstSchema(const ParsedFile& file, const std::string& schemaFile, SchemaValidator& validator,
                        Diagnostics& out);

// Sorts out[from..] into file order (line, then column), keeping the order of problems at the same place.
void sortByPosition(Diagnostics& out, std::size_t from);

} // namespace spasmguide
