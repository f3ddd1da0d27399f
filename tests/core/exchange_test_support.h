// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "store_test_support.h"

#include <sstream>
#include <string>
#include <utility>
#include <vector>

namespace spasmguide::test {

// What the JSON exchange tests export as: a fixed app and content version, dated at(2000), after every record
// fillLog writes.
inline const ExportInfo kExportInfo{"1.2.3", "content-7", at(2000)};

// The store exported as JSON text.
inline std::string exportedJson(EpisodeStore& store) {
    std::ostringstream out;
    REQUIRE(exportJson(store, out, kExportInfo));
    return out.str();
}

// Imports JSON text as the file "test.json" would be.
inline ImportResult importJsonText(EpisodeStore& store, const std::string& text,
                                   const ImportProgressFn& progress = {}) {
    std::istringstream in(text);
    return importJson(store, in, {"test.json", progress});
}

// Everything the store holds, in history order, for "nothing changed" and round-trip comparisons.
struct LogSnapshot {
    std::vector<Episode> episodes;
    std::vector<std::vector<CheckIn>> checkIns;
    std::vector<int> counts;
    std::vector<EpisodeActivities> activities;
    std::vector<std::vector<BackCheckRecord>> backChecks;

    friend bool operator==(const LogSnapshot&, const LogSnapshot&) = default;
};

inline LogSnapshot snapshot(EpisodeStore& store) {
    LogSnapshot shot;
    for (const EpisodeSummary& summary : store.listEpisodes(0, 1'000'000)) {
        shot.episodes.push_back(summary.episode);
        shot.checkIns.push_back(store.checkIns(summary.episode.id));
        shot.counts.push_back(summary.checkInCount);
        shot.activities.push_back(store.activities(summary.episode.id));
        shot.backChecks.push_back(store.backChecks(summary.episode.id));
    }
    return shot;
}

// A small log with an open and an ended episode, one without check-ins, full and bare check-ins.
inline void fillLog(EpisodeStore& store) {
    Episode ended = sampleEpisode(0);
    ended.endedAt = at(600, 0);
    ended.id = store.startEpisode(ended);
    store.addCheckIn(fullCheckIn(ended.id, 10));
    CheckIn bare;
    bare.episodeId = ended.id;
    bare.at = at(5, -480);
    store.addCheckIn(bare);

    Episode empty = sampleEpisode(700);
    empty.triageTicked.clear();
    empty.note.clear();
    store.startEpisode(empty);

    const auto open = store.startEpisode(sampleEpisode(1000));
    CheckIn later = fullCheckIn(open, 1020);
    later.heat.reset();
    later.note = "=1+2";
    store.addCheckIn(later);
}

// A tiny RFC 4180 reader: records of fields, CRLF line ends, quoted fields with doubled quotes.
inline std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                field += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == '"') {
            REQUIRE(field.empty()); // a quote may only open a field
            quoted = true;
        } else if (c == ',') {
            record.push_back(std::exchange(field, {}));
        } else if (c == '\r') {
            REQUIRE(i + 1 < text.size());
            REQUIRE(text[i + 1] == '\n'); // a bare CR outside quotes is not RFC 4180
            record.push_back(std::exchange(field, {}));
            records.push_back(std::exchange(record, {}));
            ++i;
        } else {
            REQUIRE(c != '\n'); // a bare LF outside quotes is not RFC 4180
            field += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(field.empty()); // the last record ends with CRLF too
    REQUIRE(record.empty());
    return records;
}

} // namespace spasmguide::test
