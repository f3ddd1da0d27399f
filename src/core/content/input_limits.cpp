// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/input_limits.h"

namespace spasmguide {

std::string withThousands(std::size_t value) {
    std::string digits = std::to_string(value);
    for (auto at = static_cast<std::ptrdiff_t>(digits.size()) - 3; at > 0; at -= 3) {
        digits.insert(static_cast<std::size_t>(at), 1, ',');
    }
    return digits;
}

std::string fileTooLargeMessage(std::size_t bytes) {
    return "the file is " + withThousands(bytes) + " bytes, over the limit of " + withThousands(kMaxContentFileBytes) +
           " bytes (1 MB) for a content file";
}

Encoding detectEncoding(std::string_view bytes) {
    const auto at = [&bytes](std::size_t i) { return i < bytes.size() ? static_cast<unsigned char>(bytes[i]) : -1; };
    // The UTF-32 marks first: the little-endian one begins with UTF-16's.
    if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) {
        return Encoding::Utf32LittleEndian;
    }
    if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) {
        return Encoding::Utf32BigEndian;
    }
    if (at(0) == 0xFF && at(1) == 0xFE) {
        return Encoding::Utf16LittleEndian;
    }
    if (at(0) == 0xFE && at(1) == 0xFF) {
        return Encoding::Utf16BigEndian;
    }
    if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) {
        return Encoding::Utf8WithBom;
    }
    // Without a mark: JSON text starts with an ASCII character, so the zero bytes around it give the encoding away.
    if (bytes.size() >= 4 && at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) != 0) {
        return Encoding::Utf32BigEndian;
    }
    if (bytes.size() >= 4 && at(0) != 0 && at(1) == 0 && at(2) == 0 && at(3) == 0) {
        return Encoding::Utf32LittleEndian;
    }
    if (bytes.size() >= 2 && at(0) == 0 && at(1) != 0) {
        return Encoding::Utf16BigEndian;
    }
    if (bytes.size() >= 2 && at(0) != 0 && at(1) == 0) {
        return Encoding::Utf16LittleEndian;
    }
    return Encoding::Utf8;
}

std::string encodingError(Encoding encoding) {
    const char* name = nullptr;
    switch (encoding) {
    case Encoding::Utf8:
    case Encoding::Utf8WithBom:
        return {};
    case Encoding::Utf16LittleEndian:
        name = "UTF-16 (little-endian)";
        break;
    case Encoding::Utf16BigEndian:
        name = "UTF-16 (big-endian)";
        break;
    case Encoding::Utf32LittleEndian:
        name = "UTF-32 (little-endian)";
        break;
    case Encoding::Utf32BigEndian:
        name = "UTF-32 (big-endian)";
        break;
    }
    return std::string("the file is saved as ") + name +
           "; content files must be UTF-8: save it again choosing the UTF-8 encoding";
}

} // namespace spasmguide
