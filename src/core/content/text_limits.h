// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace spasmguide {

// The longest text a field can hold before its screen overflows at 1280×800, in characters. The pointer
// pattern uses "*" for any list index; the table is documented in content/README.md.
struct TextLimit {
    std::string_view file;    // e.g. "red-flags.json"
    std::string_view pattern; // e.g. "/groups/*/signs/*/text"
    std::size_t maxCharacters;
    std::string_view shownAs; // where the text appears, for the message
};

[[nodiscard]] std::span<const TextLimit> textLimits();

// Unicode code points in UTF-8 text: what a reader counts as characters.
[[nodiscard]] std::size_t characterCount(std::string_view utf8);

// Warns about text written in `file` (named `fileName` in its locale folder) that is over its limit.
void checkTextLimits(const std::string& fileName, const ParsedFile& file, Diagnostics& out);

} // namespace spasmguide
