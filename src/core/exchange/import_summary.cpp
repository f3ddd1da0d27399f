// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/import_summary.h"

#include <cctype>
#include <vector>

namespace spasmguide {

namespace {

struct Noun {
    const char* one;
    const char* many;
};

constexpr Noun kNouns[] = {
    {"episode", "episodes"},
    {"check-in", "check-ins"},
    {"heat session", "heat sessions"},
    {"breathing session", "breathing sessions"},
    {"medicine taken", "medicines taken"},
    {"plan tick", "plan ticks"},
    {"pattern-finder result", "pattern-finder results"},
    {"back check", "back checks"},
};
static_assert(std::size(kNouns) == kRecordKinds);

// What happened to them, for one record and for several.
Noun phraseOf(MergeOutcome outcome) {
    switch (outcome) {
    case MergeOutcome::Added:
        return {"added", "added"};
    case MergeOutcome::Updated:
        return {"updated from the file", "updated from the file"};
    case MergeOutcome::Restored:
        return {"brought back: it was changed in the file after you deleted it here",
                "brought back: they were changed in the file after you deleted them here"};
    case MergeOutcome::KeptLocal:
        return {"kept as you edited it here", "kept as you edited them here"};
    case MergeOutcome::KeptDeleted:
        return {"left deleted, as you deleted it here", "left deleted, as you deleted them here"};
    case MergeOutcome::KeptInPlace:
        return {"kept in its episode here (the file has it in another)",
                "kept in their episodes here (the file has them in others)"};
    case MergeOutcome::Unchanged:
        break;
    }
    return {"already here", "already here"};
}

std::string joined(const std::vector<std::string>& parts) {
    std::string text;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        text += i == 0 ? "" : (i + 1 == parts.size() ? " and " : ", ");
        text += parts[i];
    }
    return text;
}

} // namespace

std::string countOf(RecordKind kind, std::int64_t n) {
    const Noun& noun = kNouns[static_cast<std::size_t>(kind)];
    return std::to_string(n) + " " + (n == 1 ? noun.one : noun.many);
}

std::string importSummary(const ImportTally& tally) {
    std::vector<std::string> clauses;
    for (const MergeOutcome outcome : kSummaryOrder) {
        const auto total = tally.of(outcome);
        if (total == 0) {
            continue;
        }
        const Noun phrase = phraseOf(outcome);
        if (outcome == MergeOutcome::Unchanged) { // told as one number: the kinds matter less here
            clauses.push_back(std::to_string(total) + (total == 1 ? " record " : " records ") + phrase.one);
            continue;
        }
        std::vector<std::string> counts;
        for (std::size_t kind = 0; kind < kRecordKinds; ++kind) {
            if (const auto n = tally.of(static_cast<RecordKind>(kind), outcome); n > 0) {
                counts.push_back(countOf(static_cast<RecordKind>(kind), n));
            }
        }
        clauses.push_back(joined(counts) + " " + (total == 1 ? phrase.one : phrase.many));
    }
    if (clauses.empty()) {
        return "The file held no records.";
    }
    std::string text;
    for (std::size_t i = 0; i < clauses.size(); ++i) {
        text += (i == 0 ? "" : "; ") + clauses[i];
    }
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text + ".";
}

} // namespace spasmguide
