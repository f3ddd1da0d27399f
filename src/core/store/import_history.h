// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/merge_rule.h"
#include "core/store/timestamp.h"

#include <string>

namespace spasmguide {

// One entry of the log's history of imports: when, from which file (its name only, not its folder), and what the
// import did with the file's records.
struct ImportRecord {
    Timestamp importedAt;
    std::string fileName;
    ImportTally tally;

    friend bool operator==(const ImportRecord&, const ImportRecord&) = default;
};

} // namespace spasmguide
