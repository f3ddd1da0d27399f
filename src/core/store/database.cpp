// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/database.h"

#include "core/store/store_error.h"

#include <sqlite3.h>
#include <string>
#include <utility>

namespace spasmguide {

namespace {
int openFlags(Database::Mode mode) {
    switch (mode) {
    case Database::Mode::ReadWriteCreate:
        return SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
    case Database::Mode::ReadWrite:
        return SQLITE_OPEN_READWRITE;
    case Database::Mode::ReadOnly:
        return SQLITE_OPEN_READONLY;
    case Database::Mode::Immutable:
        return SQLITE_OPEN_READONLY | SQLITE_OPEN_URI;
    }
    return SQLITE_OPEN_READONLY;
}

// "file:" URI of a path: the characters a URI gives a meaning to are percent-encoded.
std::string immutableUri(const std::string& path) {
    std::string uri = "file:";
    for (const char c : path) {
        if (c == '%' || c == '?' || c == '#') {
            constexpr const char* kHex = "0123456789ABCDEF";
            uri += '%';
            uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xf];
            uri += kHex[static_cast<unsigned char>(c) & 0xf];
        } else {
            uri += c;
        }
    }
    return uri + "?immutable=1";
}
} // namespace

Database::Database(const std::filesystem::path& path, Mode mode) {
    const std::string file = path.string();
    const bool inMemory = file == ":memory:";
    const std::string name = mode == Mode::Immutable ? immutableUri(file) : file;
    const int flags =
        openFlags(mode) | SQLITE_OPEN_EXRESCODE | SQLITE_OPEN_NOMUTEX | (inMemory ? 0 : SQLITE_OPEN_NOFOLLOW);
    const int rc = sqlite3_open_v2(name.c_str(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const StoreError error(rc, m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(rc));
        close();
        throw error;
    }
}

Database::~Database() {
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr)), m_writeRefusal(std::move(other.m_writeRefusal)) {}

Database& Database::operator=(Database&& other) noexcept {
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
        m_writeRefusal = std::move(other.m_writeRefusal);
    }
    return *this;
}

void Database::close() noexcept {
    // sqlite3_close_v2 defers the close until any statement still alive is finalised.
    sqlite3_close_v2(m_db);
    m_db = nullptr;
}

void Database::exec(std::string_view sql) {
    if (!m_db) {
        throw StoreError(SQLITE_MISUSE, "the database is closed");
    }
    char* message = nullptr;
    const std::string text(sql);
    const int rc = sqlite3_exec(m_db, text.c_str(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const std::string what = message ? message : sqlite3_errstr(rc);
        sqlite3_free(message);
        throw StoreError(sqlite3_extended_errcode(m_db), what);
    }
}

Statement Database::prepare(std::string_view sql) {
    if (!m_db) {
        throw StoreError(SQLITE_MISUSE, "the database is closed");
    }
    return Statement(m_db, sql);
}

std::int64_t Database::queryInt64(std::string_view sql) {
    auto statement = prepare(sql);
    return statement.step() ? statement.columnInt64(0) : 0;
}

std::string Database::queryText(std::string_view sql) {
    auto statement = prepare(sql);
    return statement.step() ? statement.columnText(0) : std::string();
}

std::int64_t Database::lastInsertRowId() const {
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const {
    return sqlite3_changes(m_db);
}

bool Database::isReadOnly() const {
    return sqlite3_db_readonly(m_db, "main") == 1;
}

void Database::copyInto(Database& target) {
    sqlite3_backup* backup = sqlite3_backup_init(target.m_db, "main", m_db, "main");
    if (!backup) {
        throw StoreError(sqlite3_extended_errcode(target.m_db), sqlite3_errmsg(target.m_db));
    }
    const int stepped = sqlite3_backup_step(backup, -1);
    const int finished = sqlite3_backup_finish(backup);
    if (stepped != SQLITE_DONE || finished != SQLITE_OK) {
        const int rc = stepped != SQLITE_DONE ? stepped : finished;
        throw StoreError(rc, sqlite3_errstr(rc));
    }
}

void Database::setBusyTimeout(int milliseconds) {
    sqlite3_busy_timeout(m_db, milliseconds);
}

void Database::setCheckpointOnClose(bool enabled) {
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, enabled ? 0 : 1, nullptr);
}

} // namespace spasmguide
