// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <fstream>
#include <random>
#include <string>

namespace spasmguide::test {

// A fresh folder under the system temp dir, removed with everything in it when the test ends.
class TempDir {
public:
    TempDir() {
        std::random_device seed;
        m_path = std::filesystem::temp_directory_path() / ("spasmguide-test-" + std::to_string(seed()));
        std::filesystem::create_directories(m_path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(m_path, ec);
    }
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }

    void write(const std::string& relative, const std::string& bytes) const {
        const auto file = m_path / relative;
        std::filesystem::create_directories(file.parent_path());
        std::ofstream(file, std::ios::binary | std::ios::trunc) << bytes;
    }

private:
    std::filesystem::path m_path;
};

// A temp content root holding a copy of the shipped bundle, ready to be broken one file at a time.
class ContentCopy : public TempDir {
public:
    ContentCopy() { std::filesystem::copy(SPASMGUIDE_CONTENT_DIR, path(), std::filesystem::copy_options::recursive); }
    [[nodiscard]] std::string display(const std::string& relative) const {
        return (path() / relative).lexically_normal().generic_string();
    }
};

} // namespace spasmguide::test
