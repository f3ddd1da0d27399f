// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/statement.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

struct sqlite3;

namespace spasmguide {

// One SQLite connection. Closed by the destructor; errors throw StoreError. Used by one thread at a time (it may be
// handed to another): SQLite's per-call locking is off, which a million-row export noticed.
class Database final {
public:
    // Files are never opened through a symbolic link (SQLITE_OPEN_NOFOLLOW). Immutable reads a file in a read-only
    // folder, where SQLite cannot make the -shm a WAL database needs: SQLite then assumes nothing else changes it.
    enum class Mode { ReadWriteCreate, ReadWrite, ReadOnly, Immutable };

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

    // Copies the whole database into `target` (SQLite's online backup), e.g. into an in-memory database.
    void copyInto(Database& target);
    // After this, Transaction refuses to begin and throws StoreError(SQLITE_READONLY, reason): the one place every
    // write of the app goes through. Empty means writable.
    void refuseWrites(std::string reason) { m_writeRefusal = std::move(reason); }
    [[nodiscard]] const std::string& writeRefusal() const { return m_writeRefusal; }

    void close() noexcept;
    [[nodiscard]] bool isOpen() const { return m_db != nullptr; }
    [[nodiscard]] sqlite3* handle() const { return m_db; }

private:
    sqlite3* m_db = nullptr;
    std::string m_writeRefusal;
};

} // namespace spasmguide
