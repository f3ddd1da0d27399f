// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/log/set_aside_logs.h"

#include "core/store/data_files.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace spasmguide {

std::vector<std::filesystem::path> setAsideLogs(const std::filesystem::path& dataDir) {
    // The label store_opener.cpp gives a damaged log it moves aside (data_files::freeSibling adds "-2" etc.).
    const std::string marker = data_files::databasePath(dataDir).filename().string() + ".corrupt-";
    constexpr std::array<std::string_view, 3> kCompanions{"-wal", "-shm", "-journal"};
    std::vector<std::filesystem::path> found;
    for (const auto& file : data_files::allDataFiles(dataDir)) {
        const std::string name = file.filename().string();
        const bool companion = std::any_of(kCompanions.begin(), kCompanions.end(),
                                           [&](std::string_view suffix) { return name.ends_with(suffix); });
        if (name.starts_with(marker) && !companion) {
            found.push_back(file);
        }
    }
    return found; // allDataFiles() sorts
}

} // namespace spasmguide
