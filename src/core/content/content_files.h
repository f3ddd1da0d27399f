// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace spasmguide {

struct FileRead {
    enum class Status { Ok, Missing, NotAFile, Unreadable, TooLarge };
    Status status = Status::Ok;
    std::string bytes;
    std::string error; // human-readable reason when not Ok
};

// Where a content root's files come from: a folder on disk, or (in the app) the bundle compiled into it.
// Paths are relative to the content root, with '/' separators, e.g. "en/steps.json".
class ContentFiles {
public:
    virtual ~ContentFiles() = default;
    [[nodiscard]] virtual FileRead read(const std::string& relativePath) const = 0;
    [[nodiscard]] virtual bool hasDirectory(const std::string& relativePath) const = 0;
    // Whether a readable file is there; sources that can tell without reading it say so faster.
    [[nodiscard]] virtual bool hasFile(const std::string& relativePath) const {
        return read(relativePath).status == FileRead::Status::Ok;
    }
    // How a file is named in messages: a path the user can open in an editor.
    [[nodiscard]] virtual std::string displayPath(const std::string& relativePath) const = 0;
};

class DirectoryContentFiles final : public ContentFiles {
public:
    explicit DirectoryContentFiles(std::filesystem::path root);

    [[nodiscard]] FileRead read(const std::string& relativePath) const override;
    [[nodiscard]] bool hasDirectory(const std::string& relativePath) const override;
    [[nodiscard]] bool hasFile(const std::string& relativePath) const override;
    [[nodiscard]] std::string displayPath(const std::string& relativePath) const override;

private:
    std::filesystem::path m_root;
};

} // namespace spasmguide
