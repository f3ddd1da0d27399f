// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace spasmguide {

// The most the loader reads, whatever the schemas allow: a content file past these is refused with a located
// error before anything slow (schema validation, building screens) sees it. Set far above the shipped content
// (its largest file is under 10 kB, its longest text under 500 characters, its longest list under 300 items
// with every country's emergency number) and documented in content/README.md ("Limits").
inline constexpr std::size_t kMaxContentFileBytes = 1024 * 1024;
inline constexpr std::size_t kMaxTextCharacters = 10'000; // a text value or a key, in Unicode code points
inline constexpr std::size_t kMaxListItems = 1'000;       // items of a list, or members of an object

// "the file is 2,000,000 bytes, over the limit of 1,048,576 bytes (1 MB) for a content file"
[[nodiscard]] std::string fileTooLargeMessage(std::size_t bytes);

// "1,048,576"
[[nodiscard]] std::string withThousands(std::size_t value);

// How a file's first bytes say it is encoded. Content is UTF-8, with or without a byte-order mark.
enum class Encoding { Utf8, Utf8WithBom, Utf16LittleEndian, Utf16BigEndian, Utf32LittleEndian, Utf32BigEndian };

// Reads the byte-order mark, or for a file without one the pattern of zero bytes JSON text in UTF-16 or UTF-32
// must start with (RFC 4627, section 3).
[[nodiscard]] Encoding detectEncoding(std::string_view bytes);

// For the UTF-16 and UTF-32 encodings: what to tell the editor. Empty for UTF-8.
[[nodiscard]] std::string encodingError(Encoding encoding);

} // namespace spasmguide
