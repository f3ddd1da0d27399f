// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spasmguide {

class Database;

// BEGIN IMMEDIATE on construction, so a busy database fails before any work is done; ROLLBACK unless committed.
// On a database that refuses writes (Database::refuseWrites) it throws StoreError(SQLITE_READONLY) instead.
class Transaction final {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    Database& m_db;
    bool m_done = false;
};

} // namespace spasmguide
