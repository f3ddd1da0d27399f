// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/read_only_open.h"

#include "core/store/database_probe.h"
#include "core/store/episode_store.h"
#include "core/store/store_error.h"

#include <spdlog/spdlog.h>

namespace spasmguide {

namespace {

using Verdict = ProbeResult::Verdict;

OpenResult without(OpenResult result, OpenStatus status, const std::string& reason) {
    result.status = status;
    result.message = open_messages::unavailable(status, result.databasePath, reason);
    spdlog::warn("episode store unavailable for reading: {} ({})", result.databasePath.string(), reason);
    return result;
}

} // namespace

OpenResult openReadOnly(OpenResult result, const Clock& clock, std::span<const Migration> migrations,
                        open_messages::WriteBlocker why, std::uintmax_t needed, std::chrono::milliseconds checkBudget) {
    const auto& file = result.databasePath;
    ProbeResult probe = probeReadOnly(file, migrations.back().version, checkBudget);
    switch (probe.verdict) {
    case Verdict::Usable:
        break;
    case Verdict::Corrupt:
        return without(std::move(result), OpenStatus::Damaged, "it is damaged: " + probe.reason);
    case Verdict::Foreign:
        return without(std::move(result), OpenStatus::Damaged, "it is not a SpasmGuide episode log");
    case Verdict::Newer:
        return without(std::move(result), OpenStatus::NewerVersion, probe.reason);
    default:
        return without(std::move(result), OpenStatus::Unwritable, probe.reason);
    }
    Database db = std::move(*probe.db);
    const bool older = probe.version < migrations.back().version;
    try {
        if (older) {
            Database copy;
            db.copyInto(copy);
            applyMigrations(copy, migrations);
            db = std::move(copy);
        }
        db.exec("PRAGMA query_only = ON");
    } catch (const StoreError& error) {
        return without(std::move(result), OpenStatus::Unwritable, std::string("reading it failed: ") + error.what());
    }
    db.refuseWrites(open_messages::writeRefusal(why, file, needed));
    spdlog::warn("episode store opened read-only: {} (schema v{}{})", file.string(), probe.version,
                 older ? ", upgraded in memory" : "");
    result.status = OpenStatus::ReadOnly;
    result.message = open_messages::readOnly(why, file, needed, older);
    result.store = std::make_unique<EpisodeStore>(std::move(db), clock, file);
    return result;
}

} // namespace spasmguide
