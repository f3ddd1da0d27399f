// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_loader.h"

#include <QString>
#include <memory>

namespace spasmguide {

// The language every content root must offer; others fall back to it.
inline constexpr const char* kBaseLanguage = "en";

// The content the app shows, and what went wrong on the way to it.
struct LoadedContent {
    std::shared_ptr<const ContentBundle> bundle; // never null
    Diagnostics problems;                        // problems with the requested content root, if any
    QString requestedRoot;                       // --content folder, empty for the built-in bundle
    QString requestedLocale;                     // as asked for, e.g. "es_MX"
    bool usingBuiltIn = true;
};

// Loads `contentRoot` (when given) for `locale`; if that fails, falls back to the built-in bundle so the
// app always starts, keeping the problems to show the user.
[[nodiscard]] LoadedContent loadContent(ContentLoader& loader, const QString& contentRoot, const QString& locale);

// "en" from "en_GB", "es-419"...; the bundle folder name for a locale.
[[nodiscard]] QString languageOf(const QString& locale);

} // namespace spasmguide
