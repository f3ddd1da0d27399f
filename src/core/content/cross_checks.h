// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/diagnostic.h"
#include "content/parsed_file.h"

#include <string>

namespace spasmguide {

// The rules a JSON Schema cannot express: ids unique across files, references that resolve, and the
// manifest's locale matching its folder. Files are keyed by their name in the locale folder.
void crossCheckBundle(const ParsedFiles& files, const std::string& locale, Diagnostics& out);

} // namespace spasmguide
