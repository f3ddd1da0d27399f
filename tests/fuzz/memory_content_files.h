// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"

#include <map>
#include <string>

namespace spasmguide::fuzz {

// A content root held in memory, so each fuzz input costs no disk access: "en/steps.json" -> bytes.
class MemoryContentFiles final : public ContentFiles {
public:
    std::map<std::string, std::string> files;

    [[nodiscard]] FileRead read(const std::string& relativePath) const override {
        const auto it = files.find(relativePath);
        if (it == files.end()) {
            return {FileRead::Status::Missing, {}, "file is missing"};
        }
        return {FileRead::Status::Ok, it->second, {}};
    }

    [[nodiscard]] bool hasDirectory(const std::string& relativePath) const override {
        const auto it = files.lower_bound(relativePath + '/');
        return it != files.end() && it->first.rfind(relativePath + '/', 0) == 0;
    }

    [[nodiscard]] std::string displayPath(const std::string& relativePath) const override {
        return "fuzz/" + relativePath;
    }
};

} // namespace spasmguide::fuzz
