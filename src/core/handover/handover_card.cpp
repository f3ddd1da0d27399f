// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/handover/handover_card.h"

#include <algorithm>
#include <set>
#include <tuple>

namespace spasmguide {
namespace {

// Sign id -> the earliest moment it was recorded.
class FirstSeen {
public:
    void note(const std::string& id, const Timestamp& at) {
        auto [it, inserted] = m_at.try_emplace(id, at);
        if (!inserted && at.epochMs < it->second.epochMs) {
            it->second = at;
        }
    }
    [[nodiscard]] const Timestamp* find(const std::string& id) const {
        const auto it = m_at.find(id);
        return it == m_at.end() ? nullptr : &it->second;
    }

private:
    std::map<std::string, Timestamp> m_at;
};

FirstSeen collectSigns(const HandoverInput& input) {
    FirstSeen seen;
    for (const auto& [id, at] : input.tickedNow) {
        seen.note(id, at);
    }
    for (const auto& match : input.escalation.matches) {
        if (match.sign) {
            seen.note(match.sign->id, input.now);
        }
    }
    if (input.episode) {
        for (const auto& id : input.episode->triageTicked) {
            seen.note(id, input.episode->startedAt);
        }
    }
    for (const auto& checkIn : input.checkIns) {
        for (const auto& id : checkIn.newRedFlagIds) {
            seen.note(id, checkIn.at);
        }
    }
    return seen;
}

std::vector<HandoverMedicine> medicinesToday(const HandoverInput& input) {
    std::vector<HandoverMedicine> found;
    auto add = [&](const std::string& name, const Timestamp& at) {
        if (!name.empty() && at.epochMs >= input.todayStartMs && at.epochMs <= input.now.epochMs) {
            found.push_back({name, at});
        }
    };
    for (const auto& entry : input.medicationLog) {
        add(entry.name, entry.takenAt);
    }
    for (const auto& checkIn : input.checkIns) {
        for (const auto& taken : checkIn.medications) {
            add(taken.name, taken.takenAt);
        }
    }
    std::sort(found.begin(), found.end(), [](const HandoverMedicine& a, const HandoverMedicine& b) {
        return std::tie(a.takenAt.epochMs, a.name) < std::tie(b.takenAt.epochMs, b.name);
    });
    // The same medicine at the same minute, logged in a check-in and in the medication log, is one dose taken.
    found.erase(std::unique(found.begin(), found.end(),
                            [](const HandoverMedicine& a, const HandoverMedicine& b) {
                                return a.name == b.name && a.takenAt.epochMs / 60000 == b.takenAt.epochMs / 60000;
                            }),
                found.end());
    return found;
}

} // namespace

HandoverCard buildHandoverCard(const RedFlags& redFlags, const HandoverInput& input) {
    HandoverCard card;
    const FirstSeen seen = collectSigns(input);
    const std::set<std::string> matter(redFlags.care.handoverSigns.begin(), redFlags.care.handoverSigns.end());
    for (const auto& group : redFlags.groups) {
        for (const auto& sign : group.signs) {
            if (const Timestamp* at = seen.find(sign.id)) {
                (matter.count(sign.id) > 0 ? card.answers : card.signs).push_back({sign.id, sign.text, *at});
            }
        }
    }
    for (const auto& match : input.escalation.matches) {
        if (!match.sign && std::find(card.reasons.begin(), card.reasons.end(), match.reason) == card.reasons.end()) {
            card.reasons.push_back(match.reason);
        }
    }
    for (const auto& checkIn : input.checkIns) {
        if (checkIn.newRedFlag && checkIn.newRedFlagIds.empty()) {
            card.newSignReports.push_back(checkIn.at);
        }
    }
    if (input.episode) {
        card.episodeBegan = input.episode->startedAt;
    }
    card.medicinesToday = medicinesToday(input);
    return card;
}

} // namespace spasmguide
