// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Whatever the bytes, loading and validating must return: no crash, leak, hang or undefined behaviour; what the
// validator passes, the app loads.
#include "core/content/content_loader.h"
#include "core/content/content_validator.h"
#include "fuzz_targets.h"
#include "memory_content_files.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace spasmguide::fuzz {
namespace {

constexpr const char* kLocales[] = {"en", "es"};

std::string relativePath(std::size_t index) {
    return std::string(kLocales[index / kBundleFiles.size()]) + '/' +
           std::string(kBundleFiles[index % kBundleFiles.size()].name);
}

// Kept across inputs, as the app keeps its loader across reloads: the schemas are compiled once.
struct State {
    MemoryContentFiles shipped;
    ContentValidator validator{std::chrono::sys_days{std::chrono::December / 7 / 2026}};
    ContentLoader loader;

    State() {
        for (std::size_t i = 0; i < 2 * kBundleFiles.size(); ++i) {
            std::ifstream in(std::filesystem::path(SPASMGUIDE_CONTENT_DIR) / relativePath(i), std::ios::binary);
            std::ostringstream bytes;
            bytes << in.rdbuf();
            shipped.files[relativePath(i)] = bytes.str();
        }
    }
};

} // namespace

bool runContentInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) {
        return true;
    }
    static State state;
    constexpr std::size_t kFiles = kBundleFiles.size();
    MemoryContentFiles files = state.shipped;
    const std::size_t target = data[0] % (2 * kFiles);
    files.files[relativePath(target)].assign(reinterpret_cast<const char*>(data + 1), size - 1);
    if (data[0] >= 128) {
        files.files.erase(relativePath(kFiles + (target + 1) % kFiles));
    }

    const auto diagnostics = state.validator.validate(files, {"en", "es"});
    std::size_t length = jsonReport(diagnostics).size();
    for (const auto& d : diagnostics) {
        length += d.format().size();
    }
    for (const char* locale : kLocales) {
        (void)ContentLoader::buildTrusted(files, locale); // the built-in bundle's path, on any bytes
    }
    // What the validator passes, the app loads (the loader's full check is the cost, so only then).
    const bool valid = !hasErrors(diagnostics);
    return length > 0 && (!valid || (state.loader.load(files, "en").bundle && state.loader.load(files, "es").bundle));
}

} // namespace spasmguide::fuzz
