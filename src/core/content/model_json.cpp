// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/model_json.h"

#include "core/content/json_fields.h"

#include <climits>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <stdexcept>

namespace spasmguide {
namespace {

using json_fields::str;
using json_fields::strings;
using nlohmann::json;

SignAction signAction(const std::string& name) {
    if (name == "same-day") {
        return SignAction::SameDay;
    }
    if (name == "soon") {
        return SignAction::Soon;
    }
    return SignAction::Ambulance; // the schema allows nothing else; the safest reading of anything unexpected
}

RedFlagGroup group(const json& j) {
    RedFlagGroup g{str(j, "id"), str(j, "heading"), {}, strings(j, "sources")};
    for (const auto& s : j.at("signs")) {
        g.signs.push_back({str(s, "id"), str(s, "text"), str(s, "detail"), strings(s, "sources"),
                           signAction(str(s, "action")), str(s, "escalation")});
    }
    return g;
}

ActionText actionText(const json& j) {
    return {str(j, "label"), str(j, "text"), strings(j, "sources")};
}

EscalationRule escalation(const json& j) {
    EscalationRule rule;
    rule.id = str(j, "id");
    if (j.contains("finderAnswer")) {
        rule.kind = EscalationRule::Kind::FinderAnswer;
        rule.question = str(j.at("finderAnswer"), "question");
        rule.answer = str(j.at("finderAnswer"), "answer");
    } else if (j.contains("bodyMap")) {
        rule.kind = EscalationRule::Kind::BodyMap;
        rule.areas = strings(j, "bodyMap");
    } else {
        rule.kind = EscalationRule::Kind::CheckInSomethingNew;
    }
    rule.sign = str(j, "sign");
    rule.reason = str(j, "reason");
    rule.action = signAction(str(j, "action"));
    return rule;
}

CalloutBlock::Kind calloutKind(const std::string& kind) {
    if (kind == "safety") {
        return CalloutBlock::Kind::Safety;
    }
    if (kind == "warning") {
        return CalloutBlock::Kind::Warning;
    }
    if (kind == "disclaimer") {
        return CalloutBlock::Kind::Disclaimer;
    }
    return CalloutBlock::Kind::Info;
}

// Valid content has small whole step numbers. Anything else is refused, not converted: casting 1e30 to int is
// undefined behaviour, and the trusted loader falls back to the full check on any exception.
int stepNumber(const json& j) {
    const auto it = j.find("number");
    if (it == j.end()) {
        return 0;
    }
    if (!it->is_number_integer() || (it->is_number_unsigned() && it->get<std::uint64_t>() > INT_MAX) ||
        (!it->is_number_unsigned() && (it->get<std::int64_t>() < INT_MIN || it->get<std::int64_t>() > INT_MAX))) {
        throw std::out_of_range("a step number is not a whole number in range");
    }
    return it->get<int>();
}

// Plan days are small whole numbers (the schema says 1-365); anything else is refused like a step number.
int dayNumber(const json& j, const char* key) {
    const auto& value = j.at(key);
    if (!value.is_number_integer() || value.get<std::int64_t>() < 1 || value.get<std::int64_t>() > 365) {
        throw std::out_of_range("a plan day is not a whole number from 1 to 365");
    }
    return value.get<int>();
}

std::vector<PlanItem> planItems(const json& j, const char* key) {
    std::vector<PlanItem> items;
    for (const auto& item : j.at(key)) {
        items.push_back({str(item, "id"), str(item, "text"), strings(item, "sources")});
    }
    return items;
}

// Timer minutes are small whole numbers (the schema says 1-720); anything else is refused like a step number.
std::optional<int> minutes(const json& j, const char* key) {
    const auto it = j.find(key);
    if (it == j.end()) {
        return std::nullopt;
    }
    if (!it->is_number_integer() || it->get<std::int64_t>() < 1 || it->get<std::int64_t>() > 720) {
        throw std::out_of_range("a timer's minutes are not a whole number from 1 to 720");
    }
    return it->get<int>();
}

Product product(const json& p) {
    Product out{str(p, "id"),  str(p, "name"),      str(p, "bestFor"),     strings(p, "bullets"),
                str(p, "url"), str(p, "linkLabel"), strings(p, "sources"), std::nullopt};
    if (const auto timer = p.find("timer"); timer != p.end()) {
        out.timer = ProductTimer{minutes(*timer, "minutes"), minutes(*timer, "maxMinutes"), str(*timer, "instruction"),
                                 strings(*timer, "sources")};
    }
    return out;
}

ListBlock listBlock(const json& j) {
    ListBlock b{str(j, "title"), {}, str(j, "footer"), strings(j, "sources")};
    for (const auto& item : j.at("items")) {
        if (item.is_string()) {
            b.items.push_back({item.get<std::string>(), {}, {}});
        } else {
            b.items.push_back({str(item, "text"), str(item, "note"), strings(item, "noteSources")});
        }
    }
    return b;
}

Block block(const json& j) {
    const auto type = str(j, "type");
    if (type == "callout") {
        return CalloutBlock{calloutKind(str(j, "kind")), str(j, "title"), str(j, "text"),
                            strings(j, "sources"),       str(j, "note"),  strings(j, "noteSources")};
    }
    if (type == "products") {
        ProductsBlock b{str(j, "disclosure"), {}};
        for (const auto& p : j.at("items")) {
            b.items.push_back(product(p));
        }
        return b;
    }
    if (type == "list") {
        return listBlock(j);
    }
    if (type == "patterns") {
        return PatternsBlock{str(j, "title"), str(j, "intro"), str(j, "closing")};
    }
    if (type == "evidence") {
        return EvidenceBlock{str(j, "title"), str(j, "text"), strings(j, "sources")};
    }
    if (type == "link") {
        return LinkBlock{str(j, "title"), str(j, "text"), str(j, "label"),
                         str(j, "url"),   str(j, "note"), strings(j, "sources")};
    }
    return ParagraphBlock{str(j, "text"), strings(j, "sources")};
}

} // namespace

void from_json(const json& j, Manifest& m) {
    m.id = str(j, "id");
    m.version = str(j, "version");
    m.locale = str(j, "locale");
    m.title = str(j, "title");
    m.tagline = str(j, "tagline");
    m.intro = str(j, "intro");
    m.author = str(j, "author");
    const auto& review = j.at("review");
    m.review = {str(review, "status"), str(review, "by"), str(review, "date"), str(review, "notes")};
    if (const auto parts = j.find("partReviews"); parts != j.end()) {
        for (const auto& [part, r] : parts->items()) {
            m.partReviews[part] = {str(r, "status"), str(r, "by"), str(r, "date"), str(r, "notes")};
        }
    }
    for (const auto& s : j.at("sources")) {
        m.sources.push_back({str(s, "id"), str(s, "title"), str(s, "publisher"), str(s, "year"), str(s, "url")});
    }
}

void from_json(const json& j, RedFlags& r) {
    r.title = str(j, "title");
    r.intro = str(j, "intro");
    for (const auto& g : j.at("groups")) {
        r.groups.push_back(group(g));
    }
    const auto& actions = j.at("actions");
    r.ambulance = actionText(actions.at("ambulance"));
    r.sameDay = actionText(actions.at("same-day"));
    r.soon = actionText(actions.at("soon"));
    if (j.contains("escalations")) {
        for (const auto& rule : j.at("escalations")) {
            r.escalations.push_back(escalation(rule));
        }
    }
    r.note = str(j, "note");
    r.noteSources = strings(j, "noteSources");
    const auto& care = j.at("care");
    r.care = {str(care, "title"),     strings(care, "doNow"),         strings(care, "tellCallHandler"),
              str(care, "afterCall"), strings(care, "handoverSigns"), strings(care, "sources")};
    const auto& sameDay = j.at("sameDayAdvice");
    r.sameDayAdvice = {str(sameDay, "title"), str(sameDay, "text"), str(sameDay, "acknowledge"),
                       str(sameDay, "continueNote"), strings(sameDay, "sources")};
    const auto& soon = j.at("soonAdvice");
    r.soonAdvice = {str(soon, "title"), str(soon, "text"), str(soon, "continueNote"), strings(soon, "sources")};
}

void from_json(const json& j, EmergencyNumbers& e) {
    for (const auto& r : j.at("regions")) {
        e.regions.push_back({str(r, "region"), str(r, "name"), str(r, "emergency"), str(r, "alsoCall"),
                             str(r, "sameDay"), str(r, "sameDayLabel"), strings(r, "sources"), str(r, "checked")});
    }
}

void from_json(const json& j, Step& s) {
    s.id = str(j, "id");
    s.number = stepNumber(j);
    s.shortTitle = str(j, "shortTitle");
    s.title = str(j, "title");
    s.goal = str(j, "goal");
    s.medicationNames = strings(j, "medicationNames");
    s.sources = strings(j, "sources");
    for (const auto& b : j.at("blocks")) {
        s.blocks.push_back(block(b));
    }
}

void from_json(const json& j, Pattern& p) {
    p.id = str(j, "id");
    p.name = str(j, "name");
    p.explanation = str(j, "explanation");
    if (j.contains("retriggers")) {
        for (const auto& item : j.at("retriggers")) {
            p.retriggers.push_back({str(item, "text"), strings(item, "sources")});
        }
    }
    p.sources = strings(j, "sources");
}

void from_json(const json& j, PatternFinder& f) {
    f.title = str(j, "title");
    f.intro = str(j, "intro");
    f.disclaimer = str(j, "disclaimer");
    f.noMatch = str(j, "noMatch");
    f.minimumScore = j.at("minimumScore").get<int>();
    for (const auto& q : j.at("questions")) {
        FinderQuestion question{str(q, "id"), str(q, "text"), q.value("multiple", false), {}};
        for (const auto& a : q.at("answers")) {
            question.answers.push_back({str(a, "id"), str(a, "text"), strings(a, "prefill")});
        }
        f.questions.push_back(std::move(question));
    }
    for (const auto& r : j.at("rules")) {
        f.rules.push_back({str(r, "question"), str(r, "answer"), str(r, "pattern"), r.at("weight").get<int>(),
                           strings(r, "sources"), str(r, "basis") == "author-framework"});
    }
}

void from_json(const json& j, About& a) {
    a.title = str(j, "title");
    a.subtitle = str(j, "subtitle");
    a.bio = strings(j, "bio");
    a.credentials = strings(j, "credentials");
    if (j.contains("book")) {
        const auto& b = j.at("book");
        a.book = {str(b, "text"), str(b, "label"), str(b, "url")};
    }
    a.disclaimer = str(j, "disclaimer");
}

void from_json(const json& j, Plan& p) {
    p.title = str(j, "title");
    p.intro = str(j, "intro");
    for (const auto& phase : j.at("phases")) {
        PlanPhase out;
        out.id = str(phase, "id");
        out.fromDay = dayNumber(phase, "fromDay");
        if (phase.contains("toDay")) {
            out.toDay = dayNumber(phase, "toDay");
        }
        out.title = str(phase, "title");
        out.goal = str(phase, "goal");
        out.toDo = planItems(phase, "do");
        out.avoid = planItems(phase, "avoid");
        out.seeClinicianIf = planItems(phase, "seeClinicianIf");
        out.sources = strings(phase, "sources");
        p.phases.push_back(std::move(out));
    }
    const auto& reminder = j.at("movementReminder");
    const auto& minutes = reminder.at("everyMinutes");
    if (!minutes.is_number_integer() || minutes.get<std::int64_t>() < 1 || minutes.get<std::int64_t>() > 1440) {
        throw std::out_of_range("the reminder's minutes are not a whole number in range");
    }
    p.movementReminder = {minutes.get<int>(), str(reminder, "title"), str(reminder, "text"),
                          strings(reminder, "sources")};
}

} // namespace spasmguide
