// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the content loader and validator. The shipped content (en and es) is held in
// memory; an input's first byte picks one of its twelve files and the rest of the input replaces it (a first
// byte of 128 or more also removes the next Spanish file, to reach the fallbacks). Whatever the bytes, loading
// and validating must return: no crash, leak, hang or undefined behaviour.
#include "content/content_loader.h"
#include "content/content_validator.h"
#include "memory_content_files.h"

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <memory>
#include <spdlog/spdlog.h>
#include <sstream>

namespace {

using spasmguide::fuzz::MemoryContentFiles;

constexpr const char* kLocales[] = {"en", "es"};

std::string relativePath(std::size_t index) {
    return std::string(kLocales[index / spasmguide::kBundleFiles.size()]) + '/' +
           std::string(spasmguide::kBundleFiles[index % spasmguide::kBundleFiles.size()].name);
}

MemoryContentFiles& shippedContent() {
    static MemoryContentFiles content;
    return content;
}

// Kept across inputs, as the app keeps its loader across reloads: the schemas are compiled once.
std::unique_ptr<spasmguide::ContentValidator> validator; // NOLINT: libFuzzer's entry points share them
std::unique_ptr<spasmguide::ContentLoader> loader;       // NOLINT

} // namespace

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    spdlog::set_level(spdlog::level::off);
    for (std::size_t i = 0; i < 2 * spasmguide::kBundleFiles.size(); ++i) {
        std::ifstream in(std::filesystem::path(SPASMGUIDE_CONTENT_DIR) / relativePath(i), std::ios::binary);
        std::ostringstream bytes;
        bytes << in.rdbuf();
        shippedContent().files[relativePath(i)] = bytes.str();
    }
    validator =
        std::make_unique<spasmguide::ContentValidator>(std::chrono::sys_days{std::chrono::December / 7 / 2026});
    loader = std::make_unique<spasmguide::ContentLoader>();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return 0;
    }
    constexpr std::size_t kFiles = spasmguide::kBundleFiles.size();
    MemoryContentFiles files = shippedContent();
    const std::size_t target = data[0] % (2 * kFiles);
    files.files[relativePath(target)].assign(reinterpret_cast<const char*>(data + 1), size - 1);
    if (data[0] >= 128) {
        files.files.erase(relativePath(kFiles + (target + 1) % kFiles));
    }

    const auto diagnostics = validator->validate(files, {"en", "es"});
    std::size_t length = spasmguide::jsonReport(diagnostics).size();
    for (const auto& d : diagnostics) {
        length += d.format().size();
    }
    for (const char* locale : kLocales) {
        (void)spasmguide::ContentLoader::buildTrusted(files, locale); // the built-in bundle's path, on any bytes
    }
    // What the validator passes, the app loads (the loader's full check is the cost, so only then).
    const bool valid = !spasmguide::hasErrors(diagnostics);
    if (length == 0 || (valid && (!loader->load(files, "en").bundle || !loader->load(files, "es").bundle))) {
        __builtin_trap();
    }
    return 0;
}
