// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchange/progress.h"

#include <iosfwd>
#include <string>

namespace spasmguide {

class EpisodeStore;

struct ImportResult {
    bool ok = false;
    bool cancelled = false;
    std::string error; // for the person: what is wrong and where in the file; empty when ok
    int episodesAdded = 0;
    int episodesUpdated = 0;
    int checkInsAdded = 0;
    int checkInsUpdated = 0;
    int activitiesAdded = 0; // heat and breathing sessions and medicines taken
    int activitiesUpdated = 0;
    int unchanged = 0; // episodes, check-ins and the tools' records already stored exactly as in the file
};

// Merges a JSON log (log_json.h) into the store by stable ids. The whole file is read and checked first; then
// everything is written in one transaction. New ids are added; a stored episode or check-in that differs is
// replaced by the file's version (the file wins); an equal one is left alone, so importing a file twice changes
// nothing. Records only in the store are kept: an import never deletes. Any problem (bad file, database error,
// cancel through `progress`, which counts episodes plus check-ins) leaves the store exactly as it was. Never throws
// for a bad file or a database error; both come back in `error`.
[[nodiscard]] ImportResult importJson(EpisodeStore& store, std::istream& in, const ProgressFn& progress = {});

} // namespace spasmguide
