// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

namespace spasmguide {

// What steps.schema.json cannot say: every block that gives advice (paragraph, list, box, link) and every product
// card cites a source (a warning when one does not; research summaries must by the schema, and the patterns
// block shows patterns.json, checked there); a product timer's starting minutes are within its most. `steps`
// must be schema-valid.
void checkSteps(const ParsedFile& steps, Diagnostics& out);

} // namespace spasmguide
