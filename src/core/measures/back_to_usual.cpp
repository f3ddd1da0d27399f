// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/measures/back_to_usual.h"

#include "core/plan/episode_day.h"
#include "core/text/plural.h"

#include <algorithm>

namespace spasmguide {

bool offersBackToUsual(std::span<const int> painOldestFirst, bool alreadyRecorded) {
    if (alreadyRecorded || painOldestFirst.empty()) {
        return false;
    }
    return painOldestFirst.back() < *std::max_element(painOldestFirst.begin(), painOldestFirst.end());
}

int daysToUsualActivities(const Timestamp& episodeStart, const Timestamp& backToUsual) {
    return episodeDayOf(episodeStart, backToUsual) - 1;
}

std::string describeBackToUsual(int days) {
    if (days <= 0) {
        return "back to usual activities the same day";
    }
    return "back to usual activities after " + counted(days, "day", "days");
}

} // namespace spasmguide
