// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/merge_rule.h"
#include "core/store/timestamp.h"

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

class EpisodeStore;

// How far an import has got: records read, and bytes of the file (an honest estimate of what is left, since
// records differ in size). bytesTotal is -1 when the stream cannot tell its size.
struct ImportProgress {
    std::int64_t records = 0;
    std::int64_t bytesRead = 0;
    std::int64_t bytesTotal = -1;
};
// Returning false cancels the import: nothing is imported.
using ImportProgressFn = std::function<bool(const ImportProgress&)>;

struct ImportOptions {
    std::string sourceName;    // the file's name, for the log's history of imports
    ImportProgressFn progress; // called every kProgressEvery records and at the end
    std::int64_t size = -1;    // the file's size, when the caller knows it better than the stream
};

// One record the import changed, or kept against the file: for the person to look at.
struct NotedRecord {
    RecordKind kind = RecordKind::Episode;
    MergeOutcome outcome = MergeOutcome::Added;
    std::string id;              // its id; for a plan tick, "day <n>: <item>"
    std::optional<Timestamp> at; // its own time as the file gives it (a check-in's, an episode's start, ...)

    friend bool operator==(const NotedRecord&, const NotedRecord&) = default;
};

struct ImportResult {
    bool ok = false;
    bool cancelled = false;
    std::string error; // for the person: what is wrong and where in the file; empty when ok
    ImportTally tally; // every record of the file, by kind and outcome
    // The first kMaxNoted records the import updated, restored, or kept against the file (KeptLocal, KeptDeleted,
    // KeptInPlace); the tally counts them all.
    std::vector<NotedRecord> noted;

    [[nodiscard]] std::int64_t added(RecordKind kind) const { return tally.of(kind, MergeOutcome::Added); }
    [[nodiscard]] std::int64_t updated(RecordKind kind) const { return tally.of(kind, MergeOutcome::Updated); }
    [[nodiscard]] std::int64_t unchanged() const { return tally.of(MergeOutcome::Unchanged); }
};

inline constexpr std::int64_t kProgressEvery = 512;
inline constexpr std::size_t kMaxNoted = 200;

// Merges a JSON log (log_json.h) into the store, streamed: the file is read with a SAX parser and merged record by
// record, so memory stays flat whatever its size, all inside one transaction, so the import is all or nothing.
// Each record is merged by the rule in merge_rule.h: one not here is added, one here exactly as in the file is
// skipped, one that differs is replaced only when the file's copy was changed later than the one here (a newer
// edit here always stays), one deleted here stays deleted unless the file's copy changed after that, and none
// moves to another episode. Records only in the store are kept: an import never deletes. A successful import is
// entered in the log's history of imports (EpisodeStore::importHistory).
// Any problem (a bad or impossible value anywhere in the file, a database error, a cancel) leaves the store exactly
// as it was. Never throws for a bad file or a database error; both come back in `error`.
[[nodiscard]] ImportResult importJson(EpisodeStore& store, std::istream& in, const ImportOptions& options = {});

} // namespace spasmguide
