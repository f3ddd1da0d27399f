// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/progress.h"
#include "core/store/timestamp.h"

#include <iosfwd>
#include <optional>
#include <string>

namespace spasmguide {

class EpisodeStore;

// What the JSON export says about where it came from.
struct ExportInfo {
    std::string appVersion;
    std::string contentVersion;
    std::optional<Timestamp> exportedAt; // nullopt: now, in the local time zone
};

// Writes the whole log as JSON (format in log_json.h), one episode at a time so memory stays flat. Strings that are
// not valid UTF-8 (only a damaged database holds them) are written with U+FFFD. Progress counts episodes plus
// check-ins. Returns false when cancelled (the output is then incomplete and will not import); the caller checks
// `out` for write errors. Throws StoreError when the database cannot be read.
bool exportJson(EpisodeStore& store, std::ostream& out, const ExportInfo& info, const ProgressFn& progress = {});

} // namespace spasmguide
