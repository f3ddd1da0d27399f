// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/content_files.h"
#include "content/diagnostic.h"
#include "content/model.h"
#include "content/schema_validator.h"

#include <array>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace spasmguide {

struct BundleFile {
    std::string_view name;       // e.g. "steps.json", inside the locale folder
    std::string_view schemaFile; // e.g. "steps.schema.json"
};

// The files every locale folder holds, in the order they are reported.
inline constexpr std::array<BundleFile, 6> kBundleFiles{{
    {"manifest.json", "manifest.schema.json"},
    {"red-flags.json", "red-flags.schema.json"},
    {"emergency-numbers.json", "emergency-numbers.schema.json"},
    {"steps.json", "steps.schema.json"},
    {"patterns.json", "patterns.schema.json"},
    {"about.json", "about.schema.json"},
}};

struct LoadResult {
    std::shared_ptr<const ContentBundle> bundle; // null when any error was found
    Diagnostics diagnostics;                     // every problem found, not just the first
};

// Parses, schema-validates and cross-checks one locale of a content root, reporting every problem
// with file, line and column.
class ContentLoader final {
public:
    [[nodiscard]] LoadResult load(const ContentFiles& files, const std::string& locale);

    // For the bundle built into the app, which the test suite validates: parses without the schema and
    // cross-file checks to keep start-up quick. Falls back to load() if anything is off, so a broken
    // bundle is still reported in full.
    [[nodiscard]] LoadResult loadTrusted(const ContentFiles& files, const std::string& locale);

    // Every locale folder under a content root (the editor's validator). Empty when all is well.
    [[nodiscard]] Diagnostics validateRoot(const std::filesystem::path& root);

private:
    SchemaValidator m_validator;
};

} // namespace spasmguide
