// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/statement.h"

#include <cstdint>
#include <filesystem>
#include <string_view>

struct sqlite3;

namespace spasmguide {

// One SQLite connection. Closed by the destructor; errors throw StoreError. Used by one thread at a time (it may be
// handed to another): SQLite's per-call locking is off, which a million-row export noticed.
class Database final {
public:
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly };

    // An in-memory database, handy for tests.
    Database() : Database(":memory:") {}
    explicit Database(const std::filesystem::path& path, Mode mode = Mode::ReadWriteCreate);
    ~Database();
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // Runs one or more statements that return no rows (or whose rows are not needed).
    void exec(std::string_view sql);
    [[nodiscard]] Statement prepare(std::string_view sql);
    // The first column of the first row of a query, e.g. "PRAGMA user_version".
    [[nodiscard]] std::int64_t queryInt64(std::string_view sql);
    [[nodiscard]] std::string queryText(std::string_view sql);

    [[nodiscard]] std::int64_t lastInsertRowId() const;
    [[nodiscard]] int changes() const;
    [[nodiscard]] bool isReadOnly() const;
    void setBusyTimeout(int milliseconds);
    // Whether closing the last connection may checkpoint the WAL into the database file.
    void setCheckpointOnClose(bool enabled);

    void close() noexcept;
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
};

} // namespace spasmguide
