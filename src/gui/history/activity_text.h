// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"

#include <QString>
#include <vector>

namespace spasmguide {

// One plain-text line per heat session, breathing session or medicine taken, for the episode and history lists.
struct ActivityLine {
    QString id; // the record's id, to delete it
    std::int64_t epochMs = 0;
    QString text;
};

// Every record as a line, oldest first, in the person's language ("23 Nov 14:05 · Heat: Wheat bag, 20 of 20 min").
[[nodiscard]] std::vector<ActivityLine> describeActivities(const EpisodeActivities& activities);

} // namespace spasmguide
