// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csv_export.h"

#include "exchange/csv_row.h"
#include "store/episode_store.h"
#include "store/log_cursor.h"

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace spasmguide {

namespace {

constexpr const char* kHeader[] = {
    "episode_id", "episode_started", "episode_ended",    "check_in_id",  "time",        "pain",     "areas",
    "triggers",   "free_tags",       "heat_product",     "heat_minutes", "medications", "movement", "breathing",
    "worse",      "new_red_flag",    "new_red_flag_ids", "note",
};

template <typename Range, typename Text> std::string joined(const Range& items, std::string_view separator, Text text) {
    std::string out;
    bool first = true;
    for (const auto& item : items) {
        if (!first) {
            out += separator;
        }
        first = false;
        out += text(item);
    }
    return out;
}

std::string joined(const std::vector<std::string>& items) {
    return joined(items, ";", [](const std::string& item) -> const std::string& { return item; });
}

// The episode's columns, formatted once per episode rather than once per row.
struct EpisodeColumns {
    std::string started;
    std::string ended;
};

void addCheckIn(CsvRow& row, const Episode& episode, const EpisodeColumns& columns, const CheckIn& c) {
    row.add(episode.id).add(columns.started).add(columns.ended);
    row.add(c.id).add(c.at.toIso8601()).addNumber(c.pain);
    row.add(joined(c.areas, ";", [](BodyArea area) { return toString(area); }));
    row.add(joined(c.triggers)).add(joined(c.freeTags));
    if (c.heat) {
        row.add(c.heat->product).addNumber(c.heat->minutes);
    } else {
        row.add("").add("");
    }
    row.add(joined(c.medications, "; ",
                   [](const MedicationTaken& taken) { return taken.name + "@" + taken.takenAt.toIso8601(); }));
    row.addFlag(c.movement).addFlag(c.breathing).add(joined(c.worse));
    row.addFlag(c.newRedFlag).add(joined(c.newRedFlagIds)).add(c.note);
}

} // namespace

bool exportCsv(EpisodeStore& store, std::ostream& out, const ProgressFn& progress) {
    ProgressReporter reporter(progress, store.checkInCount());
    CsvRow row;
    for (const char* name : kHeader) {
        row.add(name);
    }
    out << row.finish();
    LogCursor cursor(store);
    while (cursor.nextEpisode()) {
        const Episode& episode = cursor.episode();
        const EpisodeColumns columns{episode.startedAt.toIso8601(),
                                     episode.endedAt ? episode.endedAt->toIso8601() : std::string()};
        while (cursor.nextCheckIn()) {
            addCheckIn(row, episode, columns, cursor.checkIn());
            out << row.finish();
            if (!reporter.advance()) {
                return false;
            }
        }
    }
    return reporter.finish();
}

} // namespace spasmguide
