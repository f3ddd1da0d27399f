// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

namespace spasmguide {

// The pattern finder's references in a schema-valid patterns.json: question and answer ids unique, every rule
// naming a real question, one of its answers and a real pattern, pre-fill hints naming real body-map areas, and
// (warnings) patterns no rule can ever suggest.
void checkPatternFinder(const ParsedFile& patterns, Diagnostics& out);

} // namespace spasmguide
