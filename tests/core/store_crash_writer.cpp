// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Helper for the crash test: writes check-ins until killed, printing each id only after addCheckIn returned.
#include "core/store/episode_store.h"
#include "core/time/clock.h"

#include <cstdio>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>
#include <string>

int main(int argc, char** argv) {
    using namespace spasmguide;
    if (argc != 2) {
        std::fprintf(stderr, "usage: store_crash_writer DATA_DIR\n");
        return 2;
    }
    // stdout carries only the ids the test reads, so the log goes to stderr.
    spdlog::set_default_logger(spdlog::stderr_color_mt("writer"));
    const SystemClock clock;
    auto opened = EpisodeStore::open(argv[1], clock);
    if (!opened.store) {
        std::fprintf(stderr, "%s\n", opened.message.c_str());
        return 1;
    }
    EpisodeStore& store = *opened.store;
    auto current = store.currentEpisode();
    std::string episodeId =
        current ? current->id : store.startEpisode({{}, Timestamp::local(clock.now()), {}, {}, {}, {}});
    // Bounded so a child that is never killed still ends.
    for (int i = 0; i < 100000; ++i) {
        CheckIn checkIn;
        checkIn.episodeId = episodeId;
        checkIn.at = Timestamp::local(clock.now());
        checkIn.pain = i % 11;
        checkIn.areas = {BodyArea::LowBackLeft, BodyArea::BelowKneeRight};
        checkIn.triggers = {"lifting"};
        checkIn.medications = {{"Ibuprofen", checkIn.at}};
        checkIn.note = "check-in " + std::to_string(i);
        const std::string id = store.addCheckIn(checkIn);
        std::printf("%s\n", id.c_str());
        std::fflush(stdout);
    }
    return 0;
}
