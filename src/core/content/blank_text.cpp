// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/blank_text.h"

#include <cstdint>

namespace spasmguide {
namespace {

// Unicode's white space (property White_Space) and the format characters (category Cf) a text editor can leave
// in a field without it showing: Unicode 15, chapter 23 ("Special Areas and Format Characters").
bool isInvisible(std::uint32_t c) {
    if (c == 0x09 || c == 0x0A || c == 0x0B || c == 0x0C || c == 0x0D || c == 0x20 || c == 0x85 || c == 0xA0) {
        return true;
    }
    return c == 0x00AD || c == 0x061C || c == 0x1680 || c == 0x180E || (c >= 0x2000 && c <= 0x200F) ||
           (c >= 0x2028 && c <= 0x202F) || (c >= 0x205F && c <= 0x2064) || (c >= 0x2066 && c <= 0x206F) ||
           c == 0x3000 || c == 0xFEFF;
}

} // namespace

bool isVisiblyBlank(std::string_view utf8) {
    std::size_t i = 0;
    while (i < utf8.size()) {
        const auto lead = static_cast<unsigned char>(utf8[i]);
        const std::size_t length = lead < 0x80           ? 1
                                   : (lead >> 5) == 0x6  ? 2
                                   : (lead >> 4) == 0xE  ? 3
                                   : (lead >> 3) == 0x1E ? 4
                                                         : 0;
        if (length == 0 || i + length > utf8.size()) {
            return false; // not UTF-8: something is there
        }
        std::uint32_t c = length == 1 ? lead : lead & (0xFFu >> (length + 1));
        for (std::size_t k = 1; k < length; ++k) {
            const auto next = static_cast<unsigned char>(utf8[i + k]);
            if ((next & 0xC0) != 0x80) {
                return false;
            }
            c = (c << 6) | (next & 0x3Fu);
        }
        if (!isInvisible(c)) {
            return false;
        }
        i += length;
    }
    return true;
}

} // namespace spasmguide
