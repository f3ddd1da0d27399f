// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv_row.h"

#include <algorithm>
#include <array>

namespace spasmguide {

namespace {

bool looksLikeFormula(std::string_view field) {
    if (field.empty()) {
        return false;
    }
    const char first = field.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

// The bytes that make a field quoted, as a table: string_view::find_first_of runs memchr over the four characters
// once per byte of the field, a fifth of a million-row export.
constexpr auto kQuoted = [] {
    std::array<bool, 256> quoted{};
    for (const unsigned char c : {',', '"', '\r', '\n'}) {
        quoted[c] = true;
    }
    return quoted;
}();

bool needsQuotes(std::string_view field) {
    return std::any_of(field.begin(), field.end(), [](char c) { return kQuoted[static_cast<unsigned char>(c)]; });
}

} // namespace

void CsvRow::append(std::string_view field) {
    const bool guard = looksLikeFormula(field);
    if (!needsQuotes(field)) {
        if (guard) {
            m_text += '\'';
        }
        m_text += field;
        return;
    }
    m_text += guard ? "\"'" : "\"";
    // Copied a run at a time up to and including each quote, which is then doubled.
    for (std::size_t quote = field.find('"'); quote != std::string_view::npos; quote = field.find('"')) {
        m_text.append(field.substr(0, quote + 1)) += '"';
        field.remove_prefix(quote + 1);
    }
    m_text.append(field) += '"';
}

CsvRow& CsvRow::add(std::string_view field) {
    if (m_finished) {
        m_text.clear();
        m_finished = false;
    }
    if (!m_first) {
        m_text += ',';
    }
    m_first = false;
    append(field);
    return *this;
}

std::string_view CsvRow::finish() {
    m_text += "\r\n";
    m_first = true;
    m_finished = true;
    return m_text;
}

std::string CsvRow::encode(std::string_view field) {
    CsvRow row;
    row.append(field);
    return row.m_text;
}

} // namespace spasmguide
