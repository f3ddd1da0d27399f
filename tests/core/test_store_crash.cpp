// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#ifndef _WIN32
#include "store_test_support.h"

#include <csignal>
#include <random>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// Starts the writer with its stdout on a pipe; returns the pid and the read end.
std::pair<pid_t, int> startWriter(const std::filesystem::path& dir) {
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    const pid_t pid = fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        dup2(fds[1], STDOUT_FILENO);
        close(fds[0]);
        close(fds[1]);
        execl(SPASMGUIDE_CRASH_WRITER, SPASMGUIDE_CRASH_WRITER, dir.c_str(), static_cast<char*>(nullptr));
        _exit(127);
    }
    close(fds[1]);
    return {pid, fds[0]};
}

// Reads whole lines until `count` have arrived or the pipe ends.
std::vector<std::string> readLines(int fd, std::size_t count) {
    std::vector<std::string> lines;
    std::string pending;
    char buffer[4096];
    while (lines.size() < count) {
        const ssize_t got = read(fd, buffer, sizeof buffer);
        if (got <= 0) {
            break;
        }
        pending.append(buffer, static_cast<std::size_t>(got));
        for (auto end = pending.find('\n'); end != std::string::npos; end = pending.find('\n')) {
            lines.push_back(pending.substr(0, end));
            pending.erase(0, end + 1);
        }
    }
    return lines;
}

} // namespace

TEST_CASE("check-ins reported as saved survive the writer being killed with SIGKILL") {
    TempDir dir;
    FakeClock clock;
    std::mt19937 random(20261123); // fixed seed: the same kill points on every run
    std::uniform_int_distribution<std::size_t> linesBeforeKill(5, 200);
    std::vector<std::string> reported;

    for (int round = 0; round < 10; ++round) {
        INFO("round " << round);
        const std::size_t target = linesBeforeKill(random);
        const auto [pid, fd] = startWriter(dir.path());
        const auto lines = readLines(fd, target);
        kill(pid, SIGKILL);
        int status = 0;
        waitpid(pid, &status, 0);
        close(fd);
        REQUIRE(lines.size() >= target); // fewer means the writer failed on its own
        CHECK(WIFSIGNALED(status));
        for (const auto& line : lines) {
            REQUIRE(line.size() == 36); // an id, nothing else
        }
        reported.insert(reported.end(), lines.begin(), lines.end());

        const auto reopened = EpisodeStore::open(dir.path(), clock);
        INFO(reopened.message);
        REQUIRE(reopened.status == OpenStatus::Ok);
        auto& store = *reopened.store;
        CHECK(store.database().queryText("PRAGMA integrity_check") == "ok");
        CHECK(store.database().queryInt64("PRAGMA foreign_key_check") == 0);
        std::size_t missing = 0;
        for (const auto& id : reported) {
            missing += store.checkIn(id).has_value() ? 0 : 1;
        }
        CHECK(missing == 0);
        CHECK(store.database().queryInt64("SELECT count(*) FROM check_ins") >=
              static_cast<std::int64_t>(reported.size()));
    }
}
#endif
