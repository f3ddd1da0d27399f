// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/source_text.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <optional>

namespace spasmguide {
namespace {

bool isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Returns the offset just past the closing quote of the string starting at `pos`.
std::size_t skipString(const std::string& text, std::size_t pos) {
    for (++pos; pos < text.size(); ++pos) {
        if (text[pos] == '\\') {
            ++pos;
        } else if (text[pos] == '"') {
            return pos + 1;
        }
    }
    return text.size();
}

// The key's text, or nothing when its escapes are not valid JSON.
std::optional<std::string> decodeKey(std::string_view literal) {
    if (literal.size() < 2 || literal.back() != '"') {
        return std::nullopt; // the string never ends
    }
    if (literal.find('\\') == std::string_view::npos) {
        return std::string(literal.substr(1, literal.size() - 2));
    }
    const auto decoded = nlohmann::json::parse(literal, nullptr, false);
    if (!decoded.is_string()) {
        return std::nullopt;
    }
    return decoded.get<std::string>();
}

struct Frame {
    std::string pointer;
    bool isArray = false;
    std::size_t nextIndex = 0;
};

} // namespace

std::size_t nestingDepth(std::string_view json) {
    std::size_t depth = 0;
    std::size_t deepest = 0;
    bool inString = false;
    for (std::size_t i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            deepest = std::max(deepest, ++depth);
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return deepest;
}

std::string escapePointerToken(std::string_view token) {
    std::string out;
    out.reserve(token.size());
    for (char c : token) {
        if (c == '~') {
            out += "~0";
        } else if (c == '/') {
            out += "~1";
        } else {
            out += c;
        }
    }
    return out;
}

SourceText::SourceText(std::string text) : m_text(std::move(text)) {
    m_lineStarts.push_back(0);
    // "\n" and "\r\n" end a line, and so does a lone "\r" (old Mac files), as editors count them.
    for (std::size_t i = 0; i < m_text.size(); ++i) {
        if (m_text[i] == '\n' || (m_text[i] == '\r' && (i + 1 == m_text.size() || m_text[i + 1] != '\n'))) {
            m_lineStarts.push_back(i + 1);
        }
    }
}

TextPosition SourceText::positionOf(std::size_t offset) const {
    offset = std::min(offset, m_text.size());
    auto next = std::upper_bound(m_lineStarts.begin(), m_lineStarts.end(), offset);
    const auto lineIndex = static_cast<std::size_t>(std::distance(m_lineStarts.begin(), next)) - 1;
    int column = 1;
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    for (std::size_t i = m_lineStarts[lineIndex]; i < offset; ++i) {
        if ((static_cast<unsigned char>(m_text[i]) & 0xC0U) != 0x80U) {
            ++column;
        }
    }
    return {static_cast<int>(lineIndex) + 1, column};
}

bool SourceText::indexValues() {
    m_valueOffsets.clear();
    m_problem = {};
    const auto stop = [this](Problem::Kind kind, std::size_t offset, std::string key = {}) {
        m_problem = {kind, offset, std::move(key)};
        return false;
    };
    std::vector<Frame> stack;
    std::string pendingPointer; // pointer of the next value to start
    bool expectValue = true;
    std::size_t pos = 0;
    const auto size = m_text.size();
    while (pos < size) {
        const char c = m_text[pos];
        if (isSpace(c) || c == ':') {
            ++pos;
            continue;
        }
        if (expectValue && c == ']') { // empty array: no value after all
            expectValue = false;
            continue;
        }
        if (expectValue && (c == '}' || c == ',')) {
            return stop(Problem::Kind::Malformed, pos); // a value was due
        }
        if (expectValue) {
            m_valueOffsets.emplace(pendingPointer, pos);
            expectValue = false;
            if (c == '{' || c == '[') {
                if (stack.size() >= static_cast<std::size_t>(kMaxDepth)) {
                    return stop(Problem::Kind::TooDeep, pos);
                }
                stack.push_back({pendingPointer, c == '[', 0});
                ++pos;
                if (c == '[') {
                    pendingPointer = stack.back().pointer + "/0";
                    expectValue = true;
                }
                continue;
            }
            if (c == '"') {
                pos = skipString(m_text, pos);
            } else {
                // A number, true, false or null: up to the next delimiter. Never empty, so the loop moves on.
                do {
                    ++pos;
                } while (pos < size && !isSpace(m_text[pos]) && m_text[pos] != ',' && m_text[pos] != ']' &&
                         m_text[pos] != '}' && m_text[pos] != ':' && m_text[pos] != '"');
            }
            continue;
        }
        if (c == ']' || c == '}') {
            if (stack.empty() || stack.back().isArray != (c == ']')) {
                return stop(Problem::Kind::Malformed, pos); // closes what was never opened
            }
            stack.pop_back();
            ++pos;
            continue;
        }
        if (c == ',') {
            ++pos;
            if (!stack.empty() && stack.back().isArray) {
                pendingPointer = stack.back().pointer + '/' + std::to_string(++stack.back().nextIndex);
                expectValue = true;
            }
            continue;
        }
        if (c == '"' && !stack.empty() && !stack.back().isArray) {
            const auto end = skipString(m_text, pos);
            const auto key = decodeKey({m_text.data() + pos, end - pos});
            if (!key) {
                return stop(Problem::Kind::Malformed, pos);
            }
            pendingPointer = stack.back().pointer + '/' + escapePointerToken(*key);
            if (m_valueOffsets.count(pendingPointer) > 0) {
                return stop(Problem::Kind::DuplicateKey, pos, *key);
            }
            pos = end;
            expectValue = true;
            continue;
        }
        // Text the parser would have refused (a second top-level value, a bare word): the index stops here.
        return stop(Problem::Kind::Malformed, pos);
    }
    if (!stack.empty()) {
        return stop(Problem::Kind::Malformed, size); // a list or object never closed
    }
    return true;
}

std::size_t SourceText::offsetOf(std::string pointer) const {
    while (true) {
        if (auto it = m_valueOffsets.find(pointer); it != m_valueOffsets.end()) {
            return it->second;
        }
        if (pointer.empty()) {
            return 0;
        }
        pointer.erase(pointer.rfind('/'));
    }
}

} // namespace spasmguide
