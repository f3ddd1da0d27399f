// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string_view>

namespace spasmguide {

// Whether UTF-8 text shows nothing: it holds only white space (ASCII and Unicode spaces, such as the no-break
// space U+00A0 and the ideographic space U+3000) and invisible format characters (zero-width space U+200B and
// joiners, direction marks, the word joiner U+2060, a byte-order mark U+FEFF, a soft hyphen U+00AD). A title of
// zero-width spaces is blank, as a reader sees it. Bytes that are not UTF-8 count as visible: the loader
// reports them on their own.
[[nodiscard]] bool isVisiblyBlank(std::string_view utf8);

} // namespace spasmguide
