// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_validator.h"

#include "core/content/editorial_checks.h"

#include <algorithm>
#include <tuple>

namespace spasmguide {
namespace {

// Diagnostics about a folder come first, then each file in kBundleFiles order.
int fileRank(const std::string& path) {
    for (std::size_t i = 0; i < kBundleFiles.size(); ++i) {
        const auto name = "/" + std::string(kBundleFiles[i].name);
        if (path.size() >= name.size() && path.compare(path.size() - name.size(), name.size(), name) == 0) {
            return static_cast<int>(i) + 1;
        }
    }
    return 0;
}

void sortInFileOrder(Diagnostics& out, std::size_t from) {
    std::stable_sort(out.begin() + static_cast<std::ptrdiff_t>(from), out.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                         return std::make_tuple(fileRank(a.file), a.line, a.column) <
                                std::make_tuple(fileRank(b.file), b.line, b.column);
                     });
}

void append(Diagnostics& out, const Diagnostics& more) {
    out.insert(out.end(), more.begin(), more.end());
}

} // namespace

Diagnostics ContentValidator::validateRoot(const std::filesystem::path& root) {
    namespace fs = std::filesystem;
    const auto display = root.lexically_normal().generic_string();
    std::error_code ec;
    if (!fs::is_directory(root, ec)) {
        return {{display, 1, 1, Severity::Error, "content root is not a folder", {}}};
    }
    std::vector<std::string> locales;
    for (const auto& entry : fs::directory_iterator(root, ec)) {
        const auto name = entry.path().filename().string();
        if (entry.is_directory(ec) && name != "schema" && isLocaleFolderName(name)) {
            locales.push_back(name);
        }
    }
    if (locales.empty()) {
        return {{display, 1, 1, Severity::Error, "no locale folders (such as \"en\") found", {}}};
    }
    return validate(DirectoryContentFiles(root), std::move(locales));
}

Diagnostics ContentValidator::validate(const ContentFiles& files, std::vector<std::string> locales) {
    const std::string baseName(kBaseLocale);
    // The base first: translations are compared with it.
    std::sort(locales.begin(), locales.end(), [&baseName](const std::string& a, const std::string& b) {
        return std::make_tuple(a != baseName, a) < std::make_tuple(b != baseName, b);
    });
    locales.erase(std::unique(locales.begin(), locales.end()), locales.end());
    const bool hasBase = !locales.empty() && locales.front() == baseName;

    Diagnostics out;
    if (!hasBase) {
        out.push_back({files.displayPath(baseName),
                       1,
                       1,
                       Severity::Error,
                       "no \"" + baseName +
                           "\" folder: every content root needs the base locale, which the others "
                           "fall back to",
                       {}});
        // A translation carries only its own words; checked without the base it would drown the one real
        // error above in hundreds of "missing field" lines for fields it rightly leaves to the base.
        for (const auto& locale : locales) {
            out.push_back({files.displayPath(locale),
                           1,
                           1,
                           Severity::Warning,
                           "not checked: it is a translation of \"" + baseName + "\", which is missing",
                           {}});
        }
        return out;
    }
    LocaleFiles base;
    for (const auto& locale : locales) {
        const auto before = out.size();
        const bool isTranslation = locale != baseName;
        // A base with errors still serves: each translated file is compared with the base's file when that file
        // is usable, and reported as not checked when it is not.
        auto loaded = m_loader.loadLocale(files, locale, isTranslation ? &base : nullptr);
        append(out, loaded.diagnostics);
        append(out, loaded.untranslated);
        checkEditorialRules(loaded, files, isTranslation, m_today, out);
        sortInFileOrder(out, before);
        if (locale == baseName) {
            base = std::move(loaded);
        }
    }
    return out;
}

} // namespace spasmguide
