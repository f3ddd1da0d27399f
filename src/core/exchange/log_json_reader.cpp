// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/log_json_reader.h"

#include "exchange/log_json.h"

#include <chrono>
#include <climits>
#include <cstdint>
#include <istream>
#include <iterator>
#include <unordered_set>

namespace spasmguide {

namespace {

using nlohmann::json;

[[noreturn]] void fail(const std::string& at, const std::string& message) {
    throw LogFormatError(at + ": " + message);
}

std::string child(const std::string& at, std::string_view key) {
    return at.empty() ? std::string(key) : at + "/" + std::string(key);
}

std::string child(const std::string& at, std::size_t index) {
    return child(at, std::to_string(index));
}

// The member, or nullptr when it is missing (or null and `nullable`).
const json* member(const json& object, const char* key, const std::string& at, bool required, bool nullable = false) {
    const auto found = object.find(key);
    if (found == object.end() || (nullable && found->is_null())) {
        if (required) {
            fail(child(at, key), "is missing");
        }
        return nullptr;
    }
    return &*found;
}

std::string text(const json& object, const char* key, const std::string& at, bool required = false) {
    const json* value = member(object, key, at, required);
    if (value && !value->is_string()) {
        fail(child(at, key), "must be text");
    }
    return value ? value->get<std::string>() : std::string();
}

std::string id(const json& object, const std::string& at, std::unordered_set<std::string>& seen) {
    std::string value = text(object, "id", at, true);
    if (value.empty()) {
        fail(child(at, "id"), "must not be empty");
    }
    if (!seen.insert(value).second) {
        fail(child(at, "id"), "is used twice in the file");
    }
    return value;
}

Timestamp timeOf(const json& value, const std::string& at) {
    const auto stamp = value.is_string() ? Timestamp::fromIso8601(value.get_ref<const std::string&>()) : std::nullopt;
    if (!stamp) {
        fail(at, "must be an ISO 8601 time such as 2026-11-23T14:05:00+01:00");
    }
    return *stamp;
}

std::int64_t wholeNumber(const json& value, const std::string& at, std::int64_t low, std::int64_t high,
                         const std::string& message) {
    // A huge unsigned value wraps negative here and is refused with the rest.
    if (!value.is_number_integer() || value.get<std::int64_t>() < low || value.get<std::int64_t>() > high) {
        fail(at, message);
    }
    return value.get<std::int64_t>();
}

bool flag(const json& object, const char* key, const std::string& at) {
    const json* value = member(object, key, at, false);
    if (value && !value->is_boolean()) {
        fail(child(at, key), "must be true or false");
    }
    return value && value->get<bool>();
}

std::vector<std::string> texts(const json& object, const char* key, const std::string& at) {
    std::vector<std::string> out;
    const json* value = member(object, key, at, false);
    if (!value) {
        return out;
    }
    if (!value->is_array()) {
        fail(child(at, key), "must be a list of texts");
    }
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (!(*value)[i].is_string()) {
            fail(child(child(at, key), i), "must be text");
        }
        out.push_back((*value)[i].get<std::string>());
    }
    return out;
}

const json& array(const json& object, const char* key, const std::string& at, bool required) {
    static const json kEmpty = json::array();
    const json* value = member(object, key, at, required);
    if (value && !value->is_array()) {
        fail(child(at, key), "must be a list");
    }
    return value ? *value : kEmpty;
}

void requireObject(const json& value, const std::string& at) {
    if (!value.is_object()) {
        fail(at, "must be an object");
    }
}

CheckIn readCheckIn(const json& object, const std::string& at, std::unordered_set<std::string>& ids) {
    requireObject(object, at);
    CheckIn c;
    c.id = id(object, at, ids);
    c.at = timeOf(*member(object, "at", at, true), child(at, "at"));
    // Present, and null when the check-in reported a new warning sign before a pain number was chosen.
    const json& pain = *member(object, "pain", at, true);
    if (!pain.is_null()) {
        c.pain = static_cast<int>(wholeNumber(pain, child(at, "pain"), 0, 10, "must be a whole number from 0 to 10"));
    }
    const json& areas = array(object, "areas", at, false);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const auto area =
            areas[i].is_string() ? bodyAreaFromString(areas[i].get_ref<const std::string&>()) : std::nullopt;
        if (!area) {
            fail(child(child(at, "areas"), i), "is not a known body area");
        }
        c.areas.insert(*area);
    }
    c.triggers = texts(object, "triggers", at);
    c.freeTags = texts(object, "freeTags", at);
    if (const json* heat = member(object, "heat", at, false, true)) {
        const std::string heatAt = child(at, "heat");
        requireObject(*heat, heatAt);
        c.heat = HeatUse{text(*heat, "product", heatAt),
                         static_cast<int>(wholeNumber(*member(*heat, "minutes", heatAt, true), child(heatAt, "minutes"),
                                                      0, INT_MAX, "must be a whole number of minutes, 0 or more"))};
    }
    const json& medications = array(object, "medications", at, false);
    for (std::size_t i = 0; i < medications.size(); ++i) {
        const std::string takenAt = child(child(at, "medications"), i);
        requireObject(medications[i], takenAt);
        c.medications.push_back({text(medications[i], "name", takenAt, true),
                                 timeOf(*member(medications[i], "takenAt", takenAt, true), child(takenAt, "takenAt"))});
    }
    c.movement = flag(object, "movement", at);
    c.breathing = flag(object, "breathing", at);
    c.worse = texts(object, "worse", at);
    c.note = text(object, "note", at);
    c.newRedFlag = flag(object, "newRedFlag", at);
    c.newRedFlagIds = texts(object, "newRedFlagIds", at);
    return c;
}

