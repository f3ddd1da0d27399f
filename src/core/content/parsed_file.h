// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_files.h"
#include "content/diagnostic.h"
#include "content/schema_validator.h"
#include "content/source_text.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

namespace spasmguide {

// One content file that parsed and matched its schema, with what is needed to point at any value in it.
struct ParsedFile {
    std::string displayPath;
    SourceText source;
    nlohmann::json document;

    [[nodiscard]] Diagnostic diagnosticAt(const std::string& pointer, std::string message,
                                          Severity severity = Severity::Error) const;
};

// Reads, parses and schema-validates one file. Problems go to `out`; returns nothing unless the file is
// usable for cross-file checks (schema problems are reported but the document is still returned).
std::optional<ParsedFile> parseContentFile(const ContentFiles& files, const std::string& relativePath,
                                           const std::string& schemaFile, SchemaValidator& validator, Diagnostics& out);

} // namespace spasmguide
