// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_store.h"

#include <chrono>

namespace spasmguide {

// Fills a store with a fixed set of realistic episodes over six weeks ending at `now` (pain curves, triggers,
// medications, one new warning sign at a check-in), for screenshots and the demo mode.
// The same `now` always gives the same data.
void fillSampleLog(EpisodeStore& store, std::chrono::system_clock::time_point now);

} // namespace spasmguide
