// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <charconv>
#include <cstdint>
#include <string>
#include <string_view>

namespace spasmguide {

// Builds one RFC 4180 record: fields separated by commas, quoted when they hold a comma, quote, CR or LF (quotes
// doubled), ended by CRLF. Every field is also guarded against spreadsheet formula injection (OWASP): one starting
// with = + - @ TAB or CR gets a leading apostrophe, so a spreadsheet shows it as text instead of running it.
class CsvRow final {
public:
    CsvRow& add(std::string_view field);
    CsvRow& addNumber(std::int64_t number) {
        char digits[24];
        const auto end = std::to_chars(digits, digits + sizeof digits, number).ptr;
        return add(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    }
    CsvRow& addFlag(bool value) { return add(value ? "true" : "false"); }
    // The record so far plus its CRLF; the row is empty afterwards, its buffer kept for reuse.
    [[nodiscard]] std::string_view finish();

    // The guarded, quoted form of one field, for tests and odd callers.
    [[nodiscard]] static std::string encode(std::string_view field);

private:
    void append(std::string_view field);

    std::string m_text;
    bool m_first = true;
    bool m_finished = false;
};

} // namespace spasmguide
