// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/episode_store.h"

#include <chrono>

namespace spasmguide {

// Fills a store with a small, fixed set of realistic episodes ending at `now`, for screenshots and demos.
// The same `now` always gives the same data.
void fillSampleLog(EpisodeStore& store, std::chrono::system_clock::time_point now);

} // namespace spasmguide
