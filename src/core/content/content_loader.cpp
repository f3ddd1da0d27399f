// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/content_loader.h"

#include "content/cross_checks.h"
#include "content/model_json.h"
#include "content/parsed_file.h"

#include <algorithm>
#include <chrono>
#include <map>
#include <spdlog/spdlog.h>
#include <stdexcept>

namespace spasmguide {
namespace {

using Documents = std::map<std::string, const nlohmann::json*>;

std::shared_ptr<const ContentBundle> buildBundle(const Documents& files) {
    auto bundle = std::make_shared<ContentBundle>();
    bundle->manifest = files.at("manifest.json")->get<Manifest>();
    bundle->redFlags = files.at("red-flags.json")->get<RedFlags>();
    bundle->emergencyNumbers = files.at("emergency-numbers.json")->get<EmergencyNumbers>();
    bundle->steps = files.at("steps.json")->at("steps").get<std::vector<Step>>();
    std::sort(bundle->steps.begin(), bundle->steps.end(),
              [](const Step& a, const Step& b) { return a.number < b.number; });
    bundle->patterns = files.at("patterns.json")->at("patterns").get<std::vector<Pattern>>();
    bundle->about = files.at("about.json")->get<About>();
    return bundle;
}

bool isLocaleFolderName(const std::string& name) {
    if (name.size() < 2 || name.size() > 8) {
        return false;
    }
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || c == '-' || (c >= 'A' && c <= 'Z'); });
}

} // namespace

LoadResult ContentLoader::load(const ContentFiles& files, const std::string& locale) {
    const auto started = std::chrono::steady_clock::now();
    LoadResult result;
    if (!isLocaleFolderName(locale) || !files.hasDirectory(locale)) {
        result.diagnostics.push_back({files.displayPath(locale),
                                      1,
                                      1,
                                      Severity::Error,
                                      "no content for locale \"" + locale + "\" (the folder is missing)",
                                      {}});
        spdlog::warn("content: no locale folder {}", files.displayPath(locale));
        return result;
    }

    std::map<std::string, ParsedFile> parsed;
    bool schemaValid = true;
    for (const auto& [name, schemaFile] : kBundleFiles) {
        const auto before = result.diagnostics.size();
        auto file = parseContentFile(files, locale + '/' + std::string(name), std::string(schemaFile), m_validator,
                                     result.diagnostics);
        schemaValid = schemaValid && file && result.diagnostics.size() == before;
        if (file) {
            parsed.emplace(std::string(name), std::move(*file));
        }
    }
    // Cross-file rules read documents as the schemas shape them, so they wait for schema-valid files.
    if (schemaValid) {
        crossCheckBundle(parsed, locale, result.diagnostics);
    }
    if (!hasErrors(result.diagnostics)) {
        Documents documents;
        for (const auto& [name, file] : parsed) {
            documents.emplace(name, &file.document);
        }
        result.bundle = buildBundle(documents);
    }

    const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
    if (result.bundle) {
        spdlog::info("content: loaded {} {} ({}) from {} in {:.1f} ms", result.bundle->manifest.id,
                     result.bundle->manifest.version, locale, files.displayPath(locale), elapsed.count());
    } else {
        spdlog::warn("content: {} has {} problem(s)", files.displayPath(locale), result.diagnostics.size());
    }
    return result;
}

LoadResult ContentLoader::loadTrusted(const ContentFiles& files, const std::string& locale) {
    const auto started = std::chrono::steady_clock::now();
    try {
        std::map<std::string, nlohmann::json> parsed;
        Documents documents;
        for (const auto& file : kBundleFiles) {
            const std::string name(file.name);
            auto read = files.read(locale + '/' + name);
            if (read.status != FileRead::Status::Ok) {
                throw std::runtime_error(read.error);
            }
            documents.emplace(name, &parsed.emplace(name, nlohmann::json::parse(read.bytes)).first->second);
        }
        LoadResult result{buildBundle(documents), {}};
        const auto elapsed = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started);
        spdlog::info("content: loaded {} {} ({}) from {} in {:.1f} ms", result.bundle->manifest.id,
                     result.bundle->manifest.version, locale, files.displayPath(locale), elapsed.count());
        return result;
    } catch (const std::exception&) {
        return load(files, locale); // reports exactly what is wrong
    }
}

Diagnostics ContentLoader::validateRoot(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    Diagnostics out;
    const auto display = root.lexically_normal().generic_string();
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        out.push_back({display, 1, 1, Severity::Error, "content root is not a folder", {}});
        return out;
    }
    std::vector<std::string> locales;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const auto name = entry.path().filename().string();
        if (entry.is_directory(ec) && name != "schema" && isLocaleFolderName(name)) {
            locales.push_back(name);
        }
    }
    std::sort(locales.begin(), locales.end());
    if (locales.empty()) {
        out.push_back({display, 1, 1, Severity::Error, "no locale folders (such as \"en\") found", {}});
    }
    const DirectoryContentFiles files(root);
    for (const auto& locale : locales) {
        auto result = load(files, locale);
        out.insert(out.end(), result.diagnostics.begin(), result.diagnostics.end());
    }
    return out;
}

} // namespace spasmguide
