// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the log benchmarks share: how big a log to generate, and opening it or stopping with the reason.
#pragma once

#include "core/store/episode_store.h"
#include "core/time/clock.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>

namespace spasmguide::bench {

// SPASMGUIDE_BENCH_EPISODES overrides the size (a smaller log for a quick run); anything unusable is ignored.
inline int episodeCount(int defaultEpisodes) {
    const char* text = std::getenv("SPASMGUIDE_BENCH_EPISODES");
    const int value = text ? std::atoi(text) : defaultEpisodes;
    return value > 0 ? value : defaultEpisodes;
}

inline std::unique_ptr<EpisodeStore> openOrDie(const std::filesystem::path& dir, const Clock& clock) {
    auto result = EpisodeStore::open(dir, clock);
    if (!result.store) {
        std::fprintf(stderr, "cannot open the log: %s\n", result.message.c_str());
        std::exit(2);
    }
    return std::move(result.store);
}

} // namespace spasmguide::bench
