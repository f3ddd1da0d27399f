// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Episode-log benchmark (issue 3): a generated log of 100,000 episodes and 1,000,000 check-ins on the disk, then
// opening it with the first history page, paging through all of history (memory must stay flat), CSV and JSON
// exports and durable check-in saves. Prints every figure; exits 1 when one is over its limit.
// Usage: bench_log_store [work-dir]; SPASMGUIDE_BENCH_EPISODES shrinks the log for a quick run.
#include "core/exchange/csv_export.h"
#include "core/exchange/json_export.h"
#include "core/time/clock.h"
#include "generated_log.h"
#include "log_bench_support.h"
#include "process_probe.h"

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <thread>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <spdlog/spdlog.h>

namespace fs = std::filesystem;
using namespace spasmguide;
using bench::median;
using bench::msSince;
using bench::openOrDie;
using spasmguide::test::generateLog;
using Timer = std::chrono::steady_clock;

namespace {

constexpr int kDefaultEpisodes = 100'000;
constexpr int kCheckInsPerEpisode = 10;
constexpr int kHistoryPage = 50; // the history screen's page size
constexpr int kOpenRuns = 11;
constexpr int kSaves = 200;
constexpr double kOpenLimitMs = 150;
constexpr double kSaveLimitMs = 5;
constexpr double kCsvLimitMs = 3000;
constexpr double kPagingGrowthLimitMiB = 20;

bool g_overLimit = false;

void report(const char* what, double value, const char* unit, double limit) {
    const bool over = value > limit;
    g_overLimit = g_overLimit || over;
    std::printf("%-44s %10.2f %-3s (limit %.0f %s)%s\n", what, value, unit, limit, unit, over ? "  OVER" : "");
}

// What the app does when it starts with a log: open it (integrity check included), then the history screen's
// first page with its total and the check-in offer's "is an episode open?".
void measureOpen(const fs::path& dir, const Clock& clock) {
    std::vector<double> ms;
    for (int run = 0; run < kOpenRuns; ++run) {
        const auto start = Timer::now();
        auto store = openOrDie(dir, clock);
        const auto page = store->listEpisodes(0, kHistoryPage);
        const auto total = store->episodeCount();
        const auto current = store->currentEpisode();
        ms.push_back(msSince(start));
        if (page.empty() || total == 0 || current) {
            std::fprintf(stderr, "unexpected first page\n");
            std::exit(2);
        }
    }
    std::printf("open + first history page: first run %.2f ms, min %.2f ms\n", ms.front(),
                *std::min_element(ms.begin(), ms.end()));
    report("open + first history page, median", median(ms), "ms", kOpenLimitMs);
}

// Pages through every episode as a person scrolling to the end would; only one page is held at a time.
void measurePaging(EpisodeStore& store) {
    const bool peakReset = bench::resetPeakRss();
    double afterFirst = -1;
    double slowestMs = 0;
    std::int64_t episodes = 0;
    const auto start = Timer::now();
    for (std::int64_t offset = 0;; offset += kHistoryPage) {
        const auto pageStart = Timer::now();
        const auto page = store.listEpisodes(offset, kHistoryPage);
        slowestMs = std::max(slowestMs, msSince(pageStart));
        if (page.empty()) {
            break;
        }
        episodes += static_cast<std::int64_t>(page.size());
        if (offset == 0) {
            afterFirst = bench::statusMiB("VmRSS");
        }
    }
    const double total = msSince(start);
    const double afterLast = bench::statusMiB("VmRSS");
    const double peak = bench::statusMiB("VmHWM");
    std::printf("paging all %lld episodes (%d a page): %.0f ms, %.2f ms a page on average, slowest %.2f ms\n",
                static_cast<long long>(episodes), kHistoryPage, total,
                total * kHistoryPage / static_cast<double>(episodes), slowestMs);
    std::printf("RSS after the first page %.1f MiB, after the last %.1f MiB, peak while paging %.1f MiB%s\n",
                afterFirst, afterLast, peak, peakReset ? "" : " (since start: VmHWM could not be reset)");
    report("RSS growth while paging (last - first page)", afterLast - afterFirst, "MiB", kPagingGrowthLimitMiB);
    if (peakReset) {
        report("RSS peak while paging - after first page", peak - afterFirst, "MiB", kPagingGrowthLimitMiB);
    }
}

struct Elapsed {
    double wallMs = 0;
    double cpuMs = 0; // this process's: on a busy machine it says how much of the wall time was the export's
};

// As the app exports: a binary ofstream, a progress callback, a flush at the end.
template <typename Export> Elapsed timeExport(const fs::path& file, Export run) {
    const auto start = Timer::now();
    const auto cpuStart = std::clock();
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    const ProgressFn progress = [](std::int64_t done, std::int64_t total) { return done <= total; };
    const bool complete = run(out, progress);
    out.flush();
    const Elapsed elapsed{msSince(start), 1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC};
    if (!complete || !out) {
        std::fprintf(stderr, "export to %s failed\n", file.string().c_str());
        std::exit(2);
    }
    return elapsed;
}

void measureExports(EpisodeStore& store, const fs::path& dir) {
    const auto checkIns = store.checkInCount();
    const auto csv = dir / "log.csv";
    const auto csvTime =
        timeExport(csv, [&](std::ostream& out, const ProgressFn& progress) { return exportCsv(store, out, progress); });
    std::printf("CSV export: %lld check-ins, %.1f MB, CPU %.0f ms\n", static_cast<long long>(checkIns),
                static_cast<double>(fs::file_size(csv)) / 1e6, csvTime.cpuMs);
    report("CSV export of every check-in", csvTime.wallMs, "ms", kCsvLimitMs);
    fs::remove(csv);
    const auto json = dir / "log.json";
    const auto jsonTime = timeExport(json, [&](std::ostream& out, const ProgressFn& progress) {
        return exportJson(store, out, {"bench", "bench", std::nullopt}, progress);
    });
    std::printf("JSON export: %.1f MB in %.0f ms, CPU %.0f ms (no limit)\n",
                static_cast<double>(fs::file_size(json)) / 1e6, jsonTime.wallMs, jsonTime.cpuMs);
    fs::remove(json);
}

// A typical quick check-in saved as the check-in form saves it: find the open episode, then one durable addCheckIn.
void measureSaves(EpisodeStore& store, const Clock& clock) {
    Episode episode;
    episode.startedAt = Timestamp::local(clock.now());
    store.startEpisode(episode);
    std::vector<double> ms;
    for (int i = 0; i < kSaves; ++i) {
        CheckIn checkIn;
        checkIn.at = Timestamp::local(clock.now());
        checkIn.pain = i % 11;
        checkIn.areas = {BodyArea::LowBackCentre, BodyArea::HipLeft};
        checkIn.triggers = {"lifting"};
        checkIn.heat = HeatUse{"Wheat bag", 20};
        checkIn.medications = {{"Ibuprofen 400 mg", checkIn.at}};
        checkIn.movement = true;
        checkIn.note = "Stiff after sitting";
        const auto start = Timer::now();
        checkIn.episodeId = store.currentEpisode().value().id;
        store.addCheckIn(std::move(checkIn));
        ms.push_back(msSince(start));
    }
    std::sort(ms.begin(), ms.end());
    std::printf("durable saves: %d, min %.2f ms, 90th percentile %.2f ms, max %.2f ms\n", kSaves, ms.front(),
                ms[ms.size() * 9 / 10], ms.back());
    report("durable check-in save, median", median(ms), "ms", kSaveLimitMs);
}

} // namespace

