// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace spasmguide {

// A prepared statement. SQLite uses 1-based indexing for bind, 0-based for column.
class Statement final {
public:
    Statement() = default; // none yet: assign a prepared one before use
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bindInt64(int index, std::int64_t value);
    Statement& bindDouble(int index, double value);
    Statement& bindText(int index, std::string_view value);
    Statement& bindNull(int index);
    Statement& bindOptionalInt64(int index, const std::optional<std::int64_t>& value);
    Statement& bindOptionalText(int index, const std::optional<std::string>& value);

    // Steps once: true when a row is ready to be read, false when the statement is done.
    bool step();
    // Steps to completion, for statements that return no rows.
    void run();
    // Makes the statement ready to run again with fresh bindings.
    void reset();

    [[nodiscard]] std::int64_t columnInt64(int column) const;
    [[nodiscard]] int columnInt(int column) const;
    [[nodiscard]] double columnDouble(int column) const;
    [[nodiscard]] std::string columnText(int column) const;
    // The text without a copy: valid until the next step(), reset() or read of the same column as another type.
    [[nodiscard]] std::string_view columnView(int column) const;
    [[nodiscard]] bool columnIsNull(int column) const;
    [[nodiscard]] std::optional<std::int64_t> columnOptionalInt64(int column) const;
    [[nodiscard]] std::optional<std::string> columnOptionalText(int column) const;

private:
    void check(int rc) const;

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace spasmguide
