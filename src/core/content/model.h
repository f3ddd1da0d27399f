// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The guide's content, as the screens use it. Built only from files that passed validation,
// so required text is never empty. Field meanings are documented in content/schema/*.json.

#include "core/content/measures_model.h"

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace spasmguide {

using Text = std::string;
using TextList = std::vector<std::string>;
using SourceIds = std::vector<std::string>;

// The id that cites the author's own protocol text (his words, his product picks).
inline constexpr const char* kAuthorProtocolSource = "author-protocol";

struct Source {
    std::string id;
    Text title;
    Text publisher;
    std::string year;
    std::string url;
};

struct Review {
    std::string status; // draft | in-review | approved
    Text by;
    std::string date;
    Text notes;
};

struct Manifest {
    std::string id;
    std::string version;
    std::string locale;
    Text title;
    Text tagline;
    Text intro;
    Text author;
    Review review;
    std::map<std::string, Review> partReviews; // parts reviewed on their own, by name ("plan")
    std::vector<Source> sources;
};

// What a warning sign asks the reader to do, most urgent first: a mix of ticked signs takes the most urgent.
enum class SignAction {
    Ambulance, // call the emergency number or go to the emergency department now
    SameDay,   // contact a doctor or urgent-care line today
    Soon,      // book a routine appointment; the self-care steps go on
};

struct RedFlag {
    std::string id;
    Text text;
    Text detail;
    SourceIds sources;
    SignAction action = SignAction::Ambulance;
    Text escalation; // when the sign calls for more than its action ("if also very unwell, call now")
};

struct RedFlagGroup {
    std::string id;
    Text heading;
    std::vector<RedFlag> signs;
    SourceIds sources;

    // The most urgent action of its signs: the group's icon and label.
    [[nodiscard]] SignAction mostUrgent() const;
};

struct ActionText {
    Text label; // "Emergency", "Today", "Soon"
    Text text;  // what to do, in one sentence
    SourceIds sources;
};

// An answer given elsewhere in the app that matches a warning sign (see core/triage/escalation.h).
struct EscalationRule {
    enum class Kind { FinderAnswer, BodyMap, CheckInSomethingNew };
    std::string id;
    Kind kind = Kind::FinderAnswer;
    std::string question; // FinderAnswer
    std::string answer;
    std::vector<std::string> areas; // BodyMap: every one marked at once
    std::string sign;               // the sign it matches, or empty with a reason
    Text reason;
    SignAction action = SignAction::Ambulance; // with a reason; otherwise the sign's
};

struct CareAdvice {
    Text title;
    TextList doNow;
    TextList tellCallHandler;
    Text afterCall;
    std::vector<std::string> handoverSigns; // signs whose answer matters to the call (past cancer, steroids, a fall)
    SourceIds sources;
};

struct SameDayAdvice {
    Text title;
    Text text;
    Text acknowledge;
    Text continueNote;
    SourceIds sources;
};

struct SoonAdvice {
    Text title;
    Text text;
    Text continueNote;
    SourceIds sources;
};

struct RedFlags {
    Text title;
    Text intro;
    std::vector<RedFlagGroup> groups;
    ActionText ambulance;
    ActionText sameDay;
    ActionText soon;
    std::vector<EscalationRule> escalations;
    Text note;
    SourceIds noteSources;
    CareAdvice care;
    SameDayAdvice sameDayAdvice;
    SoonAdvice soonAdvice;

    [[nodiscard]] const RedFlag* sign(const std::string& id) const;
    [[nodiscard]] const ActionText& actionText(SignAction action) const;
    // Every sign with this action, in the order shown.
    [[nodiscard]] std::vector<const RedFlag*> signsWith(SignAction action) const;
};

struct EmergencyNumber {
    std::string region; // ISO 3166-1 alpha-2, e.g. "IN"
    Text name;
    std::string emergency; // the number that brings an ambulance, as dialled ("112", "#7119" may hold # and *)
    std::string alsoCall;  // optional: another number people use for an ambulance or medical help ("108")
    std::string sameDay;   // optional: a same-day health-advice line ("111")
    Text sameDayLabel;
    SourceIds sources;
    std::string checked; // when the numbers were last checked, year-month-day
};

struct EmergencyNumbers {
    std::vector<EmergencyNumber> regions;

    // The entry for exactly this region code ("IN"), or null. An empty, lower-case, unknown or non-country code
    // ("", "in", "EU", "ZZ") finds nothing: the app then shows the neutral advice, never another country's number.
    [[nodiscard]] const EmergencyNumber* find(std::string_view region) const;
};

// How the heat timer treats a product, from its maker's instructions. No minutes unless a source gives them.
struct ProductTimer {
    std::optional<int> minutes;    // the timer's starting minutes
    std::optional<int> maxMinutes; // the most it allows
    Text instruction;              // shown with the timer, e.g. the maker's hours
    SourceIds sources;
};

struct Product {
    std::string id;
    Text name;
    Text bestFor;
    TextList bullets;
    std::string url;
    Text linkLabel;
    SourceIds sources;
    std::optional<ProductTimer> timer;
};

struct ParagraphBlock {
    Text text;
    SourceIds sources;
};
struct CalloutBlock {
    enum class Kind { Safety, Warning, Info, Disclaimer };
    Kind kind = Kind::Info;
    Text title;
    Text text;
    SourceIds sources;
    Text note; // shown under the text, set apart: e.g. a research note beside the author's words
    SourceIds noteSources;
};
struct ProductsBlock {
    Text disclosure;
    std::vector<Product> items;
};
// One list item, with an optional note under it (who says so, what the research says) and the note's sources.
struct ListItem {
    Text text;
    Text note;
    SourceIds noteSources;
};
struct ListBlock {
    Text title;
    std::vector<ListItem> items;
    Text footer;
    SourceIds sources;
};
struct PatternsBlock {
    Text title;
    Text intro;
    Text closing;
};
struct EvidenceBlock {
    Text title;
    Text text;
    SourceIds sources;
};
struct LinkBlock {
    Text title;
    Text text;
    Text label;
    std::string url;
    Text note;
    SourceIds sources;
};

using Block =
    std::variant<ParagraphBlock, CalloutBlock, ProductsBlock, ListBlock, PatternsBlock, EvidenceBlock, LinkBlock>;

struct Step {
    std::string id;
    int number = 0;
    Text shortTitle;
    Text title;
    Text goal;
    TextList medicationNames; // offered by the medication log: names only, never a dose
    std::vector<Block> blocks;
    SourceIds sources;

    // Every source the step cites, itself or in any block, product or note, in order and without repeats.
    [[nodiscard]] SourceIds allSources() const;
};

// A position or habit that tends to set a pattern off again, with what says so.
struct Retrigger {
    Text text;
    SourceIds sources;
};

struct Pattern {
    std::string id;
    Text name;
    Text explanation;
    std::vector<Retrigger> retriggers;
    SourceIds sources; // for the name and explanation
};

// The pattern finder: a questionnaire scored by rules (core/patterns/pattern_scoring.h evaluates them).
struct FinderAnswer {
    std::string id;
    Text text;
    std::vector<std::string> prefill; // "area:<id>", "trigger:<id>", "worse:<id>"
};

struct FinderQuestion {
    std::string id;
    Text text;
    bool multiple = false;
    std::vector<FinderAnswer> answers;

    [[nodiscard]] const FinderAnswer* answer(const std::string& answerId) const;
};

struct FinderRule {
    std::string question;
    std::string answer;
    std::string pattern;
    int weight = 0;
    SourceIds sources;            // what says the answer goes with the pattern
    bool authorFramework = false; // no published source: the rule applies the author's list of patterns
};

struct PatternFinder {
    Text title;
    Text intro;
    Text disclaimer;
    Text noMatch;
    int minimumScore = 1;
    std::vector<FinderQuestion> questions;
    std::vector<FinderRule> rules;

    [[nodiscard]] const FinderQuestion* question(const std::string& id) const;
};

struct Book {
    Text text;
    Text label;
    std::string url;
};

struct About {
    Text title;
    Text subtitle;
    TextList bio;
    TextList credentials;
    Book book;
    Text disclaimer;
};

// One piece of the day-by-day plan's advice.
struct PlanItem {
    std::string id; // unique in the plan; ticks in the episode log refer to it
    Text text;
    SourceIds sources;
};

// A stretch of episode days with the same advice. Day 1 is the calendar day the episode started.
struct PlanPhase {
    std::string id;
    int fromDay = 1;
    std::optional<int> toDay; // none on the last phase: from fromDay on
    Text title;
    Text goal;
    std::vector<PlanItem> toDo; // the day's checklist
    std::vector<PlanItem> avoid;
    std::vector<PlanItem> seeClinicianIf;
    SourceIds sources;
};

struct MovementReminderText {
    int everyMinutes = 30; // the default; Settings may change it
    Text title;
    Text text;
    SourceIds sources;
};

struct Plan {
    Text title;
    Text intro;
    std::vector<PlanPhase> phases; // contiguous from day 1, the last open-ended (the validator checks)
    MovementReminderText movementReminder;

    // The phase `day` falls in: the first for days before 1, the last for days past every range.
    [[nodiscard]] const PlanPhase* phaseForDay(int day) const;
    // The phase after `phase`, or null for the last.
    [[nodiscard]] const PlanPhase* phaseAfter(const PlanPhase& phase) const;
};

struct ContentBundle {
    Manifest manifest;
    RedFlags redFlags;
    EmergencyNumbers emergencyNumbers;
    std::vector<Step> steps;
    std::vector<Pattern> patterns;
    std::optional<PatternFinder> finder; // absent when the content offers none
    About about;
    Plan plan;
    MeasuresContent measures;

    [[nodiscard]] const Step* step(const std::string& id) const;
    [[nodiscard]] const Source* source(const std::string& id) const;
    [[nodiscard]] const Pattern* pattern(const std::string& id) const;
};

} // namespace spasmguide
