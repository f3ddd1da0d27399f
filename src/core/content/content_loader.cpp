// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_loader.h"

#include "core/content/content_validator.h"
#include "core/content/cross_checks.h"
#include "core/content/locale_merge.h"
#include "core/content/model_json.h"
#include "core/text/plural.h"

#include <algorithm>
#include <chrono>
#include <exception>
#include <set>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

using Documents = std::map<std::string, nlohmann::json, std::less<>>;

// The warning signs and care screens: a translation must carry all of their text.
constexpr std::string_view kSafetyFile = "red-flags.json";

std::shared_ptr<const ContentBundle> buildBundle(const Documents& files) {
    auto bundle = std::make_shared<ContentBundle>();
    bundle->manifest = files.at("manifest.json").get<Manifest>();
    bundle->redFlags = files.at("red-flags.json").get<RedFlags>();
    bundle->emergencyNumbers = files.at("emergency-numbers.json").get<EmergencyNumbers>();
    bundle->steps = files.at("steps.json").at("steps").get<std::vector<Step>>();
    std::stable_sort(bundle->steps.begin(), bundle->steps.end(),
                     [](const Step& a, const Step& b) { return a.number < b.number; });
    const auto& patterns = files.at("patterns.json");
    bundle->patterns = patterns.at("patterns").get<std::vector<Pattern>>();
    if (patterns.contains("finder")) {
        bundle->finder = patterns.at("finder").get<PatternFinder>();
    }
    bundle->about = files.at("about.json").get<About>();
    bundle->plan = files.at("plan.json").get<Plan>();
    bundle->measures = files.at("measures.json").get<MeasuresContent>();
    if (bundle->measures.rmdq) {
        const auto& locale = bundle->manifest.locale;
        bundle->measures.rmdq->formInReaderLanguage = locale == "en" || locale.rfind("en-", 0) == 0;
    }
    return bundle;
}

void logOutcome(const LoadResult& result, const ContentFiles& files, const std::string& locale,
                std::chrono::steady_clock::time_point started) {
    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    if (result.bundle) {
        spdlog::info("content: loaded {} {} ({}) from {} in {:.1f} ms", result.bundle->manifest.id,
                     result.bundle->manifest.version, locale, files.displayPath(locale), elapsed.count());
    } else {
        spdlog::warn("content: {} has {}", files.displayPath(locale),
                     counted(static_cast<std::int64_t>(result.diagnostics.size()), "problem", "problems"));
    }
}

// A translation falls back to the base when the content root has one; without it a locale stands alone.
bool hasBase(const ContentFiles& files, const std::string& locale) {
    return locale != kBaseLocale && files.hasDirectory(std::string(kBaseLocale));
}

// A schema "unknown field" error already says what a "not in the base" note would.
void dropExtrasTheSchemaReported(Diagnostics& extras, const Diagnostics& schemaProblems) {
    std::set<std::string> pointers;
    for (const auto& d : schemaProblems) {
        pointers.insert(d.pointer);
    }
    extras.erase(std::remove_if(extras.begin(), extras.end(),
                                [&pointers](const Diagnostic& d) { return pointers.count(d.pointer) > 0; }),
                 extras.end());
}

} // namespace

bool isLocaleFolderName(std::string_view name) {
    if (name.size() < 2 || name.size() > 8) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || (c >= 'A' && c <= 'Z'); });
}

void ContentLoader::loadFile(const ContentFiles& files, const BundleFile& bundleFile, const LocaleFiles* base,
                             LocaleFiles& out) {
    const std::string name(bundleFile.name);
    const std::string relativePath = out.locale + '/' + name;
    const ParsedFile* fallback = nullptr;
    if (base) {
        if (const auto it = base->files.find(name); it != base->files.end()) {
            fallback = &it->second;
        }
    }
    if (base && !fallback) {
        // The base's file has errors (a base locale needs every file), so there is nothing to compare with yet.
        out.diagnostics.push_back({files.displayPath(relativePath),
                                   1,
                                   1,
                                   Severity::Warning,
                                   "not checked: " + out.locale + '/' + name + " is compared with " + base->locale +
                                       '/' + name + ", which has errors",
                                   {}});
        return;
    }
    auto read = files.read(relativePath);
    // The manifest says which language a folder holds and who reviewed it: it cannot be borrowed. Nor can the
    // warning signs: safety text is needed in every language.
    if (read.status == FileRead::Status::Missing && fallback && name == kSafetyFile) {
        out.diagnostics.push_back({files.displayPath(relativePath),
                                   1,
                                   1,
                                   Severity::Error,
                                   "file is missing: the warning signs and care text are safety text, needed in "
                                   "every language (copy " +
                                       base->locale + "/" + name + " and translate it)",
                                   {}});
        return;
    }
    if (read.status == FileRead::Status::Missing && fallback && name != "manifest.json") {
        out.diagnostics.push_back({fallback->displayPath,
                                   1,
                                   1,
                                   Severity::Warning,
                                   name + " is missing in " + out.locale + ", falls back to " + base->locale,
                                   {}});
        ParsedFile borrowed = *fallback;
        borrowed.borrowed = true;
        out.files.emplace(name, std::move(borrowed));
        return;
    }
    if (read.status != FileRead::Status::Ok) {
        const bool ownManifestNeeded = read.status == FileRead::Status::Missing && fallback;
        out.diagnostics.push_back({files.displayPath(relativePath),
                                   1,
                                   1,
                                   Severity::Error,
                                   ownManifestNeeded ? "file is missing (a translation needs its own manifest, "
                                                       "with its locale and review)"
                                                     : read.error,
                                   {}});
        return;
    }
    const auto before = out.diagnostics.size();
    auto file = parseContent(files.displayPath(relativePath), std::move(read.bytes), out.diagnostics);
    if (!file) {
        return;
    }
    MergeReport merge;
    if (fallback) {
        file->document = mergeOverBase(fallback->document, *file, {base->locale, out.locale}, &merge,
                                       name == kSafetyFile ? Completeness::Required : Completeness::FallBackToBase);
    }
    Diagnostics schemaProblems;
    const bool valid = checkAgainstSchema(*file, std::string(bundleFile.schemaFile), m_validator, schemaProblems);
    dropExtrasTheSchemaReported(merge.extras, schemaProblems);
    for (auto* list : {&merge.fallbacks, &merge.extras, &merge.mismatches, &schemaProblems}) {
        out.diagnostics.insert(out.diagnostics.end(), list->begin(), list->end());
    }
    sortByPosition(out.diagnostics, before);
    out.untranslated.insert(out.untranslated.end(), merge.untranslated.begin(), merge.untranslated.end());
    if (valid) {
        out.files.emplace(name, std::move(*file));
    }
}

