// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <stdexcept>
#include <string>

namespace spasmguide {

// A failed database operation: the SQLite (extended) result code and its message. Messages never hold health data.
class StoreError final : public std::runtime_error {
public:
    StoreError(int code, const std::string& message) : std::runtime_error(message), m_code(code) {}

    // The extended result code, e.g. SQLITE_BUSY or SQLITE_CONSTRAINT_CHECK.
    [[nodiscard]] int code() const { return m_code; }
    // The primary result code (the low byte), for comparing against SQLITE_BUSY and friends.
    [[nodiscard]] int primaryCode() const { return m_code & 0xff; }

private:
    int m_code;
};

} // namespace spasmguide
