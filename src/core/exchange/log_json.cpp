// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/log_json.h"

namespace spasmguide::log_json {

namespace {

nlohmann::ordered_json timeOrNull(const std::optional<Timestamp>& stamp) {
    return stamp ? nlohmann::ordered_json(stamp->toIso8601()) : nlohmann::ordered_json(nullptr);
}

} // namespace

nlohmann::ordered_json toJson(const Episode& episode) {
    return {
        {"id", episode.id},
        {"startedAt", episode.startedAt.toIso8601()},
        {"endedAt", timeOrNull(episode.endedAt)},
        {"backToUsualAt", timeOrNull(episode.backToUsual)},
        {"triageTicked", episode.triageTicked},
        {"note", episode.note},
    };
}

nlohmann::ordered_json toJson(const CheckIn& checkIn) {
    auto areas = nlohmann::ordered_json::array();
    for (const BodyArea area : checkIn.areas) {
        areas.push_back(toString(area));
    }
    auto medications = nlohmann::ordered_json::array();
    for (const MedicationTaken& taken : checkIn.medications) {
        medications.push_back({{"name", taken.name}, {"takenAt", taken.takenAt.toIso8601()}});
    }
    nlohmann::ordered_json heat = nullptr;
    if (checkIn.heat) {
        heat = {{"product", checkIn.heat->product}, {"minutes", checkIn.heat->minutes}};
    }
    return {
        {"id", checkIn.id},
        {"at", checkIn.at.toIso8601()},
        {"pain", checkIn.pain ? nlohmann::ordered_json(*checkIn.pain) : nlohmann::ordered_json(nullptr)},
        {"areas", std::move(areas)},
        {"triggers", checkIn.triggers},
        {"freeTags", checkIn.freeTags},
        {"heat", std::move(heat)},
        {"medications", std::move(medications)},
        {"movement", checkIn.movement},
        {"breathing", checkIn.breathing},
        {"worse", checkIn.worse},
        {"note", checkIn.note},
        {"newRedFlag", checkIn.newRedFlag},
        {"newRedFlagIds", checkIn.newRedFlagIds},
    };
}

nlohmann::ordered_json toJson(const HeatSession& session) {
    return {
        {"id", session.id},
        {"startedAt", session.startedAt.toIso8601()},
        {"product", session.product},
        {"plannedMinutes", session.plannedMinutes},
        {"durationMs", session.duration.count()},
        {"finished", session.finished},
    };
}

nlohmann::ordered_json toJson(const BreathingSession& session) {
    return {
        {"id", session.id},
        {"startedAt", session.startedAt.toIso8601()},
        {"inhaleSeconds", session.inhaleSeconds},
        {"exhaleSeconds", session.exhaleSeconds},
        {"breaths", session.breaths},
        {"durationMs", session.duration.count()},
    };
}

nlohmann::ordered_json toJson(const MedicationEntry& entry) {
    return {
        {"id", entry.id},
        {"name", entry.name},
        {"takenAt", entry.takenAt.toIso8601()},
    };
}

nlohmann::ordered_json toJson(const BackCheckRecord& check) {
    const auto score = check.rmdqScore();
    return {
        {"id", check.id},
        {"takenAt", check.takenAt.toIso8601()},
        {"asked", std::string(toString(check.asked))},
        {"rmdq", check.rmdq ? nlohmann::ordered_json(toAnswerText(*check.rmdq)) : nlohmann::ordered_json(nullptr)},
        {"rmdqScore", score ? nlohmann::ordered_json(*score) : nlohmann::ordered_json(nullptr)},
        {"pgic", check.pgic ? nlohmann::ordered_json(pgicValue(*check.pgic)) : nlohmann::ordered_json(nullptr)},
    };
}

nlohmann::ordered_json toJson(const SavedPatternResult& result) {
    auto fits = nlohmann::ordered_json::array();
    for (const PatternFit& fit : result.fits) {
        fits.push_back({{"pattern", fit.patternId}, {"score", fit.score}});
    }
    return {
        {"savedAt", result.savedAt.toIso8601()},
        {"contentVersion", result.contentVersion},
        {"fits", std::move(fits)},
        {"answers", result.answers},
    };
}

void addModified(nlohmann::ordered_json& record, std::optional<std::int64_t> modifiedMs) {
    if (modifiedMs) {
        record["modifiedAt"] = Timestamp{*modifiedMs, 0}.toIso8601();
    }
}

} // namespace spasmguide::log_json