Diagnostics ContentLoader::validateRoot(const std::filesystem::path& root) {
    return ContentValidator(std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())).validateRoot(root);
}

LocaleFiles ContentLoader::loadLocale(const ContentFiles& files, const std::string& locale, const LocaleFiles* base) {
    LocaleFiles result;
    result.locale = locale;
    if (!isLocaleFolderName(locale) || !files.hasDirectory(locale)) {
        result.diagnostics.push_back({files.displayPath(locale),
                                      1,
                                      1,
                                      Severity::Error,
                                      "no content for locale \"" + locale + "\" (the folder is missing)",
                                      {}});
        return result;
    }
    for (const auto& file : kBundleFiles) {
        loadFile(files, file, base, result);
    }
    // Cross-file rules read documents as the schemas shape them, so each runs on the schema-valid files it needs:
    // a broken file never hides another file's problems.
    result.checked = result.files.size() == kBundleFiles.size();
    crossCheckBundle(result.files, locale, result.diagnostics);
    return result;
}

LoadResult ContentLoader::load(const ContentFiles& files, const std::string& locale) {
    const auto started = std::chrono::steady_clock::now();
    LoadResult result;
    LocaleFiles base;
    if (hasBase(files, locale)) {
        base = loadLocale(files, std::string(kBaseLocale), nullptr);
        if (hasErrors(base.diagnostics)) {
            result.diagnostics = std::move(base.diagnostics); // nothing to fall back to until the base is fixed
            logOutcome(result, files, locale, started);
            return result;
        }
    }
    auto loaded = loadLocale(files, locale, hasBase(files, locale) ? &base : nullptr);
    result.diagnostics = std::move(loaded.diagnostics);
    if (loaded.checked && !hasErrors(result.diagnostics)) {
        Documents documents;
        for (auto& [name, file] : loaded.files) {
            documents.emplace(name, std::move(file.document));
        }
        result.bundle = buildBundle(documents);
    }
    logOutcome(result, files, locale, started);
    return result;
}

std::shared_ptr<const ContentBundle> ContentLoader::buildTrusted(const ContentFiles& files, const std::string& locale) {
    try {
        const bool translation = hasBase(files, locale);
        Documents documents;
        for (const auto& file : kBundleFiles) {
            const std::string name(file.name);
            auto own = files.read(locale + '/' + name);
            // Merging and converting recurse; the full check reports a document nested too deeply.
            if (own.status == FileRead::Status::Ok && nestingDepth(own.bytes) > SourceText::kMaxDepth) {
                return nullptr;
            }
            if (!translation) {
                if (own.status != FileRead::Status::Ok) {
                    return nullptr;
                }
                documents.emplace(name, nlohmann::json::parse(own.bytes));
                continue;
            }
            auto base = files.read(std::string(kBaseLocale) + '/' + name);
            if (base.status != FileRead::Status::Ok || nestingDepth(base.bytes) > SourceText::kMaxDepth ||
                (own.status != FileRead::Status::Ok && (name == "manifest.json" || name == kSafetyFile))) {
                return nullptr;
            }
            auto baseDocument = nlohmann::json::parse(base.bytes);
            if (own.status != FileRead::Status::Ok) {
                documents.emplace(name, std::move(baseDocument));
                continue;
            }
            const ParsedFile ownFile{files.displayPath(locale + '/' + name), SourceText({}),
                                     nlohmann::json::parse(own.bytes)};
            documents.emplace(name, mergeOverBase(baseDocument, ownFile, {std::string(kBaseLocale), locale}, nullptr));
        }
        return buildBundle(documents);
    } catch (const std::exception&) {
        return nullptr;
    }
}

LoadResult ContentLoader::loadTrusted(const ContentFiles& files, const std::string& locale) {
    const auto started = std::chrono::steady_clock::now();
    LoadResult result{buildTrusted(files, locale), {}};
    if (!result.bundle) {
        return load(files, locale); // reports exactly what is wrong
    }
    logOutcome(result, files, locale, started);
    return result;
}

} // namespace spasmguide
