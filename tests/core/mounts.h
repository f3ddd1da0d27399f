// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <system_error>

#ifdef __linux__
#include <sys/mount.h>
#include <unistd.h>
#endif

namespace spasmguide::test {

// A small tmpfs mounted over `dir` (which keeps its files underneath, untouched, and gets them back when this ends).
// Needs root (CAP_SYS_ADMIN); where that is not there, ok() is false and reason() says why, for the test to skip.
class TmpfsMount {
public:
    TmpfsMount(std::filesystem::path dir, const std::string& size) : m_dir(std::move(dir)) {
#ifdef __linux__
        std::filesystem::create_directories(m_dir);
        const std::string options = "size=" + size + ",mode=0700";
        if (::mount("tmpfs", m_dir.c_str(), "tmpfs", 0, options.c_str()) != 0) {
            m_reason = "mounting a tmpfs is not permitted here (" + std::string(std::strerror(errno)) + ")";
            return;
        }
        m_mounted = true;
#else
        m_reason = "tmpfs mounts are Linux only";
#endif
    }
    ~TmpfsMount() {
#ifdef __linux__
        if (m_mounted) {
            ::umount2(m_dir.c_str(), MNT_DETACH);
        }
#endif
    }
    TmpfsMount(const TmpfsMount&) = delete;
    TmpfsMount& operator=(const TmpfsMount&) = delete;

    [[nodiscard]] bool ok() const {
        return m_mounted;
    }
    [[nodiscard]] const std::string& reason() const {
        return m_reason;
    }
    [[nodiscard]] const std::filesystem::path& path() const {
        return m_dir;
    }

    // Makes the mount read-only: a folder that even root cannot write.
    bool remountReadOnly() {
#ifdef __linux__
        if (::mount(nullptr, m_dir.c_str(), nullptr, MS_REMOUNT | MS_RDONLY, nullptr) != 0) {
            m_reason = "remounting read-only failed (" + std::string(std::strerror(errno)) + ")";
            return false;
        }
        return true;
#else
        return false;
#endif
    }

    // Fills the mount with a file of zeros until at most `leave` bytes are free (a disk that is nearly full).
    void fillLeaving(std::uintmax_t leave) {
        std::ofstream filler(m_dir / "filler", std::ios::binary | std::ios::app);
        const std::string block(4096, '\0');
        while (std::filesystem::space(m_dir).available > leave + block.size() && filler.write(block.data(), 4096)) {
            filler.flush();
        }
    }

private:
    std::filesystem::path m_dir;
    bool m_mounted = false;
    std::string m_reason;
};

// Whether file permissions stop this process (they do not stop root).
inline bool permissionsApply() {
#ifdef __linux__
    return ::geteuid() != 0;
#else
    return true;
#endif
}

// A copy of `from`'s files in a folder `to` that this process cannot write: a read-only tmpfs for root, a folder
// without write permission otherwise. ok() false (with reason()) when neither can be made.
class ReadOnlyCopy {
public:
    ReadOnlyCopy(const std::filesystem::path& from, const std::filesystem::path& to) : m_mount(to, "16m"), m_to(to) {
        namespace fs = std::filesystem;
        if (permissionsApply()) {
            m_reason.clear();
            fs::create_directories(to);
            fs::copy(from, to, fs::copy_options::recursive);
            fs::permissions(to, fs::perms::owner_read | fs::perms::owner_exec, fs::perm_options::replace);
            m_ok = true;
            return;
        }
        if (!m_mount.ok()) {
            m_reason = "root ignores permissions and " + m_mount.reason();
            return;
        }
        fs::copy(from, to, fs::copy_options::recursive);
        m_ok = m_mount.remountReadOnly();
        m_reason = m_mount.reason();
    }
    ~ReadOnlyCopy() {
        if (permissionsApply()) {
            std::error_code ec;
            std::filesystem::permissions(m_to, std::filesystem::perms::owner_all,
                                         std::filesystem::perm_options::replace, ec);
        }
    }
    ReadOnlyCopy(const ReadOnlyCopy&) = delete;
    ReadOnlyCopy& operator=(const ReadOnlyCopy&) = delete;

    [[nodiscard]] bool ok() const { return m_ok; }
    [[nodiscard]] const std::string& reason() const { return m_reason; }

private:
    TmpfsMount m_mount;
    std::filesystem::path m_to;
    bool m_ok = false;
    std::string m_reason;
};

} // namespace spasmguide::test
