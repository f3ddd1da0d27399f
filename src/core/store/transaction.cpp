// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/transaction.h"

#include "core/store/database.h"
#include "core/store/store_error.h"

#include <sqlite3.h>

namespace spasmguide {

Transaction::Transaction(Database& db) : m_db(db) {
    if (!m_db.writeRefusal().empty()) {
        throw StoreError(SQLITE_READONLY, m_db.writeRefusal());
    }
    m_db.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!m_done) {
        try {
            m_db.exec("ROLLBACK");
        } catch (...) {
            // SQLite may already have rolled back (e.g. after SQLITE_FULL); nothing more to undo.
        }
    }
}

void Transaction::commit() {
    m_db.exec("COMMIT");
    m_done = true;
}

} // namespace spasmguide
