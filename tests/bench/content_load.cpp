// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Content benchmark: a fresh ContentLoader (so the schemas are parsed too, as at start-up) loading and validating
// the built-in "en" bundle, and the same bundle from the content folder for comparison.
#include "core/content/content_loader.h"
#include "gui/content/resource_content_files.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <spdlog/spdlog.h>
#include <string_view>
#include <vector>

namespace {

using spasmguide::ContentFiles;

constexpr double kLimitMs = 20.0;
constexpr int kDefaultIterations = 50;

int iterationCount() {
    const char* text = std::getenv("SPASMGUIDE_BENCH_ITERATIONS");
    if (text == nullptr) {
        return kDefaultIterations;
    }
    const std::string_view view(text);
    int value = 0;
    const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), value);
    return error == std::errc{} && end == view.data() + view.size() && value > 0 ? value : kDefaultIterations;
}

// Milliseconds per load, or nothing when the bundle did not load.
std::optional<std::vector<double>> timeLoads(const ContentFiles& files, int iterations) {
    std::vector<double> ms;
    for (int i = 0; i < iterations; ++i) {
        const auto started = std::chrono::steady_clock::now();
        spasmguide::ContentLoader loader;
        const auto result = loader.load(files, "en");
        ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - started).count());
        if (!result.bundle) {
            for (const auto& diagnostic : result.diagnostics) {
                std::fprintf(stderr, "%s\n", diagnostic.format().c_str());
            }
            return std::nullopt;
        }
    }
    return ms;
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

void printRow(const char* name, const std::vector<double>& ms) {
    const auto [min, max] = std::minmax_element(ms.begin(), ms.end());
    std::printf("%-34s %8.2f ms %8.2f ms %8.2f ms %8.2f ms\n", name, median(ms), *min, *max, ms.front());
}

} // namespace

int main(int argc, char* argv[]) {
    const char* contentDir = argc > 1 ? argv[1] : SPASMGUIDE_CONTENT_DIR;
    const int iterations = iterationCount();
    spdlog::set_level(spdlog::level::warn); // the loader logs one info line per load; keep the output a table

#ifdef __OPTIMIZE__
    constexpr bool optimised = true;
#else
    constexpr bool optimised = false;
#endif
    std::printf("content load and validation, fresh ContentLoader each time: %d iterations, %s build\n", iterations,
                optimised ? "optimised" : "unoptimised (debug)");
    const auto builtIn = timeLoads(spasmguide::ResourceContentFiles(), iterations);
    const auto folder = timeLoads(spasmguide::DirectoryContentFiles(contentDir), iterations);
    if (!builtIn || !folder) {
        std::fprintf(stderr, "bench_content_load: the %s bundle did not load\n", builtIn ? contentDir : "built-in");
        return 1;
    }
    std::printf("%-34s %11s %11s %11s %11s\n", "", "median", "min", "max", "first");
    printRow("built-in bundle (Qt resources)", *builtIn);
    printRow("content folder", *folder);
    const double builtInMedian = median(*builtIn);
    std::printf("content: built-in median %.2f ms (limit %.0f ms)\n", builtInMedian, kLimitMs);
    if (builtInMedian > kLimitMs) {
        std::printf("content: OVER THE LIMIT%s\n",
                    optimised ? "" : " (unoptimised build; the limit is judged on the release preset)");
        return 1;
    }
    return 0;
}
