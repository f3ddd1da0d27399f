// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <optional>
#include <span>
#include <string>

namespace spasmguide {

// Whether a check-in offers "I'm back to my usual activities": once pain has eased, that is once the latest pain
// rating (the last of `painOldestFirst`) is below the episode's highest, and not again once the day is recorded.
[[nodiscard]] bool offersBackToUsual(std::span<const int> painOldestFirst, bool alreadyRecorded);

// Calendar days from the day the episode began to the day the person was back to usual activities, each by the
// clock it was recorded with: 0 on the same day, 3 for a start on Monday and back on Thursday. Never negative.
[[nodiscard]] int daysToUsualActivities(const Timestamp& episodeStart, const Timestamp& backToUsual);

// In English, for core text (the GUI words it from the number): "back to usual activities after 3 days",
// "after 1 day", "the same day".
[[nodiscard]] std::string describeBackToUsual(int days);

} // namespace spasmguide