int count(const json& object, const char* key, const std::string& at, std::int64_t low, std::int64_t fallback) {
    const json* value = member(object, key, at, false);
    return static_cast<int>(value ? wholeNumber(*value, child(at, key), low, INT_MAX,
                                                "must be a whole number, " + std::to_string(low) + " or more")
                                  : fallback);
}

std::chrono::milliseconds durationOf(const json& object, const std::string& at) {
    const json* value = member(object, "durationMs", at, false);
    return std::chrono::milliseconds(
        value ? wholeNumber(*value, child(at, "durationMs"), 0, INT64_MAX, "must be a whole number, 0 or more") : 0);
}

// Reads one list of tool records; `read` fills a record's own fields from its object.
template <typename Record, typename Read>
void readList(const json& object, const char* key, const std::string& at, const std::string& episodeId,
              std::unordered_set<std::string>& ids, std::vector<Record>& out, Read&& read) {
    const json& list = array(object, key, at, false);
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string itemAt = child(child(at, key), i);
        requireObject(list[i], itemAt);
        Record record;
        record.id = id(list[i], itemAt, ids);
        record.episodeId = episodeId;
        read(list[i], itemAt, record);
        out.push_back(std::move(record));
    }
}

void readActivities(const json& object, const std::string& at, const std::string& episodeId,
                    std::unordered_set<std::string>& ids, EpisodeActivities& out) {
    readList(object, "heatSessions", at, episodeId, ids, out.heat, [](const json& o, const std::string& a, auto& r) {
        r.startedAt = timeOf(*member(o, "startedAt", a, true), child(a, "startedAt"));
        r.product = text(o, "product", a);
        r.plannedMinutes = count(o, "plannedMinutes", a, 1, 20);
        r.duration = durationOf(o, a);
        r.finished = flag(o, "finished", a);
    });
    readList(object, "breathingSessions", at, episodeId, ids, out.breathing,
             [](const json& o, const std::string& a, auto& r) {
                 r.startedAt = timeOf(*member(o, "startedAt", a, true), child(a, "startedAt"));
                 r.inhaleSeconds = count(o, "inhaleSeconds", a, 1, 4);
                 r.exhaleSeconds = count(o, "exhaleSeconds", a, 1, 6);
                 r.breaths = count(o, "breaths", a, 0, 0);
                 r.duration = durationOf(o, a);
             });
    readList(object, "medicationsTaken", at, episodeId, ids, out.medications,
             [](const json& o, const std::string& a, auto& r) {
                 r.name = text(o, "name", a, true);
                 if (r.name.empty()) {
                     fail(child(a, "name"), "must not be empty");
                 }
                 r.takenAt = timeOf(*member(o, "takenAt", a, true), child(a, "takenAt"));
             });
}

// An episode's "patternResults": when each was saved, with which content, the patterns that fitted (best first)
// and the answers given. Ids in them are the content's, so they are only checked to be texts.
std::vector<SavedPatternResult> readPatternResults(const json& object, const std::string& at,
                                                   const std::string& episodeId) {
    std::vector<SavedPatternResult> out;
    const json& results = array(object, "patternResults", at, false);
    for (std::size_t i = 0; i < results.size(); ++i) {
        const auto resultAt = child(child(at, "patternResults"), i);
        requireObject(results[i], resultAt);
        SavedPatternResult& result = out.emplace_back();
        result.episodeId = episodeId;
        result.savedAt = timeOf(*member(results[i], "savedAt", resultAt, true), child(resultAt, "savedAt"));
        result.contentVersion = text(results[i], "contentVersion", resultAt);
        const json& fits = array(results[i], "fits", resultAt, false);
        for (std::size_t f = 0; f < fits.size(); ++f) {
            const auto fitAt = child(child(resultAt, "fits"), f);
            requireObject(fits[f], fitAt);
            PatternFit& fit = result.fits.emplace_back();
            fit.patternId = text(fits[f], "pattern", fitAt, true);
            fit.score = static_cast<int>(wholeNumber(*member(fits[f], "score", fitAt, true), child(fitAt, "score"),
                                                     -1'000'000, 1'000'000, "must be a whole number"));
        }
        if (const json* answers = member(results[i], "answers", resultAt, false)) {
            requireObject(*answers, child(resultAt, "answers"));
            for (const auto& answer : answers->items()) {
                result.answers[answer.key()] = texts(*answers, answer.key().c_str(), child(resultAt, "answers"));
            }
        }
    }
    return out;
}

