// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"
#include "core/content/diagnostic.h"
#include "core/content/model.h"
#include "core/content/parsed_file.h"
#include "core/content/schema_validator.h"

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
inline constexpr std::array<BundleFile, 8> kBundleFiles{{
    {"manifest.json", "manifest.schema.json"},
    {"red-flags.json", "red-flags.schema.json"},
    {"emergency-numbers.json", "emergency-numbers.schema.json"},
    {"steps.json", "steps.schema.json"},
    {"patterns.json", "patterns.schema.json"},
    {"about.json", "about.schema.json"},
    {"plan.json", "plan.schema.json"},
    {"measures.json", "measures.schema.json"},
}};

// The locale every content root must offer. Other locales are translations of it: whatever they lack (a file,
// a key, a list item) is taken from it.
inline constexpr std::string_view kBaseLocale = "en";

// A folder name that can hold a locale: "en", "es", "pt-BR" (2 to 8 letters and hyphens).
[[nodiscard]] bool isLocaleFolderName(std::string_view name);

struct LoadResult {
    std::shared_ptr<const ContentBundle> bundle; // null when any error was found
    Diagnostics diagnostics;                     // every problem found, not just the first; warnings allow a bundle
};

// One locale's files as the checks see them: parsed and, for a translation, merged over the base locale.
struct LocaleFiles {
    std::string locale;
    ParsedFiles files;        // the usable, schema-valid ones
    Diagnostics diagnostics;  // what the app reports, including fallbacks
    Diagnostics untranslated; // warnings only the validator reports
    bool checked = false;     // every file usable and schema-valid, so the cross-file checks ran too
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

    // loadTrusted() without the fall-back: null when anything is off (the fuzzer calls it on any input).
    [[nodiscard]] static std::shared_ptr<const ContentBundle> buildTrusted(const ContentFiles& files,
                                                                           const std::string& locale);

    // Every locale folder under a content root, checked by ContentValidator as of today. For callers not yet
    // moved to ContentValidator itself.
    [[nodiscard]] Diagnostics validateRoot(const std::filesystem::path& root);

    // One locale, merged over `base` when given (a base that loaded without errors).
    [[nodiscard]] LocaleFiles loadLocale(const ContentFiles& files, const std::string& locale, const LocaleFiles* base);

private:
    void loadFile(const ContentFiles& files, const BundleFile& file, const LocaleFiles* base, LocaleFiles& out);

    SchemaValidator m_validator;
};

} // namespace spasmguide