int main(int argc, char* argv[]) {
    spdlog::set_level(spdlog::level::warn); // the store logs each open; keep the output a table
    const fs::path work = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "spasmguide-bench-log";
    const fs::path dataDir = work / "data";
    fs::remove_all(work);
    fs::create_directories(work);
    const SystemClock clock;
    const int episodes = bench::episodeCount(kDefaultEpisodes);
    std::printf("work folder %s on %s; load average %.2f on %u cores\n", work.string().c_str(),
                bench::fileSystemOf(work).c_str(), bench::loadAverage(), std::thread::hardware_concurrency());

    const auto generating = Timer::now();
    std::int64_t checkIns = 0;
    {
        auto store = openOrDie(dataDir, clock);
        generateLog(*store, episodes, kCheckInsPerEpisode);
        checkIns = store->checkInCount();
    } // closing checkpoints the WAL, so the database file holds everything
#ifdef __GLIBC__
    malloc_trim(0); // hand back the generator's page cache, so the memory figures start from what the app would hold
#endif
    const auto bytes = fs::file_size(EpisodeStore::databasePath(dataDir));
    std::printf("generated %d episodes, %lld check-ins in %.1f s: %.1f MB, %.0f bytes a check-in\n", episodes,
                static_cast<long long>(checkIns), msSince(generating) / 1000, static_cast<double>(bytes) / 1e6,
                static_cast<double>(bytes) / static_cast<double>(checkIns));

    measureOpen(dataDir, clock);
    {
        auto store = openOrDie(dataDir, clock);
        measurePaging(*store);
        measureExports(*store, work);
        measureSaves(*store, clock);
    }
    if (!std::getenv("SPASMGUIDE_BENCH_KEEP")) {
        fs::remove_all(work);
    }
    std::printf("load average at the end %.2f\n", bench::loadAverage());
    std::printf("%s\n", g_overLimit ? "log store: OVER a limit" : "log store: every figure within its limit");
    return g_overLimit ? 1 : 0;
}
