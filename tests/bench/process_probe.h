// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What a benchmark reports about its own process and disk: resident memory and the file system it writes to.
// Linux only (/proc/self, statfs); elsewhere the figures read as unknown.
#pragma once

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#ifdef __linux__
#include <sys/vfs.h>
#endif

namespace spasmguide::bench {

inline double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

inline double msSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

// A /proc/self/status field in MiB ("VmRSS" now, "VmHWM" the peak); -1 when unknown.
inline double statusMiB(const std::string& field) {
    std::ifstream status("/proc/self/status");
    for (std::string line; std::getline(status, line);) {
        if (line.rfind(field + ":", 0) == 0) {
            return std::stod(line.substr(field.size() + 1)) / 1024.0; // the kernel reports kB
        }
    }
    return -1;
}

// The 1-minute load average, -1 when unknown: wall times on a busy machine are not the code's alone.
inline double loadAverage() {
    std::ifstream loadavg("/proc/loadavg");
    double oneMinute = -1;
    loadavg >> oneMinute;
    return oneMinute;
}

// Starts VmHWM over from the current RSS (Linux 4.0+), so a peak can be taken over one stretch of work.
inline bool resetPeakRss() {
    std::ofstream clearRefs("/proc/self/clear_refs");
    clearRefs << "5";
    clearRefs.flush();
    return static_cast<bool>(clearRefs);
}

// The file system holding `path`, by statfs magic number: tmpfs would measure memory, not a disk.
inline std::string fileSystemOf(const std::filesystem::path& path) {
#ifdef __linux__
    struct statfs info {};
    if (statfs(path.c_str(), &info) != 0) {
        return "unknown";
    }
    switch (static_cast<std::uint32_t>(info.f_type)) {
    case 0xEF53u:
        return "ext2/3/4";
    case 0x01021994u:
        return "tmpfs (memory, not a disk)";
    case 0x58465342u:
        return "xfs";
    case 0x9123683Eu:
        return "btrfs";
    case 0x794C7630u:
        return "overlayfs";
    default:
        char hex[32];
        std::snprintf(hex, sizeof hex, "statfs type 0x%x", static_cast<unsigned>(info.f_type));
        return hex;
    }
#else
    (void)path;
    return "unknown";
#endif
}

} // namespace spasmguide::bench
