// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv_export.h"

#include "core/exchange/csv_row.h"
#include "core/store/episode_store.h"
#include "core/store/log_cursor.h"

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

// Rows are gathered into blocks this big before they go to the stream: one write per block, not per row.
constexpr std::size_t kBlockBytes = 64 * 1024;

// Builds list fields in one buffer that keeps its memory from row to row.
class FieldBuffer final {
public:
    // The items joined with `separator`, each appended by `append(text, item)`.
    template <typename Range, typename Append>
    std::string_view joined(const Range& items, std::string_view separator, Append append) {
        m_text.clear();
        bool first = true;
        for (const auto& item : items) {
            if (!first) {
                m_text += separator;
            }
            first = false;
            append(m_text, item);
        }
        return m_text;
    }
    std::string_view joined(const std::vector<std::string>& items) {
        return joined(items, ";", [](std::string& text, const std::string& item) { text += item; });
    }
    std::string_view time(const Timestamp& stamp) {
        m_text.clear();
        stamp.appendIso8601(m_text);
        return m_text;
    }

private:
    std::string m_text;
};

// The episode's columns, formatted once per episode rather than once per row.
struct EpisodeColumns {
    std::string started;
    std::string ended;
};

void addCheckIn(CsvRow& row, FieldBuffer& field, const Episode& episode, const EpisodeColumns& columns,
                const CheckIn& c) {
    row.add(episode.id).add(columns.started).add(columns.ended);
    row.add(c.id).add(field.time(c.at));
    if (c.pain) {
        row.addNumber(*c.pain);
    } else {
        row.add(""); // not rated: a new warning sign was reported first
    }
    row.add(field.joined(c.areas, ";", [](std::string& text, BodyArea area) { text += toString(area); }));
    row.add(field.joined(c.triggers)).add(field.joined(c.freeTags));
    if (c.heat) {
        row.add(c.heat->product).addNumber(c.heat->minutes);
    } else {
        row.add("").add("");
    }
    row.add(field.joined(c.medications, "; ", [](std::string& text, const MedicationTaken& taken) {
        (text += taken.name) += '@';
        taken.takenAt.appendIso8601(text);
    }));
    row.addFlag(c.movement).addFlag(c.breathing).add(field.joined(c.worse));
    row.addFlag(c.newRedFlag).add(field.joined(c.newRedFlagIds)).add(c.note);
}

} // namespace

bool exportCsv(EpisodeStore& store, std::ostream& out, const ProgressFn& progress) {
    ProgressReporter reporter(progress, store.checkInCount());
    CsvRow row;
    for (const char* name : kHeader) {
        row.add(name);
    }
    std::string block(row.finish());
    block.reserve(kBlockBytes + 4096);
    FieldBuffer field;
    LogCursor cursor(store);
    while (cursor.nextEpisode()) {
        const Episode& episode = cursor.episode();
        const EpisodeColumns columns{episode.startedAt.toIso8601(),
                                     episode.endedAt ? episode.endedAt->toIso8601() : std::string()};
        while (cursor.nextCheckIn()) {
            addCheckIn(row, field, episode, columns, cursor.checkIn());
            block += row.finish();
            if (block.size() >= kBlockBytes) {
                out.write(block.data(), static_cast<std::streamsize>(block.size()));
                block.clear();
            }
            if (!reporter.advance()) {
                return false;
            }
        }
    }
    out.write(block.data(), static_cast<std::streamsize>(block.size()));
    return reporter.finish();
}

} // namespace spasmguide
