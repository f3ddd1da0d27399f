// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_files.h"

#include "core/content/input_limits.h"

#include <fstream>
#include <sstream>

namespace spasmguide {

namespace fs = std::filesystem;

DirectoryContentFiles::DirectoryContentFiles(fs::path root) : m_root(std::move(root)) {}

FileRead DirectoryContentFiles::read(const std::string& relativePath) const {
    const fs::path path = m_root / fs::path(relativePath);
    std::error_code ec;
    const auto status = fs::status(path, ec);
    if (!fs::exists(status)) {
        return {FileRead::Status::Missing, {}, "file is missing"};
    }
    if (!fs::is_regular_file(status)) {
        return {FileRead::Status::NotAFile,
                {},
                fs::is_directory(status) ? "is a directory, expected a file" : "is not a regular file"};
    }
    // Refused unread: a content file is small, and a huge one must not be read into memory first.
    if (const auto size = fs::file_size(path, ec); !ec && size > kMaxContentFileBytes) {
        return {FileRead::Status::TooLarge, {}, fileTooLargeMessage(static_cast<std::size_t>(size))};
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        return {FileRead::Status::Unreadable, {}, "cannot be read (check its permissions)"};
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    if (in.bad()) {
        return {FileRead::Status::Unreadable, {}, "reading failed part-way"};
    }
    return {FileRead::Status::Ok, std::move(buffer).str(), {}};
}

bool DirectoryContentFiles::hasDirectory(const std::string& relativePath) const {
    std::error_code ec;
    return fs::is_directory(m_root / fs::path(relativePath), ec);
}

bool DirectoryContentFiles::hasFile(const std::string& relativePath) const {
    std::error_code ec;
    return fs::is_regular_file(m_root / fs::path(relativePath), ec);
}

std::string DirectoryContentFiles::displayPath(const std::string& relativePath) const {
    return (m_root / fs::path(relativePath)).lexically_normal().generic_string();
}

} // namespace spasmguide
