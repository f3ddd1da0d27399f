// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "triage/triage.h"

#include <catch2/catch.hpp>

using namespace spasmguide;

namespace {
RedFlags twoTiers() {
    RedFlags flags;
    flags.emergency.signs = {{"saddle-numbness", "Saddle numbness", {}, {}}, {"weakness", "Weakness", {}, {}}};
    flags.sameDay.signs = {{"past-cancer", "A past cancer", {}, {}}};
    return flags;
}
} // namespace

TEST_CASE("no ticked sign leads to self-care") {
    CHECK(evaluateTriage(twoTiers(), {}) == TriageOutcome::SelfCare);
}

TEST_CASE("a same-day sign leads to the same-day advice") {
    CHECK(evaluateTriage(twoTiers(), {{"past-cancer"}}) == TriageOutcome::SameDay);
}

TEST_CASE("any emergency sign wins, alone or with same-day signs") {
    CHECK(evaluateTriage(twoTiers(), {{"weakness"}}) == TriageOutcome::Emergency);
    CHECK(evaluateTriage(twoTiers(), {{"past-cancer", "saddle-numbness"}}) == TriageOutcome::Emergency);
}

TEST_CASE("ids the content does not know are ignored") {
    CHECK(evaluateTriage(twoTiers(), {{"no-such-sign"}}) == TriageOutcome::SelfCare);
}
