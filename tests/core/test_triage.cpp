// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/content_files.h"
#include "core/content/content_loader.h"
#include "core/handover/handover_card.h"
#include "core/triage/escalation.h"
#include "core/triage/triage.h"

#include <catch2/catch.hpp>

using namespace spasmguide;

namespace {

RedFlag sign(const char* id, SignAction action, const char* escalationText = "") {
    return {id, id, {}, {"nhs-back-pain"}, action, escalationText};
}

// The shape of the shipped content: the seed's group mixes ambulance signs and fever (same day); then the calmer
// groups; and the three kinds of escalation rule.
RedFlags content() {
    RedFlags flags;
    flags.groups = {
        {"urgent",
         "Seek urgent medical care if you have:",
         {sign("saddle-numbness", SignAction::Ambulance), sign("fever", SignAction::SameDay, "If very unwell, call."),
          sign("both-legs", SignAction::Ambulance)},
         {}},
        {"same-day", "Today", {sign("past-cancer", SignAction::SameDay), sign("minor-fall", SignAction::SameDay)}, {}},
        {"soon", "Soon", {sign("no-better-weeks", SignAction::Soon)}, {}},
    };
    EscalationRule finder;
    finder.id = "finder-both-legs";
    finder.kind = EscalationRule::Kind::FinderAnswer;
    finder.question = "leg";
    finder.answer = "both-legs";
    finder.sign = "both-legs";
    EscalationRule bodyMap;
    bodyMap.id = "body-map-both-legs";
    bodyMap.kind = EscalationRule::Kind::BodyMap;
    bodyMap.areas = {"below-knee-left", "below-knee-right"};
    bodyMap.sign = "both-legs";
    EscalationRule checkIn;
    checkIn.id = "check-in-something-new";
    checkIn.kind = EscalationRule::Kind::CheckInSomethingNew;
    checkIn.reason = "At your check-in you said that one of the emergency signs is new.";
    checkIn.action = SignAction::Ambulance;
    flags.escalations = {finder, bodyMap, checkIn};
    flags.care.handoverSigns = {"past-cancer", "minor-fall"};
    return flags;
}

Timestamp at(std::int64_t minutes) {
    return {minutes * 60000, 0};
}

} // namespace

TEST_CASE("each ticked sign's own action, and a mix takes the most urgent") {
    const auto flags = content();
    struct Case {
        const char* name;
        std::set<std::string> ticked;
        TriageOutcome expected;
    };
    const std::vector<Case> cases{
        {"nothing ticked", {}, TriageOutcome::SelfCare},
        {"only a soon sign", {"no-better-weeks"}, TriageOutcome::Soon},
        {"a same-day sign", {"past-cancer"}, TriageOutcome::SameDay},
        {"fever, in the emergency group, is same day", {"fever"}, TriageOutcome::SameDay},
        {"an ambulance sign", {"saddle-numbness"}, TriageOutcome::Emergency},
        {"soon and same day: same day", {"no-better-weeks", "past-cancer"}, TriageOutcome::SameDay},
        {"fever and an ambulance sign: ambulance", {"fever", "saddle-numbness"}, TriageOutcome::Emergency},
        {"all three kinds: ambulance", {"no-better-weeks", "fever", "both-legs"}, TriageOutcome::Emergency},
        {"an id from another version is ignored", {"no-such-sign"}, TriageOutcome::SelfCare},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        CHECK(evaluateTriage(flags, {c.ticked}) == c.expected);
    }
}

TEST_CASE("the most urgent outcome wins in any order") {
    CHECK(mostUrgent(TriageOutcome::Soon, TriageOutcome::Emergency) == TriageOutcome::Emergency);
    CHECK(mostUrgent(TriageOutcome::SameDay, TriageOutcome::Soon) == TriageOutcome::SameDay);
    CHECK(mostUrgent(TriageOutcome::SelfCare, TriageOutcome::Soon) == TriageOutcome::Soon);
    CHECK(outcomeFor(SignAction::Ambulance) == TriageOutcome::Emergency);
    CHECK(outcomeFor(SignAction::SameDay) == TriageOutcome::SameDay);
    CHECK(outcomeFor(SignAction::Soon) == TriageOutcome::Soon);
}

TEST_CASE("one escalation rule set over triage, finder, body-map and check-in answers") {
    const auto flags = content();
    struct Case {
        const char* name;
        AnswerSet answers;
        TriageOutcome outcome;
        std::vector<std::string> named; // the signs (or reasons) the care screen names, most urgent first
        EscalationMatch::From from;
    };
    const std::vector<Case> cases{
        {"nothing", {}, TriageOutcome::SelfCare, {}, EscalationMatch::From::Triage},
        {"the finder's both legs", {{}, {{"leg", {"both-legs"}}}, {}, false}, TriageOutcome::Emergency,
         {"both-legs"}, EscalationMatch::From::Finder},
        {"the finder's one leg is no sign", {{}, {{"leg", {"below-knee"}}}, {}, false}, TriageOutcome::SelfCare, {},
         EscalationMatch::From::Finder},
        {"both legs among two answers to a one-answer question",
         {{}, {{"leg", {"below-knee", "both-legs"}}}, {}, false}, TriageOutcome::Emergency, {"both-legs"},
         EscalationMatch::From::Finder},
        {"the body map, below the knee on both sides",
         {{}, {}, {BodyArea::BelowKneeLeft, BodyArea::BelowKneeRight, BodyArea::LowBackCentre}, false},
         TriageOutcome::Emergency, {"both-legs"}, EscalationMatch::From::BodyMap},
        {"the body map, one side only", {{}, {}, {BodyArea::BelowKneeLeft, BodyArea::ThighRight}, false},
         TriageOutcome::SelfCare, {}, EscalationMatch::From::BodyMap},
        {"a check-in's yes", {{}, {}, {}, true}, TriageOutcome::Emergency,
         {"At your check-in you said that one of the emergency signs is new."}, EscalationMatch::From::CheckIn},
        {"fever ticked: same day", {{"fever"}, {}, {}, false}, TriageOutcome::SameDay, {"fever"},
         EscalationMatch::From::Triage},
    };
    for (const auto& c : cases) {
        INFO(c.name);
        const auto found = escalate(flags, c.answers);
        CHECK(found.outcome == c.outcome);
        std::vector<std::string> named;
        for (const auto& match : found.matches) {
            named.push_back(match.sign ? match.sign->id : match.reason);
        }
        CHECK(named == c.named);
        if (!found.matches.empty()) {
            CHECK(found.matches.front().from == c.from);
        }
        CHECK(found.needsCareFirst() == (c.outcome == TriageOutcome::Emergency || c.outcome == TriageOutcome::SameDay));
    }
}

