// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/json_fields.h"
#include "core/content/model_json.h"
#include "core/measures/pgic.h"
#include "core/measures/rmdq_form.h"

#include <nlohmann/json.hpp>
#include <stdexcept>

namespace spasmguide {
namespace {

using json_fields::str;
using json_fields::strings;
using nlohmann::json;

// The trusted loader reads files no schema has checked, so anything the screens rely on is checked here and
// refused with an exception (the loader then runs the full check, which says what is wrong).
std::optional<RmdqContent> rmdq(const json& j) {
    if (j.is_null()) {
        return std::nullopt;
    }
    RmdqContent r;
    r.name = str(j, "name");
    r.title = str(j, "title");
    r.offer = str(j, "offer");
    r.answerLabel = str(j, "answerLabel");
    r.formNote = str(j, "formNote");
    r.scoring = str(j, "scoring");
    r.licence = str(j, "licence");
    r.sources = strings(j, "sources");
    const auto& form = j.at("licensedForm");
    r.instructions = str(form, "instructions");
    r.statements = form.at("statements").get<std::vector<std::string>>();
    if (r.statements.size() != kRmdqStatementCount) {
        throw std::out_of_range("the Roland-Morris form does not have 24 statements");
    }
    return r;
}

PgicContent pgic(const json& j) {
    PgicContent p{str(j, "name"), str(j, "question"), {}, str(j, "note"), strings(j, "sources")};
    for (const auto& option : j.at("options")) {
        const auto& value = option.at("value");
        if (!value.is_number_integer() || !pgicFromValue(value.get<long long>())) {
            throw std::out_of_range("a PGIC answer's value is not a whole number from 1 to 7");
        }
        p.options.push_back({value.get<int>(), str(option, "text")});
    }
    return p;
}

ImportantChangeRule rule(const json& j) {
    return {str(j, "text"), strings(j, "sources")};
}

} // namespace

void from_json(const json& j, MeasuresContent& m) {
    m.rmdq = rmdq(j.at("rmdq"));
    m.pgic = pgic(j.at("pgic"));
    m.backToUsualOffer = str(j.at("backToUsual"), "offer");
    const auto& change = j.at("importantChange");
    m.importantChangeLabel = str(change, "lineLabel");
    m.painRule = rule(change.at("pain"));
    m.rmdqRule = rule(change.at("rmdq"));
}

} // namespace spasmguide
