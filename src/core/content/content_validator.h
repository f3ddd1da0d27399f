// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"
#include "core/content/content_loader.h"
#include "core/content/diagnostic.h"

#include <chrono>
#include <filesystem>
#include <string>
#include <vector>

namespace spasmguide {

// The editor's check of a whole content root (--validate-content): everything the loader checks, each
// translation compared with the base locale (what falls back, what the base lacks, text left untranslated),
// and the editorial rules of editorial_checks.h. Diagnostics come locale by locale, base first, in file order.
class ContentValidator final {
public:
    // `today` decides whether a review date is in the future.
    explicit ContentValidator(std::chrono::sys_days today) : m_today(today) {}

    // Every locale folder under `root`. Empty when all is well.
    [[nodiscard]] Diagnostics validateRoot(const std::filesystem::path& root);

    // The named locales of a content root, from any source of files (the fuzzer's are in memory).
    [[nodiscard]] Diagnostics validate(const ContentFiles& files, std::vector<std::string> locales);

private:
    ContentLoader m_loader;
    std::chrono::sys_days m_today;
};

} // namespace spasmguide
