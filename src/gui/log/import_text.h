// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/json_import.h"
#include "core/store/import_history.h"

#include <QString>
#include <QStringList>

namespace spasmguide {

// What an import did, translated, with real singulars and plurals: "2 episodes and 20 check-ins added; 2 check-ins
// kept as you edited them here; 1 check-in updated from the file; 40 records already here." The core's
// importSummary() says the same in English for logs.
[[nodiscard]] QString importSummaryText(const ImportTally& tally);

// One line per record the import changed or kept against the file, e.g. "Check-in of Mon 23 Nov 2026, 14:05: kept
// as you edited it here", and a last line when more were noted than listed.
[[nodiscard]] QStringList notedRecordLines(const ImportResult& result);

// One entry of the log's history of imports: "Mon 7 Dec 2026, 09:12, from log.json: 20 check-ins added."
[[nodiscard]] QString importRecordText(const ImportRecord& record);

} // namespace spasmguide
