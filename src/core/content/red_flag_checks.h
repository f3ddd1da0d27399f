// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

namespace spasmguide {

// The warning signs' references in a schema-valid red-flags.json: sign ids unique across its groups, the care
// text's handover signs real, and every escalation rule naming a real sign and, for the pattern finder, a real
// question and answer of patterns.json (not checked when `patterns` is null: unusable).
void checkRedFlags(const ParsedFile& redFlags, const ParsedFile* patterns, Diagnostics& out);

} // namespace spasmguide
