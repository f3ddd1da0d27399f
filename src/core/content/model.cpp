// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/model.h"

#include <algorithm>
#include <type_traits>

namespace spasmguide {

const EmergencyNumber* EmergencyNumbers::find(std::string_view region) const {
    const auto it = std::find_if(regions.begin(), regions.end(),
                                 [region](const EmergencyNumber& n) { return !region.empty() && n.region == region; });
    return it != regions.end() ? &*it : nullptr;
}

SignAction RedFlagGroup::mostUrgent() const {
    SignAction most = SignAction::Soon;
    for (const auto& sign : signs) {
        most = std::min(most, sign.action); // the enum lists the most urgent first
    }
    return most;
}

const RedFlag* RedFlags::sign(const std::string& id) const {
    for (const auto& group : groups) {
        for (const auto& sign : group.signs) {
            if (sign.id == id) {
                return &sign;
            }
        }
    }
    return nullptr;
}

const ActionText& RedFlags::actionText(SignAction action) const {
    switch (action) {
    case SignAction::Ambulance:
        return ambulance;
    case SignAction::SameDay:
        return sameDay;
    case SignAction::Soon:
        break;
    }
    return soon;
}

std::vector<const RedFlag*> RedFlags::signsWith(SignAction action) const {
    std::vector<const RedFlag*> found;
    for (const auto& group : groups) {
        for (const auto& sign : group.signs) {
            if (sign.action == action) {
                found.push_back(&sign);
            }
        }
    }
    return found;
}

const PlanPhase* Plan::phaseForDay(int day) const {
    if (phases.empty()) {
        return nullptr;
    }
    for (const auto& phase : phases) {
        if (day <= phase.toDay.value_or(day)) {
            return &phase; // phases are contiguous from day 1, so the first not yet over is the one
        }
    }
    return &phases.back();
}

const PlanPhase* Plan::phaseAfter(const PlanPhase& phase) const {
    for (std::size_t i = 0; i + 1 < phases.size(); ++i) {
        if (&phases[i] == &phase) {
            return &phases[i + 1];
        }
    }
    return nullptr;
}

SourceIds Step::allSources() const {
    SourceIds ids;
    auto add = [&ids](const SourceIds& more) {
        for (const auto& source : more) {
            if (std::find(ids.begin(), ids.end(), source) == ids.end()) {
                ids.push_back(source);
            }
        }
    };
    for (const auto& block : blocks) {
        std::visit(
            [&add](const auto& b) {
                using T = std::decay_t<decltype(b)>;
                if constexpr (std::is_same_v<T, ProductsBlock>) {
                    for (const auto& product : b.items) {
                        add(product.sources);
                        if (product.timer) {
                            add(product.timer->sources);
                        }
                    }
                } else if constexpr (std::is_same_v<T, ListBlock>) {
                    add(b.sources);
                    for (const auto& item : b.items) {
                        add(item.noteSources);
                    }
                } else if constexpr (std::is_same_v<T, CalloutBlock>) {
                    add(b.sources);
                    add(b.noteSources);
                } else if constexpr (!std::is_same_v<T, PatternsBlock>) {
                    add(b.sources);
                }
            },
            block);
    }
    add(sources);
    return ids;
}

const Step* ContentBundle::step(const std::string& id) const {
    auto it = std::find_if(steps.begin(), steps.end(), [&id](const Step& s) { return s.id == id; });
    return it == steps.end() ? nullptr : &*it;
}

const Source* ContentBundle::source(const std::string& id) const {
    const auto& all = manifest.sources;
    auto it = std::find_if(all.begin(), all.end(), [&id](const Source& s) { return s.id == id; });
    return it == all.end() ? nullptr : &*it;
}

const Pattern* ContentBundle::pattern(const std::string& id) const {
    auto it = std::find_if(patterns.begin(), patterns.end(), [&id](const Pattern& p) { return p.id == id; });
    return it == patterns.end() ? nullptr : &*it;
}

const FinderQuestion* PatternFinder::question(const std::string& id) const {
    auto it = std::find_if(questions.begin(), questions.end(), [&id](const FinderQuestion& q) { return q.id == id; });
    return it == questions.end() ? nullptr : &*it;
}

const FinderAnswer* FinderQuestion::answer(const std::string& answerId) const {
    auto it =
        std::find_if(answers.begin(), answers.end(), [&answerId](const FinderAnswer& a) { return a.id == answerId; });
    return it == answers.end() ? nullptr : &*it;
}

} // namespace spasmguide
