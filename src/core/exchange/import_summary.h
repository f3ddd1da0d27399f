// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/merge_rule.h"

#include <string>
#include <string_view>

namespace spasmguide {

// The order an import's outcomes are told in: what changed the log first, what was kept against the file next.
inline constexpr MergeOutcome kSummaryOrder[] = {
    MergeOutcome::Added,       MergeOutcome::Updated,     MergeOutcome::Restored, MergeOutcome::KeptLocal,
    MergeOutcome::KeptDeleted, MergeOutcome::KeptInPlace, MergeOutcome::Unchanged};

// "3 check-ins" / "1 check-in", in English, for logs and the command line without translations.
[[nodiscard]] std::string countOf(RecordKind kind, std::int64_t n);

// What an import did, in plain English with proper singulars and plurals, e.g. "2 episodes and 20 check-ins
// added; 2 check-ins kept as you edited them here; 1 check-in updated from the file; 40 records already here."
// The app's window builds the same sentence translated (log_exchange.cpp).
[[nodiscard]] std::string importSummary(const ImportTally& tally);

} // namespace spasmguide
