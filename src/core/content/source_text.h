// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace spasmguide {

struct TextPosition {
    int line = 1;
    int column = 1;
};

// The raw text of one JSON file, able to turn byte offsets and JSON pointers into line:column.
class SourceText final {
public:
    // Deeper documents are refused before schema validation, which recurses.
    static constexpr int kMaxDepth = 64;

    explicit SourceText(std::string text);

    [[nodiscard]] const std::string& text() const { return m_text; }
    [[nodiscard]] TextPosition positionOf(std::size_t offset) const;

    // Why indexValues() stopped, and where.
    struct Problem {
        enum class Kind { None, TooDeep, DuplicateKey, Malformed };
        Kind kind = Kind::None;
        std::size_t offset = 0;
        std::string key; // the repeated key, for DuplicateKey
    };

    // Indexes where every value starts. Meant for text the JSON parser accepted, but safe on any bytes. Returns
    // false, and remembers where (problem()), when nesting exceeds kMaxDepth, when an object repeats a key (the
    // parser keeps the last value and silently drops the first), or when the text is not JSON after all.
    bool indexValues();
    [[nodiscard]] const Problem& problem() const { return m_problem; }

    // Offset of the value at a JSON pointer, or of its nearest indexed ancestor.
    [[nodiscard]] std::size_t offsetOf(std::string pointer) const;
    // Whether a value starts at exactly this JSON pointer.
    [[nodiscard]] bool contains(const std::string& pointer) const { return m_valueOffsets.count(pointer) > 0; }

private:
    std::string m_text;
    std::vector<std::size_t> m_lineStarts;
    std::unordered_map<std::string, std::size_t> m_valueOffsets;
    Problem m_problem;
};

// How deeply arrays and objects nest in JSON text, counted in one pass without parsing: copying or walking a
// parsed document recurses, so deeper documents must be refused first.
[[nodiscard]] std::size_t nestingDepth(std::string_view json);

// "~" and "/" escaped as RFC 6901 requires.
[[nodiscard]] std::string escapePointerToken(std::string_view token);

} // namespace spasmguide
