// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/csv_row.h"

namespace spasmguide {

namespace {

bool looksLikeFormula(std::string_view field) {
    if (field.empty()) {
        return false;
    }
    const char first = field.front();
    return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
}

} // namespace

void CsvRow::append(std::string_view field) {
    const bool guard = looksLikeFormula(field);
    const bool quote = field.find_first_of(",\"\r\n") != std::string_view::npos;
    if (quote) {
        m_text += '"';
    }
    if (guard) {
        m_text += '\'';
    }
    if (!quote) {
        m_text += field;
    } else {
        for (const char c : field) {
            if (c == '"') {
                m_text += '"';
            }
            m_text += c;
        }
        m_text += '"';
    }
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
