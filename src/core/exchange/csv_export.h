// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/progress.h"

#include <iosfwd>

namespace spasmguide {

class EpisodeStore;

// Writes one CSV row per check-in, oldest episode first, for reading in a spreadsheet (JSON is the lossless format).
// RFC 4180 with CRLF line ends and a header row; UTF-8 without a byte order mark, which every current spreadsheet
// reads and which keeps the first header "episode_id" plain. Times are ISO 8601 with the person's UTC offset; lists
// are joined with ";" (medications as "name@time" joined with "; "); booleans are true/false. Episodes without
// check-ins have no row. Fields are guarded against formula injection (see CsvRow). Streams: memory stays flat.
// Progress counts check-ins. Returns false when cancelled (the output then ends mid-file); the caller checks `out`
// for write errors. Throws StoreError when the database cannot be read.
bool exportCsv(EpisodeStore& store, std::ostream& out, const ProgressFn& progress = {});

} // namespace spasmguide
