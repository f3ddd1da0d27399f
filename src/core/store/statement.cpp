// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/statement.h"

#include "core/store/store_error.h"

#include <sqlite3.h>
#include <utility>

namespace spasmguide {

Statement::Statement(sqlite3* db, std::string_view sql) : m_db(db) {
    const int rc = sqlite3_prepare_v2(db, sql.data(), static_cast<int>(sql.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        throw StoreError(sqlite3_extended_errcode(db), sqlite3_errmsg(db));
    }
}

Statement::~Statement() {
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_stmt(std::exchange(other.m_stmt, nullptr)) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
    }
    return *this;
}

void Statement::check(int rc) const {
    if (rc != SQLITE_OK) {
        throw StoreError(sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db));
    }
}

Statement& Statement::bindInt64(int index, std::int64_t value) {
    check(sqlite3_bind_int64(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindDouble(int index, double value) {
    check(sqlite3_bind_double(m_stmt, index, value));
    return *this;
}

Statement& Statement::bindText(int index, std::string_view value) {
    // SQLITE_TRANSIENT: SQLite copies the bytes, so the caller's string may go away before step().
    check(sqlite3_bind_text64(m_stmt, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8));
    return *this;
}

Statement& Statement::bindNull(int index) {
    check(sqlite3_bind_null(m_stmt, index));
    return *this;
}

Statement& Statement::bindOptionalInt64(int index, const std::optional<std::int64_t>& value) {
    return value ? bindInt64(index, *value) : bindNull(index);
}

Statement& Statement::bindOptionalText(int index, const std::optional<std::string>& value) {
    return value ? bindText(index, *value) : bindNull(index);
}

bool Statement::step() {
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        return true;
    }
    if (rc == SQLITE_DONE) {
        return false;
    }
    throw StoreError(sqlite3_extended_errcode(m_db), sqlite3_errmsg(m_db));
}

void Statement::run() {
    while (step()) {
    }
}

void Statement::reset() {
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

std::int64_t Statement::columnInt64(int column) const {
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::columnInt(int column) const {
    return sqlite3_column_int(m_stmt, column);
}

double Statement::columnDouble(int column) const {
    return sqlite3_column_double(m_stmt, column);
}

std::string Statement::columnText(int column) const {
    return std::string(columnView(column));
}

std::string_view Statement::columnView(int column) const {
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    // Read the size after the text: sqlite3_column_text may convert the value first.
    const auto size = static_cast<std::size_t>(sqlite3_column_bytes(m_stmt, column));
    return text ? std::string_view(text, size) : std::string_view();
}

bool Statement::columnIsNull(int column) const {
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::optional<std::int64_t> Statement::columnOptionalInt64(int column) const {
    return columnIsNull(column) ? std::nullopt : std::optional(columnInt64(column));
}

std::optional<std::string> Statement::columnOptionalText(int column) const {
    return columnIsNull(column) ? std::nullopt : std::optional(columnText(column));
}

} // namespace spasmguide
