// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <string>

namespace spasmguide {

// The rules a JSON Schema cannot express: ids unique across files, references that resolve, and the
// manifest's locale matching its folder, and the per-file rules of step_checks.h, plan_checks.h, finder_checks.h and
// measures_checks.h.
// Files are keyed by their name in the locale folder; each rule runs on the usable files it needs, so a file
// that is missing or broken never keeps the others from being checked.
void crossCheckBundle(const ParsedFiles& files, const std::string& locale, Diagnostics& out);

} // namespace spasmguide
