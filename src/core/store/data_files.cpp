// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/data_files.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <system_error>

#ifndef _WIN32
#include <fcntl.h>
#include <unistd.h>
#endif

namespace spasmguide::data_files {

namespace fs = std::filesystem;

namespace {
constexpr const char* kFileName = "spasmguide.sqlite3";
constexpr std::array<const char*, 3> kCompanions{"-wal", "-shm", "-journal"};

fs::path withSuffix(const fs::path& file, const std::string& suffix) {
    return fs::path(file.string() + suffix);
}

// Present as anything, a dangling link included (fs::exists follows links).
bool present(const fs::path& file) {
    std::error_code ec;
    return fs::exists(fs::symlink_status(file, ec));
}

bool taken(const fs::path& file) {
    return present(file) || std::any_of(kCompanions.begin(), kCompanions.end(),
                                        [&](const char* suffix) { return present(withSuffix(file, suffix)); });
}
} // namespace

fs::path databasePath(const fs::path& dataDir) {
    return dataDir / kFileName;
}

std::vector<fs::path> allDataFiles(const fs::path& dataDir) {
    const std::string name = kFileName;
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& entry : fs::directory_iterator(dataDir, ec)) {
        const std::string file = entry.path().filename().string();
        const bool ours = file == name || (file.size() > name.size() && file.compare(0, name.size(), name) == 0 &&
                                           (file[name.size()] == '-' || file[name.size()] == '.'));
        if (ours && !entry.is_directory(ec)) {
            files.push_back(entry.path());
        }
    }
    std::sort(files.begin(), files.end());
    return files;
}

std::vector<fs::path> removeAll(const fs::path& dataDir) {
    std::vector<fs::path> removed;
    for (const auto& file : allDataFiles(dataDir)) {
        std::error_code ec;
        if (fs::remove(file, ec)) {
            removed.push_back(file);
        }
    }
    return removed;
}

fs::path symbolicLink(const fs::path& db) {
    std::error_code ec;
    if (fs::is_symlink(fs::symlink_status(db, ec))) {
        return db;
    }
    for (const char* suffix : kCompanions) {
        if (fs::is_symlink(fs::symlink_status(withSuffix(db, suffix), ec))) {
            return withSuffix(db, suffix);
        }
    }
    return {};
}

fs::path freeSibling(const fs::path& db, const std::string& label) {
    const fs::path base = withSuffix(db, "." + label);
    fs::path candidate = base;
    for (int n = 2; taken(candidate); ++n) {
        candidate = withSuffix(base, "-" + std::to_string(n));
    }
    return candidate;
}

bool moveAside(const fs::path& db, const fs::path& target, std::string& error) {
    std::error_code ec;
    fs::rename(db, target, ec);
    if (ec) {
        error = ec.message();
        return false;
    }
    for (const char* suffix : kCompanions) {
        // A -wal left behind would be replayed into the fresh database, so a failure here is a failure.
        if (fs::exists(withSuffix(db, suffix), ec)) {
            fs::rename(withSuffix(db, suffix), withSuffix(target, suffix), ec);
            if (ec) {
                error = ec.message();
                return false;
            }
        }
    }
    return true;
}

std::vector<fs::path> absentCompanions(const fs::path& db) {
    std::vector<fs::path> absent;
    std::error_code ec;
    for (const char* suffix : kCompanions) {
        if (!fs::exists(withSuffix(db, suffix), ec)) {
            absent.push_back(withSuffix(db, suffix));
        }
    }
    return absent;
}

void removeCreatedCompanions(const std::vector<fs::path>& created) {
    for (const auto& file : created) {
        std::error_code ec;
        const bool index = file.string().ends_with("-shm");
        if (fs::exists(file, ec) && (index || fs::file_size(file, ec) == 0) && !ec) {
            fs::remove(file, ec);
        }
    }
}

bool copyDurably(const fs::path& from, const fs::path& target, std::error_code& error) {
#ifdef _WIN32
    fs::copy_file(from, target, fs::copy_options::none, error);
    return !error;
#else
    const int in = ::open(from.c_str(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (in < 0) {
        error = {errno, std::generic_category()};
        return false;
    }
    const int out = ::open(target.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (out < 0) {
        error = {errno, std::generic_category()};
        ::close(in);
        return false;
    }
    std::array<char, 1 << 16> buffer{};
    int failure = 0;
    for (;;) {
        const ssize_t got = ::read(in, buffer.data(), buffer.size());
        if (got <= 0) {
            failure = got < 0 ? errno : 0;
            break;
        }
        for (ssize_t done = 0; done < got && failure == 0;) {
            const ssize_t put = ::write(out, buffer.data() + done, static_cast<std::size_t>(got - done));
            if (put > 0) {
                done += put;
            } else if (put == 0 || errno != EINTR) {
                failure = put == 0 ? ENOSPC : errno;
            }
        }
        if (failure != 0) {
            break;
        }
    }
    // A full disk may only show at fsync or close (delayed allocation): both are checked.
    if (failure == 0 && ::fsync(out) != 0) {
        failure = errno;
    }
    if (::close(out) != 0 && failure == 0) {
        failure = errno;
    }
    ::close(in);
    if (failure != 0) {
        error = {failure, std::generic_category()};
        std::error_code ignored;
        fs::remove(target, ignored);
        return false;
    }
    return true;
#endif
}

void syncFolder(const fs::path& dir) {
#ifndef _WIN32
    const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    (void)dir;
#endif
}

bool createPrivateFile(const fs::path& file, std::error_code& error) {
#ifdef _WIN32
    (void)file;
    (void)error;
    return true;
#else
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        error = {errno, std::generic_category()};
        return false;
    }
    ::close(fd);
    return true;
#endif
}

} // namespace spasmguide::data_files