TEST_CASE("escalation: the most urgent match comes first, and a rule naming a missing sign is skipped") {
    auto flags = content();
    const auto found = escalate(flags, {{"past-cancer"}, {{"leg", {"both-legs"}}}, {}, false});
    REQUIRE(found.matches.size() == 2);
    CHECK(found.matches[0].sign->id == "both-legs");
    CHECK(found.matches[0].action == SignAction::Ambulance);
    CHECK(found.matches[1].sign->id == "past-cancer");
    CHECK(found.outcome == TriageOutcome::Emergency);

    flags.escalations[0].sign = "not-in-this-version";
    CHECK(escalate(flags, {{}, {{"leg", {"both-legs"}}}, {}, false}).empty());
}

TEST_CASE("the shipped content's escalation rules catch both legs from the finder and the body map") {
    ContentLoader loader;
    const auto loaded = loader.load(DirectoryContentFiles(SPASMGUIDE_CONTENT_DIR), "en");
    REQUIRE(loaded.bundle);
    const auto& flags = loaded.bundle->redFlags;
    const auto finder = escalate(flags, {{}, {{"leg", {"both-legs"}}}, {}, false});
    CHECK(finder.outcome == TriageOutcome::Emergency);
    REQUIRE_FALSE(finder.empty());
    CHECK(finder.matches.front().words() == "Pain, tingling, numbness or weakness in both legs");
    CHECK(escalate(flags, {{}, {}, {BodyArea::BelowKneeLeft, BodyArea::BelowKneeRight}, false}).outcome ==
          TriageOutcome::Emergency);
    CHECK(escalate(flags, {{}, {}, {}, true}).outcome == TriageOutcome::Emergency);
    CHECK(escalate(flags, {{}, {{"leg", {"below-knee"}}}, {BodyArea::BelowKneeLeft}, false}).empty());
}

TEST_CASE("the handover card: signs with when each was first recorded, the episode, today's medicines") {
    const auto flags = content();
    HandoverInput input;
    input.now = at(24 * 60 + 600); // day 2, 10:00
    input.todayStartMs = at(24 * 60).epochMs;
    input.tickedNow = {{"saddle-numbness", at(24 * 60 + 590)}, {"past-cancer", at(24 * 60 + 591)}};
    Episode episode;
    episode.id = "e1";
    episode.startedAt = at(20 * 60); // yesterday 20:00
    episode.triageTicked = {"saddle-numbness"};
    input.episode = episode;
    CheckIn yesterday;
    yesterday.at = at(22 * 60);
    yesterday.medications = {{"Ibuprofen", at(22 * 60)}};
    CheckIn today;
    today.at = at(24 * 60 + 480);
    today.medications = {{"Methocarbamol", at(24 * 60 + 470)}};
    today.newRedFlag = true; // "yes" without naming a sign
    input.checkIns = {yesterday, today};
    input.medicationLog = {{"m1", "e1", "Methocarbamol", at(24 * 60 + 470)}, {"m2", "e1", "Paracetamol", at(24 * 60 + 300)}};
    input.escalation = escalate(flags, {{}, {{"leg", {"both-legs"}}}, {}, false});

    const auto card = buildHandoverCard(flags, input);
    REQUIRE(card.signs.size() == 2);
    CHECK(card.signs[0] == HandoverSign{"saddle-numbness", "saddle-numbness", at(20 * 60)}); // the episode's check
    CHECK(card.signs[1].id == "both-legs"); // from the finder, noted now
    CHECK(card.signs[1].firstRecorded == input.now);
    REQUIRE(card.answers.size() == 1); // the answers that matter to the call
    CHECK(card.answers[0] == HandoverSign{"past-cancer", "past-cancer", at(24 * 60 + 591)});
    REQUIRE(card.newSignReports.size() == 1);
    CHECK(card.newSignReports[0] == today.at);
    CHECK(card.episodeBegan == episode.startedAt);
    // Yesterday's ibuprofen is left out; the methocarbamol logged twice at one minute is listed once.
    CHECK(card.medicinesToday ==
          std::vector<HandoverMedicine>{{"Paracetamol", at(24 * 60 + 300)}, {"Methocarbamol", at(24 * 60 + 470)}});
    CHECK_FALSE(card.empty());
}

TEST_CASE("the handover card of an empty log and no answers is empty, so the screen says what to say") {
    HandoverInput input;
    input.now = at(600);
    const auto card = buildHandoverCard(content(), input);
    CHECK(card.empty());
    input.escalation = escalate(content(), {{}, {}, {}, true});
    const auto withReason = buildHandoverCard(content(), input);
    REQUIRE(withReason.reasons.size() == 1);
    CHECK_FALSE(withReason.empty());
}
