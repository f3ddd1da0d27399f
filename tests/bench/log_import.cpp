// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// JSON import benchmark (issue 15), on the store benchmark's log of 100,000 episodes and 1,000,000 check-ins: the
// log is exported to JSON (timed, as the yardstick), then the file is imported into an empty log and imported again
// (every record already there), each import in a child process of its own so its peak memory is its own.
// Limits: import into an empty log at most 5x the export's time and 150 MiB at its peak; the second import at most
// 2x the export's time. Prints every figure; exits 1 when one is over its limit. Linux only (fork, wait4).
// Usage: bench_log_import [work-dir]; SPASMGUIDE_BENCH_EPISODES shrinks the log for a quick run.
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/time/clock.h"
#include "generated_log.h"
#include "log_bench_support.h"
#include "process_probe.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace spasmguide;
using bench::msSince;
using bench::openOrDie;
using Timer = std::chrono::steady_clock;

namespace {

constexpr int kDefaultEpisodes = 100'000;
constexpr double kFirstImportRatio = 5;
constexpr double kSecondImportRatio = 2;
constexpr double kPeakLimitMiB = 150;

bool g_overLimit = false;

void report(const char* what, double value, const char* unit, double limit) {
    const bool over = value > limit;
    g_overLimit = g_overLimit || over;
    std::printf("%-52s %10.2f %-4s (limit %.2f %s)%s\n", what, value, unit, limit, unit, over ? "  OVER" : "");
}

// The child: imports `file` into the log in `dataDir` as `spasmguide --import` does, and says what came of it.
int importChild(const fs::path& dataDir, const fs::path& file) {
    spdlog::set_level(spdlog::level::warn);
    const SystemClock clock;
    auto store = openOrDie(dataDir, clock);
    std::ifstream in(file, std::ios::binary);
    const auto result = importJson(*store, in, {file.filename().string(), {}});
    if (!result.ok) {
        std::fprintf(stderr, "import failed: %s\n", result.error.c_str());
        return 2;
    }
    std::printf("  %lld added, %lld already there\n", static_cast<long long>(result.tally.of(MergeOutcome::Added)),
                static_cast<long long>(result.unchanged()));
    return 0;
}

struct ChildRun {
    double ms = 0;
    double peakMiB = 0;
};

ChildRun runImport(const char* self, const fs::path& dataDir, const fs::path& file) {
    std::fflush(stdout);
    const auto start = Timer::now();
    const pid_t child = fork();
    if (child == 0) {
        execl(self, self, "--import-child", dataDir.c_str(), file.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    if (child < 0 || wait4(child, &status, 0, &usage) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "the import child failed\n");
        std::exit(2);
    }
    return {msSince(start), static_cast<double>(usage.ru_maxrss) / 1024.0}; // ru_maxrss is in KiB on Linux
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc == 4 && std::string_view(argv[1]) == "--import-child") {
        return importChild(argv[2], argv[3]);
    }
    spdlog::set_level(spdlog::level::warn);
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "spasmguide-bench-import";
    fs::remove_all(work);
    fs::create_directories(work);
    const SystemClock clock;
    const int episodes = bench::episodeCount(kDefaultEpisodes);
    std::printf("work folder %s on %s; load average %.2f on %u cores\n", work.string().c_str(),
                bench::fileSystemOf(work).c_str(), bench::loadAverage(), std::thread::hardware_concurrency());

    const fs::path file = work / "log.json";
    double exportMs = 0;
    {
        auto store = openOrDie(work / "source", clock);
        // 15,000 s apart, the last a day ago: every time one an import accepts (not before 1970, not in the future).
        constexpr std::int64_t kApart = 15'000;
        const std::int64_t nowSeconds =
            std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
                .count();
        spasmguide::test::generateLog(*store, episodes, 10, nowSeconds - 86'400 - episodes * kApart, kApart);
        const auto start = Timer::now();
        std::ofstream out(file, std::ios::binary | std::ios::trunc);
        const bool complete = exportJson(*store, out, {"bench", "bench", std::nullopt});
        out.flush();
        exportMs = msSince(start);
        if (!complete || !out) {
            std::fprintf(stderr, "export failed\n");
            return 2;
        }
        std::printf("JSON export of %lld episodes, %lld check-ins: %.1f MB in %.0f ms\n",
                    static_cast<long long>(store->episodeCount()), static_cast<long long>(store->checkInCount()),
                    static_cast<double>(fs::file_size(file)) / 1e6, exportMs);
    }
    const fs::path target = work / "target";
    openOrDie(target, clock); // an empty log, created outside the timing
    std::printf("load average before the first import %.2f\n", bench::loadAverage());
    const auto first = runImport(argv[0], target, file);
    std::printf("import into an empty log: %.0f ms, peak %.1f MiB\n", first.ms, first.peakMiB);
    std::printf("load average before the second import %.2f\n", bench::loadAverage());
    const auto second = runImport(argv[0], target, file);
    std::printf("import again, every record already there: %.0f ms, peak %.1f MiB\n", second.ms, second.peakMiB);

    report("import into an empty log / JSON export", first.ms / exportMs, "x", kFirstImportRatio);
    report("import into an empty log, peak memory", first.peakMiB, "MiB", kPeakLimitMiB);
    report("import again / JSON export", second.ms / exportMs, "x", kSecondImportRatio);
    report("import again, peak memory", second.peakMiB, "MiB", kPeakLimitMiB);
    if (!std::getenv("SPASMGUIDE_BENCH_KEEP")) {
        fs::remove_all(work);
    }
    std::printf("load average at the end %.2f\n", bench::loadAverage());
    std::printf("%s\n", g_overLimit ? "log import: OVER a limit" : "log import: every figure within its limit");
    return g_overLimit ? 1 : 0;
}
