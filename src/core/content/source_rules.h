// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace spasmguide {

// Whether `item` (an object) cites at least one source: a non-empty list under `key`.
[[nodiscard]] bool citesSource(const nlohmann::json& item, std::string_view key = "sources");

// The one rule for advice without a source, shared by every file that gives advice: when the object at
// `itemPointer` cites none (see citesSource), reports at the item
//   "<what> cites no source: add "<key>" with the id of a source in manifest.json ("author-protocol" for the
//    author's own words)"
// with `severity`: an error for warning signs and care text, a warning for everything else. An item a
// translation borrows from the base locale is left to the base's check. Returns whether the item cites one.
bool requireSources(const ParsedFile& file, const std::string& itemPointer, std::string_view what, Severity severity,
                    Diagnostics& out, std::string_view key = "sources");

} // namespace spasmguide
