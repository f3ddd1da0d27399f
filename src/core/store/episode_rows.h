// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_model.h"
#include "core/store/statement.h"

#include <cstdint>

namespace spasmguide {

class Database;

namespace rows {

// Writes episodes, their triage list included, with statements prepared once (an import writes thousands).
// Callers own the transaction.
class EpisodeWriter final {
public:
    explicit EpisodeWriter(Database& db);

    // A new row; returns its id. `modifiedMs` is when the episode was last changed.
    std::int64_t insert(const Episode& episode, std::int64_t modifiedMs);
    // Rewrites row `row` (the uuid included) with `episode`.
    void rewrite(std::int64_t row, const Episode& episode, std::int64_t modifiedMs);

private:
    void bindColumns(Statement& statement, const Episode& episode, std::int64_t modifiedMs);
    void writeTriage(std::int64_t row, const std::vector<std::string>& ticked);

    Database& m_db;
    Statement m_insert;
    Statement m_update;
    Statement m_deleteTriage;
    Statement m_insertTriage;
};

} // namespace rows
} // namespace spasmguide
