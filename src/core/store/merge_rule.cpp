// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/merge_rule.h"

namespace spasmguide {

MergeOutcome decideMerge(const MergeFacts& facts) {
    if (!facts.storedHere) {
        if (!facts.deletedMs) {
            return MergeOutcome::Added;
        }
        return facts.fileModifiedMs && *facts.fileModifiedMs > *facts.deletedMs ? MergeOutcome::Restored
                                                                                : MergeOutcome::KeptDeleted;
    }
    if (!facts.sameEpisode) {
        return MergeOutcome::KeptInPlace;
    }
    if (facts.sameContent) {
        return MergeOutcome::Unchanged;
    }
    const bool fileIsNewer =
        facts.fileModifiedMs && facts.storedModifiedMs && *facts.fileModifiedMs > *facts.storedModifiedMs;
    return fileIsNewer ? MergeOutcome::Updated : MergeOutcome::KeptLocal;
}

std::int64_t ImportTally::of(MergeOutcome outcome) const {
    std::int64_t total = 0;
    for (const auto& kind : m_counts) {
        total += kind[static_cast<std::size_t>(outcome)];
    }
    return total;
}

std::int64_t ImportTally::records() const {
    std::int64_t total = 0;
    for (const auto& kind : m_counts) {
        for (const auto n : kind) {
            total += n;
        }
    }
    return total;
}

} // namespace spasmguide
