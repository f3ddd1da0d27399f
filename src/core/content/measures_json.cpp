// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/model_json.h"
#include "measures/pgic.h"
#include "measures/rmdq_form.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace spasmguide {
namespace {

using nlohmann::json;

std::string text(const json& j, const char* key) {
    return j.value(key, std::string());
}

std::vector<std::string> sources(const json& j) {
    return j.contains("sources") ? j.at("sources").get<std::vector<std::string>>() : std::vector<std::string>{};
}

// The trusted loader reads files no schema has checked, so anything the screens rely on is checked here and
// refused with an exception (the loader then runs the full check, which says what is wrong).
std::optional<RmdqContent> rmdq(const json& j) {
    if (j.is_null()) {
        return std::nullopt;
    }
    RmdqContent r;
    r.name = text(j, "name");
    r.title = text(j, "title");
    r.offer = text(j, "offer");
    r.answerLabel = text(j, "answerLabel");
    r.formNote = text(j, "formNote");
    r.scoring = text(j, "scoring");
    r.licence = text(j, "licence");
    r.sources = sources(j);
    const auto& form = j.at("licensedForm");
    r.instructions = text(form, "instructions");
    r.statements = form.at("statements").get<std::vector<std::string>>();
    if (r.statements.size() != kRmdqStatementCount) {
        throw std::out_of_range("the Roland-Morris form does not have 24 statements");
    }
    return r;
}

PgicContent pgic(const json& j) {
    PgicContent p{text(j, "name"), text(j, "question"), {}, text(j, "note"), sources(j)};
    for (const auto& option : j.at("options")) {
        const auto& value = option.at("value");
        if (!value.is_number_integer() || !pgicFromValue(value.get<long long>())) {
            throw std::out_of_range("a PGIC answer's value is not a whole number from 1 to 7");
        }
        p.options.push_back({value.get<int>(), text(option, "text")});
    }
    return p;
}

ImportantChangeRule rule(const json& j) {
    return {text(j, "text"), sources(j)};
}

} // namespace

void from_json(const json& j, MeasuresContent& m) {
    m.rmdq = rmdq(j.at("rmdq"));
    m.pgic = pgic(j.at("pgic"));
    m.backToUsualOffer = text(j.at("backToUsual"), "offer");
    const auto& change = j.at("importantChange");
    m.importantChangeLabel = text(change, "lineLabel");
    m.painRule = rule(change.at("pain"));
    m.rmdqRule = rule(change.at("rmdq"));
}

} // namespace spasmguide
