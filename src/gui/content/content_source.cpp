// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/content/content_source.h"

#include "gui/content/resource_content_files.h"

#include <QDir>
#include <QRegularExpression>
#include <stdexcept>

namespace spasmguide {

QString languageOf(const QString& locale) {
    const auto separator = locale.indexOf(QRegularExpression(QStringLiteral("[_-]")));
    return (separator < 0 ? locale : locale.left(separator)).toLower();
}

LoadedContent loadContent(ContentLoader& loader, const QString& contentRoot, const QString& locale) {
    LoadedContent loaded;
    loaded.requestedLocale = locale;
    const std::string language = languageOf(locale).toStdString();
    if (!contentRoot.isEmpty()) {
        loaded.requestedRoot = contentRoot;
        const DirectoryContentFiles files(QDir(contentRoot).absolutePath().toStdString());
        // A language the root does not offer (or the "C" locale) reads the base language, English.
        const std::string rootLanguage = files.hasDirectory(language) ? language : std::string(kBaseLanguage);
        auto result = loader.load(files, rootLanguage);
        loaded.problems = std::move(result.diagnostics);
        if (result.bundle) {
            loaded.bundle = std::move(result.bundle);
            loaded.usingBuiltIn = false;
            return loaded;
        }
    }
    const ResourceContentFiles builtIn;
    const std::string builtInLanguage = builtIn.hasDirectory(language) ? language : std::string(kBaseLanguage);
    auto result = loader.loadTrusted(builtIn, builtInLanguage);
    if (!result.bundle) {
        // The build and the test suite validate the built-in bundle; reaching this is a packaging bug.
        throw std::runtime_error("the built-in content bundle is invalid");
    }
    loaded.bundle = std::move(result.bundle);
    return loaded;
}

} // namespace spasmguide
