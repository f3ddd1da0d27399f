// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up benchmark: spasmguide to its first painted triage screen against an empty Qt Widgets window, run
// alternately in one process so both see the same machine state. Linux only (fork, execv, wait4's ru_maxrss).
#include <algorithm>
#include <cerrno>
#include <charconv>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr double kLimit = 1.5;
constexpr int kDefaultRuns = 20;
constexpr int kWarmUpRuns = 2;
constexpr unsigned kChildTimeoutSeconds = 60; // a pending alarm survives execv, so a hung child is killed

struct Sample {
    double ms = 0;
    double mib = 0;
};

struct Series {
    std::string name;
    std::string path;
    bool isApp = false;
    std::vector<Sample> samples;
};

std::optional<int> parseCount(const char* text) {
    if (text == nullptr) {
        return std::nullopt;
    }
    const std::string_view view(text);
    int value = 0;
    const auto [end, error] = std::from_chars(view.data(), view.data() + view.size(), value);
    if (error != std::errc{} || end != view.data() + view.size() || value < 1) {
        return std::nullopt;
    }
    return value;
}

std::string describeStatus(int status) {
    if (WIFEXITED(status)) {
        return "exit code " + std::to_string(WEXITSTATUS(status));
    }
    if (WIFSIGNALED(status)) {
        return "killed by signal " + std::to_string(WTERMSIG(status)) +
               (WTERMSIG(status) == SIGALRM ? " (timed out)" : "");
    }
    return "status " + std::to_string(status);
}

std::string readFile(const fs::path& path) {
    std::ifstream in(path);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

// One run in its own scratch folder (the app's fresh data dir and both programs' captured output).
std::optional<Sample> runOnce(const Series& series, const fs::path& scratch) {
    fs::create_directories(scratch);
    std::vector<std::string> args{series.path};
    if (series.isApp) {
        args.insert(args.end(), {"--quit-after-first-paint", "--data-dir", (scratch / "data").string()});
    }
    std::vector<char*> argv;
    for (auto& arg : args) {
        argv.push_back(arg.data());
    }
    argv.push_back(nullptr);
    const fs::path outputPath = scratch / "output.txt";
    const int output = ::open(outputPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (output < 0) {
        std::perror("bench_startup: cannot create the output file");
        return std::nullopt;
    }

    const auto started = std::chrono::steady_clock::now();
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::dup2(output, STDOUT_FILENO);
        ::dup2(output, STDERR_FILENO);
        ::alarm(kChildTimeoutSeconds);
        ::execv(argv[0], argv.data());
        std::perror("execv");
        _exit(127);
    }
    ::close(output);
    if (pid < 0) {
        std::perror("bench_startup: fork");
        return std::nullopt;
    }
    int status = 0;
    rusage usage{};
    pid_t waited = 0;
    do {
        waited = ::wait4(pid, &status, 0, &usage);
    } while (waited < 0 && errno == EINTR);
    const auto elapsed = std::chrono::steady_clock::now() - started;

    if (waited < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::cerr << "bench_startup: " << series.name << " failed (" << describeStatus(status) << "): " << series.path
                  << "\n--- its output ---\n"
                  << readFile(outputPath) << "------------------\n";
        return std::nullopt;
    }
    fs::remove_all(scratch);
    // ru_maxrss is in KiB on Linux.
    return Sample{std::chrono::duration<double, std::milli>(elapsed).count(),
                  static_cast<double>(usage.ru_maxrss) / 1024.0};
}

double median(std::vector<double> values) {
    std::sort(values.begin(), values.end());
    const auto mid = values.size() / 2;
    return values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2.0;
}

std::vector<double> column(const Series& series, double Sample::*field) {
    std::vector<double> values;
    for (const auto& sample : series.samples) {
        values.push_back(sample.*field);
    }
    return values;
}

void printRow(const Series& series) {
    const auto ms = column(series, &Sample::ms);
    const auto mib = column(series, &Sample::mib);
    std::printf("%-22s %10.1f ms %10.1f ms %12.1f MiB %10.1f MiB\n", series.name.c_str(), median(ms),
                *std::min_element(ms.begin(), ms.end()), median(mib), *std::min_element(mib.begin(), mib.end()));
}

} // namespace

int main(int argc, char* argv[]) {
    if (argc < 3 || argc > 4) {
        std::cerr << "usage: bench_startup <spasmguide> <bench_empty_window> [runs]\n"
                     "  runs defaults to $SPASMGUIDE_BENCH_RUNS, else "
                  << kDefaultRuns << "\n";
        return 2;
    }
    const int runs = parseCount(argc == 4 ? argv[3] : nullptr)
                         .value_or(parseCount(std::getenv("SPASMGUIDE_BENCH_RUNS")).value_or(kDefaultRuns));
    // Keep a real display when there is one; otherwise measure offscreen, as the tests do.
    if (std::getenv("QT_QPA_PLATFORM") == nullptr && std::getenv("DISPLAY") == nullptr) {
        ::setenv("QT_QPA_PLATFORM", "offscreen", 1);
    }
    const char* platform = std::getenv("QT_QPA_PLATFORM");

    Series empty{"empty Qt window", argv[2], false, {}};
    Series app{"spasmguide", argv[1], true, {}};
    std::string pattern = (fs::temp_directory_path() / "spasmguide-bench-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        std::perror("bench_startup: mkdtemp");
        return 1;
    }
    const fs::path root = pattern;

    std::printf("start-up to first paint: %d runs each after %d warm-up, alternating; QT_QPA_PLATFORM=%s\n", runs,
                kWarmUpRuns, platform != nullptr ? platform : "(default, DISPLAY set)");
    std::fflush(stdout); // before any child failure goes to stderr
    bool failed = false;
    for (int i = 0; i < kWarmUpRuns + runs && !failed; ++i) {
        // Swapping the order each round cancels any drift that favours whichever runs first.
        Series* order[2] = {&empty, &app};
        if (i % 2 == 1) {
            std::swap(order[0], order[1]);
        }
        for (Series* series : order) {
            const auto sample = runOnce(*series, root / ("run-" + std::to_string(i)));
            if (!sample) {
                failed = true;
                break;
            }
            if (i >= kWarmUpRuns) {
                series->samples.push_back(*sample);
            }
        }
    }
    std::error_code ignored;
    fs::remove_all(root, ignored);
    if (failed) {
        return 1;
    }

    std::printf("%-22s %13s %13s %16s %14s\n", "", "time median", "time min", "peak RSS median", "peak RSS min");
    printRow(empty);
    printRow(app);
    const double timeRatio = median(column(app, &Sample::ms)) / median(column(empty, &Sample::ms));
    const double memoryRatio = median(column(app, &Sample::mib)) / median(column(empty, &Sample::mib));
    std::printf("%-22s %13.2f %13s %16.2f\n", "ratio (app / empty)", timeRatio, "", memoryRatio);
    std::printf("startup: time ratio %.2f (limit %.1f), memory ratio %.2f (limit %.1f)\n", timeRatio, kLimit,
                memoryRatio, kLimit);
    const bool withinLimits = timeRatio <= kLimit && memoryRatio <= kLimit;
    if (!withinLimits) {
        std::printf("startup: OVER THE LIMIT\n");
    }
    return withinLimits ? 0 : 1;
}
