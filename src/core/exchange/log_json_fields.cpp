// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/log_json_fields.h"

#include "core/exchange/log_json.h"
#include "core/store/plausible_time.h"

#include <climits>

namespace spasmguide::log_json {

namespace {

using nlohmann::json;

// The member, or nullptr when it is missing (or null and `nullable`).
const json* member(const json& object, const char* key, const Place& at, bool required, bool nullable = false) {
    const auto found = object.find(key);
    if (found == object.end() || (nullable && found->is_null())) {
        if (required) {
            Place(at, key).fail("is missing");
        }
        return nullptr;
    }
    return &*found;
}

std::string text(const json& object, const char* key, const Place& at, bool required = false) {
    const json* value = member(object, key, at, required);
    if (value && !value->is_string()) {
        Place(at, key).fail("must be text");
    }
    return value ? value->get<std::string>() : std::string();
}

Timestamp timeOf(const json& value, const Place& at, const Checks& checks) {
    const auto stamp = value.is_string() ? Timestamp::fromIso8601(value.get_ref<const std::string&>()) : std::nullopt;
    if (!stamp) {
        at.fail("must be an ISO 8601 time such as 2026-11-23T14:05:00+01:00");
    }
    if (stamp->epochMs < 0) {
        at.fail("must not be before 1970");
    }
    if (stamp->epochMs > checks.latestMs) {
        at.fail("must not be more than a day in the future");
    }
    return *stamp;
}

Timestamp requiredTime(const json& object, const char* key, const Place& at, const Checks& checks) {
    return timeOf(*member(object, key, at, true), Place(at, key), checks);
}

std::int64_t wholeNumber(const json& value, const Place& at, std::int64_t low, std::int64_t high,
                         const std::string& message) {
    // A huge unsigned value wraps negative here and is refused with the rest.
    if (!value.is_number_integer() || value.get<std::int64_t>() < low || value.get<std::int64_t>() > high) {
        at.fail(message);
    }
    return value.get<std::int64_t>();
}

// A whole number from `low` to `high`: below (or not a whole number) and above are told apart, the upper bound
// being what a day can hold.
std::int64_t bounded(const json& value, const Place& at, std::int64_t low, std::int64_t high,
                     const std::string& lowMessage, const std::string& highMessage) {
    const auto number = wholeNumber(value, at, low, INT64_MAX, lowMessage);
    if (number > high) {
        at.fail(highMessage);
    }
    return number;
}

bool flag(const json& object, const char* key, const Place& at) {
    const json* value = member(object, key, at, false);
    if (value && !value->is_boolean()) {
        Place(at, key).fail("must be true or false");
    }
    return value && value->get<bool>();
}

std::vector<std::string> texts(const json& object, const char* key, const Place& at) {
    std::vector<std::string> out;
    const json* value = member(object, key, at, false);
    if (!value) {
        return out;
    }
    const Place list(at, key);
    if (!value->is_array()) {
        list.fail("must be a list of texts");
    }
    out.reserve(value->size());
    for (std::size_t i = 0; i < value->size(); ++i) {
        if (!(*value)[i].is_string()) {
            Place(list, i).fail("must be text");
        }
        out.push_back((*value)[i].get<std::string>());
    }
    return out;
}

const json& array(const json& object, const char* key, const Place& at) {
    static const json kEmpty = json::array();
    const json* value = member(object, key, at, false);
    if (value && !value->is_array()) {
        Place(at, key).fail("must be a list");
    }
    return value ? *value : kEmpty;
}

void requireObject(const json& value, const Place& at) {
    if (!value.is_object()) {
        at.fail("must be an object");
    }
}

int count(const json& object, const char* key, const Place& at, int low, int high, int fallback) {
    const json* value = member(object, key, at, false);
    if (!value) {
        return fallback;
    }
    return static_cast<int>(bounded(*value, Place(at, key), low, high,
                                    "must be a whole number, " + std::to_string(low) + " or more",
                                    "must be at most " + std::to_string(high)));
}

std::chrono::milliseconds durationOf(const json& object, const Place& at) {
    const json* value = member(object, "durationMs", at, false);
    return std::chrono::milliseconds(value ? bounded(*value, Place(at, "durationMs"), 0, kMaxSessionMs,
                                                     "must be a whole number, 0 or more",
                                                     "must be at most 24 hours (86400000 ms)")
                                           : 0);
}

} // namespace

Checks Checks::at(std::chrono::system_clock::time_point now) {
    return {latestPlausibleMs(now)};
}

std::string readId(const json& object, const Place& at) {
    std::string value = text(object, "id", at, true);
    if (value.empty()) {
        Place(at, "id").fail("must not be empty");
    }
    return value;
}

std::optional<std::int64_t> readModified(const json& object, const Place& at, const Checks& checks) {
    const json* value = member(object, "modifiedAt", at, false, true);
    return value ? std::optional(timeOf(*value, Place(at, "modifiedAt"), checks).epochMs) : std::nullopt;
}

Episode readEpisode(const json& header, const Place& at, const Checks& checks) {
    Episode e;
    e.id = readId(header, at);
    e.startedAt = requiredTime(header, "startedAt", at, checks);
    if (const json* ended = member(header, "endedAt", at, false, true)) {
        const Place endedAt(at, "endedAt");
        e.endedAt = timeOf(*ended, endedAt, checks);
        if (e.endedAt->epochMs < e.startedAt.epochMs) {
            endedAt.fail("must not be before the episode's startedAt");
        }
    }
    if (const json* back = member(header, "backToUsualAt", at, false, true)) {
        const Place backAt(at, "backToUsualAt");
        e.backToUsual = timeOf(*back, backAt, checks);
        if (e.backToUsual->epochMs < e.startedAt.epochMs) {
            backAt.fail("must not be before the episode's startedAt");
        }
    }
    e.triageTicked = texts(header, "triageTicked", at);
    e.note = text(header, "note", at);
    return e;
}

CheckIn readCheckIn(const json& object, const Place& at, const Checks& checks) {
    requireObject(object, at);
    CheckIn c;
    c.id = readId(object, at);
    c.at = requiredTime(object, "at", at, checks);
    // Present, and null when the check-in reported a new warning sign before a pain number was chosen.
    const json& pain = *member(object, "pain", at, true);
    if (!pain.is_null()) {
        c.pain = static_cast<int>(wholeNumber(pain, Place(at, "pain"), 0, 10, "must be a whole number from 0 to 10"));
    }
    const json& areas = array(object, "areas", at);
    for (std::size_t i = 0; i < areas.size(); ++i) {
        const auto area =
            areas[i].is_string() ? bodyAreaFromString(areas[i].get_ref<const std::string&>()) : std::nullopt;
        if (!area) {
            Place(Place(at, "areas"), i).fail("is not a known body area");
        }
        c.areas.insert(*area);
    }
    c.triggers = texts(object, "triggers", at);
    c.freeTags = texts(object, "freeTags", at);
    if (const json* heat = member(object, "heat", at, false, true)) {
        const Place heatAt(at, "heat");
        requireObject(*heat, heatAt);
        c.heat = HeatUse{text(*heat, "product", heatAt),
                         static_cast<int>(bounded(*member(*heat, "minutes", heatAt, true), Place(heatAt, "minutes"), 0,
                                                  kMaxMinutes, "must be a whole number of minutes, 0 or more",
                                                  "must be at most 1440 minutes (24 hours)"))};
    }
    const json& medications = array(object, "medications", at);
    const Place medicationsAt(at, "medications");
    for (std::size_t i = 0; i < medications.size(); ++i) {
        const Place takenAt(medicationsAt, i);
        requireObject(medications[i], takenAt);
        c.medications.push_back(
            {text(medications[i], "name", takenAt, true), requiredTime(medications[i], "takenAt", takenAt, checks)});
    }
    c.movement = flag(object, "movement", at);
    c.breathing = flag(object, "breathing", at);
    c.worse = texts(object, "worse", at);
    c.note = text(object, "note", at);
    c.newRedFlag = flag(object, "newRedFlag", at);
    c.newRedFlagIds = texts(object, "newRedFlagIds", at);
    return c;
}

HeatSession readHeatSession(const json& o, const Place& at, const Checks& checks) {
    requireObject(o, at);
    HeatSession r;
    r.id = readId(o, at);
    r.startedAt = requiredTime(o, "startedAt", at, checks);
    r.product = text(o, "product", at);
    r.plannedMinutes = count(o, "plannedMinutes", at, 1, kMaxMinutes, 20);
    r.duration = durationOf(o, at);
    r.finished = flag(o, "finished", at);
    return r;
}

BreathingSession readBreathingSession(const json& o, const Place& at, const Checks& checks) {
    requireObject(o, at);
    BreathingSession r;
    r.id = readId(o, at);
    r.startedAt = requiredTime(o, "startedAt", at, checks);
    r.inhaleSeconds = count(o, "inhaleSeconds", at, 1, kMaxBreathSeconds, 4);
    r.exhaleSeconds = count(o, "exhaleSeconds", at, 1, kMaxBreathSeconds, 6);
    r.breaths = count(o, "breaths", at, 0, kMaxBreaths, 0);
    r.duration = durationOf(o, at);
    return r;
}

MedicationEntry readMedication(const json& o, const Place& at, const Checks& checks) {
    requireObject(o, at);
    MedicationEntry r;
    r.id = readId(o, at);
    r.name = text(o, "name", at, true);
    if (r.name.empty()) {
        Place(at, "name").fail("must not be empty");
    }
    r.takenAt = requiredTime(o, "takenAt", at, checks);
    return r;
}

BackCheckRecord readBackCheck(const json& o, const Place& at, const Checks& checks,
                              std::optional<std::int64_t> episodeStart) {
    requireObject(o, at);
    BackCheckRecord r;
    r.id = readId(o, at);
    r.takenAt = requiredTime(o, "takenAt", at, checks);
    if (episodeStart && r.takenAt.epochMs < *episodeStart) {
        Place(at, "takenAt").fail("must not be before the episode's startedAt");
    }
    const std::string asked = text(o, "asked", at, true);
    const auto kind = backCheckAskedFromString(asked);
    if (!kind) {
        Place(at, "asked").fail("must be \"baseline\", \"weekly\" or \"episode-ended\"");
    }
    r.asked = *kind;
    if (const json* rmdq = member(o, "rmdq", at, false, true)) {
        r.rmdq = rmdq->is_string() ? answersFromText(rmdq->get_ref<const std::string&>()) : std::nullopt;
        if (!r.rmdq) {
            Place(at, "rmdq").fail("must be 24 characters, each 0 or 1 (one for each Roland-Morris statement)");
        }
    }
    // Derived from the answers: a file whose score disagrees with them was edited, and neither can be trusted.
    if (const json* score = member(o, "rmdqScore", at, false, true)) {
        const Place scoreAt(at, "rmdqScore");
        const auto number = wholeNumber(*score, scoreAt, 0, kRmdqMaxScore, "must be a whole number from 0 to 24");
        if (!r.rmdq || number != *r.rmdqScore()) {
            scoreAt.fail("does not match the ticked statements in rmdq");
        }
    }
    if (const json* pgic = member(o, "pgic", at, false, true)) {
        r.pgic = pgicFromValue(wholeNumber(*pgic, Place(at, "pgic"), 1, 7, "must be a whole number from 1 to 7"));
    }
    if (!r.rmdq && !r.pgic) {
        at.fail("holds neither Roland-Morris answers (rmdq) nor a PGIC (pgic)");
    }
    return r;
}

PlanTick readPlanTick(const json& value, const Place& at) {
    requireObject(value, at);
    const auto day = wholeNumber(*member(value, "day", at, true), Place(at, "day"), 1, 100000,
                                 "a plan day is a whole number from 1");
    return {static_cast<int>(day), text(value, "item", at, true)};
}

// Ids in a result are the content's, so they are only checked to be texts.
SavedPatternResult readPatternResult(const json& value, const Place& at, const Checks& checks) {
    requireObject(value, at);
    SavedPatternResult result;
    result.savedAt = requiredTime(value, "savedAt", at, checks);
    result.contentVersion = text(value, "contentVersion", at);
    const json& fits = array(value, "fits", at);
    const Place fitsAt(at, "fits");
    for (std::size_t f = 0; f < fits.size(); ++f) {
        const Place fitAt(fitsAt, f);
        requireObject(fits[f], fitAt);
        PatternFit& fit = result.fits.emplace_back();
        fit.patternId = text(fits[f], "pattern", fitAt, true);
        fit.score = static_cast<int>(wholeNumber(*member(fits[f], "score", fitAt, true), Place(fitAt, "score"),
                                                 -1'000'000, 1'000'000, "must be a whole number"));
    }
    if (const json* answers = member(value, "answers", at, false)) {
        const Place answersAt(at, "answers");
        requireObject(*answers, answersAt);
        for (const auto& answer : answers->items()) {
            result.answers[answer.key()] = texts(*answers, answer.key().c_str(), answersAt);
        }
    }
    return result;
}

void checkFormat(const json* value) {
    const Place document;
    const Place at(document, "format");
    if (!value) {
        at.fail("is missing");
    }
    if (!value->is_string()) {
        at.fail("must be text");
    }
    if (value->get_ref<const std::string&>() != kFormat) {
        at.fail("this is not a SpasmGuide log (expected \"" + std::string(kFormat) + "\")");
    }
}

void checkFormatVersion(const json* value) {
    const Place document;
    const Place at(document, "formatVersion");
    if (!value) {
        at.fail("is missing");
    }
    if (value->is_number_integer() && value->get<std::int64_t>() > kFormatVersion) {
        throw LogFormatError("this file was made by a newer SpasmGuide (log format " +
                             std::to_string(value->get<std::int64_t>()) + "; this version reads up to " +
                             std::to_string(kFormatVersion) + "). Update SpasmGuide to import it.");
    }
    wholeNumber(*value, at, 1, kFormatVersion, "must be a whole number, 1 or more");
}

} // namespace spasmguide::log_json
