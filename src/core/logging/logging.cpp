// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/logging/logging.h"

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

namespace spasmguide {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kRotatedFiles = 3;

// Where setUpLogging() last pointed the file log, so clearLogFiles() can start it again in the same place.
struct LogSetUp {
    fs::path dir;
    bool verbose = false;
    bool toFile = false;
};
LogSetUp& logSetUp() {
    static LogSetUp setUp;
    return setUp;
}

} // namespace

bool createPrivateDirectory(const fs::path& dir, std::string* error) {
    std::error_code ec;
    const bool existed = fs::exists(dir, ec);
    fs::create_directories(dir, ec);
    if (ec || !fs::is_directory(dir)) {
        if (error) {
            *error = ec ? ec.message() : "not a folder";
        }
        return false;
    }
    // Only folders we create are restricted: a folder the user chose keeps the permissions they gave it.
    // On Windows permissions map to the read-only flag; the profile folder is already per-user.
    if (!existed) {
        fs::permissions(dir, fs::perms::owner_all, fs::perm_options::replace, ec);
    }
    return true;
}

bool setUpLogging(const fs::path& logDir, bool verbose) {
    logSetUp() = {logDir, verbose, false};
    auto console = std::make_shared<spdlog::sinks::stderr_color_sink_mt>();
    console->set_level(verbose ? spdlog::level::debug : spdlog::level::warn);
    std::vector<spdlog::sink_ptr> sinks{console};

    std::string error;
    bool fileOk = createPrivateDirectory(logDir, &error);
    if (fileOk) {
        const auto file = logDir / "spasmguide.log";
        try {
            constexpr std::size_t kMaxBytes = 1024 * 1024;
            auto rotating =
                std::make_shared<spdlog::sinks::rotating_file_sink_mt>(file.string(), kMaxBytes, kRotatedFiles);
            rotating->set_level(spdlog::level::debug);
            sinks.push_back(rotating);
            std::error_code ec;
            fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write, fs::perm_options::replace, ec);
        } catch (const spdlog::spdlog_ex& e) {
            error = e.what();
            fileOk = false;
        }
    }
    auto logger = std::make_shared<spdlog::logger>("spasmguide", sinks.begin(), sinks.end());
    logger->set_level(spdlog::level::debug);
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    if (!fileOk) {
        spdlog::warn("logging to file disabled: {} ({})", logDir.string(), error);
    }
    logSetUp().toFile = fileOk;
    return fileOk;
}

std::vector<fs::path> logFiles() {
    const auto& setUp = logSetUp();
    std::vector<fs::path> files;
    if (!setUp.toFile) {
        return files;
    }
    std::error_code ec;
    for (std::size_t index = 0; index <= kRotatedFiles; ++index) {
        // spdlog's names: spasmguide.log, spasmguide.1.log, spasmguide.2.log, ...
        auto file = setUp.dir / (index == 0 ? std::string("spasmguide.log") : fmt::format("spasmguide.{}.log", index));
        if (fs::exists(file, ec)) {
            files.push_back(std::move(file));
        }
    }
    return files;
}

std::vector<fs::path> clearLogFiles() {
    const LogSetUp setUp = logSetUp();
    auto files = logFiles();
    if (files.empty()) {
        return files;
    }
    // Let go of the open file first (Windows cannot remove an open file), then start afresh.
    spdlog::set_default_logger(std::make_shared<spdlog::logger>("spasmguide"));
    std::vector<fs::path> removed;
    for (auto& file : files) {
        std::error_code ec;
        if (fs::remove(file, ec)) {
            removed.push_back(std::move(file));
        }
    }
    setUpLogging(setUp.dir, setUp.verbose);
    return removed;
}

} // namespace spasmguide
