// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <nlohmann/json.hpp>
#include <string>

namespace spasmguide {

// What merging a translation over its base locale found, for the validator and the app's problems list.
struct MergeReport {
    Diagnostics fallbacks;    // keys and items the translation lacks, filled in from the base: warnings, or errors
                              // for text that is Completeness::Required
    Diagnostics extras;       // what the base lacks: items matched by id (errors), other keys and items (warnings)
    Diagnostics mismatches;   // errors: a block whose "type" is not the base's at the same position, or a phone
                              // number ("emergency", "alsoCall", "sameDay") that is not the base's
    Diagnostics untranslated; // warnings: text that is exactly the base's
};

struct LocalePair {
    std::string base;        // e.g. "en"
    std::string translation; // e.g. "es"
};

// How a translation may lack text. Safety text (the warning signs and the care screens) must be complete in every
// locale: what it lacks is an error, not a fallback.
enum class Completeness { FallBackToBase, Required };

// The translation's document with everything it lacks taken from the base, per key and per list item. List
// items are matched by "id" (or "region") when every item on both sides has one, otherwise by position. The
// translation's values keep their JSON pointers; borrowed items follow its own, in the base's order, so any
// pointer into the result that `translation.source` does not know is a borrowed value. `report` may be null.
[[nodiscard]] nlohmann::json mergeOverBase(const nlohmann::json& base, const ParsedFile& translation,
                                           const LocalePair& locales, MergeReport* report,
                                           Completeness completeness = Completeness::FallBackToBase);

} // namespace spasmguide
