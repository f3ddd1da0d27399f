// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/measures/pgic.h"
#include "core/measures/rmdq.h"
#include "core/store/timestamp.h"

#include <optional>
#include <string>
#include <string_view>

namespace spasmguide {

// Why the back check was offered: the first of an open episode, the weekly one, or as the episode was ended (the
// PGIC alone, usually).
enum class BackCheckAsked { Baseline, Weekly, EpisodeEnded };

// Its stable name in the log and its exports: "baseline", "weekly", "episode-ended".
[[nodiscard]] std::string_view toString(BackCheckAsked asked);
[[nodiscard]] std::optional<BackCheckAsked> backCheckAskedFromString(std::string_view text);

// One back check recorded in an episode: the Roland-Morris answers, the PGIC, or both (never neither). It has a
// random UUID, stable across export and import, like check-ins.
struct BackCheckRecord {
    std::string id; // empty asks the store to assign one
    std::string episodeId;
    Timestamp takenAt;
    BackCheckAsked asked = BackCheckAsked::Weekly;
    std::optional<RmdqAnswers> rmdq;
    std::optional<Pgic> pgic;

    // The Roland-Morris score, 0 to 24; nullopt without the questionnaire.
    [[nodiscard]] std::optional<int> rmdqScore() const {
        return rmdq ? std::optional(spasmguide::rmdqScore(*rmdq)) : std::nullopt;
    }

    friend bool operator==(const BackCheckRecord&, const BackCheckRecord&) = default;
};

} // namespace spasmguide