ImportedEpisode readEpisode(const json& object, const std::string& at, std::unordered_set<std::string>& episodeIds,
                            std::unordered_set<std::string>& checkInIds, std::unordered_set<std::string>& activityIds) {
    requireObject(object, at);
    ImportedEpisode imported;
    Episode& e = imported.episode;
    e.id = id(object, at, episodeIds);
    e.startedAt = timeOf(*member(object, "startedAt", at, true), child(at, "startedAt"));
    if (const json* ended = member(object, "endedAt", at, false, true)) {
        e.endedAt = timeOf(*ended, child(at, "endedAt"));
    }
    e.triageTicked = texts(object, "triageTicked", at);
    e.note = text(object, "note", at);
    const json& ticks = array(object, "planTicks", at, false);
    for (std::size_t i = 0; i < ticks.size(); ++i) {
        const auto tickAt = child(child(at, "planTicks"), i);
        requireObject(ticks[i], tickAt);
        const auto day = wholeNumber(*member(ticks[i], "day", tickAt, true), child(tickAt, "day"), 1, 100000,
                                     "a plan day is a whole number from 1");
        imported.planTicks.push_back({static_cast<int>(day), text(ticks[i], "item", tickAt, true)});
    }
    const json& checkIns = array(object, "checkIns", at, false);
    for (std::size_t i = 0; i < checkIns.size(); ++i) {
        imported.checkIns.push_back(readCheckIn(checkIns[i], child(child(at, "checkIns"), i), checkInIds));
        imported.checkIns.back().episodeId = e.id;
    }
    readActivities(object, at, e.id, activityIds, imported.activities);
    imported.patternResults = readPatternResults(object, at, e.id);
    return imported;
}

// Line and column (1-based) of a byte offset, for a parse error a person can find in an editor.
std::string placeOf(const std::string& text, std::size_t offset) {
    offset = std::min(offset, text.size());
    std::size_t line = 1;
    std::size_t lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(offset - lineStart + 1);
}

json parse(std::istream& in) {
    const std::string text{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) {
        throw LogFormatError("the file is empty");
    }
    try {
        return json::parse(text);
    } catch (const json::parse_error& error) {
        // nlohmann counts bytes from 1 and points one past the end when the text stops early.
        if (error.byte > text.size()) {
            throw LogFormatError("the file ends too early: it was probably cut short while being saved or copied");
        }
        throw LogFormatError("the file is not valid JSON (damaged near " + placeOf(text, error.byte - 1) + ")");
    }
}

} // namespace

std::vector<ImportedEpisode> readLogJson(std::istream& in) {
    const json document = parse(in);
    if (!document.is_object()) {
        throw LogFormatError("the file is not a SpasmGuide log: it does not hold a JSON object");
    }
    if (text(document, "format", "", true) != log_json::kFormat) {
        fail("format", "this is not a SpasmGuide log (expected \"" + std::string(log_json::kFormat) + "\")");
    }
    const json* version = member(document, "formatVersion", "", true);
    if (version->is_number_integer() && version->get<std::int64_t>() > log_json::kFormatVersion) {
        throw LogFormatError("this file was made by a newer SpasmGuide (log format " +
                             std::to_string(version->get<std::int64_t>()) + "; this version reads up to " +
                             std::to_string(log_json::kFormatVersion) + "). Update SpasmGuide to import it.");
    }
    wholeNumber(*version, "formatVersion", 1, log_json::kFormatVersion, "must be a whole number, 1 or more");
    const json& episodes = array(document, "episodes", "", true);
    std::vector<ImportedEpisode> out;
    out.reserve(episodes.size());
    std::unordered_set<std::string> episodeIds;
    std::unordered_set<std::string> checkInIds;
    std::unordered_set<std::string> activityIds;
    for (std::size_t i = 0; i < episodes.size(); ++i) {
        out.push_back(readEpisode(episodes[i], child(child("", "episodes"), i), episodeIds, checkInIds, activityIds));
    }
    return out;
}

} // namespace spasmguide
