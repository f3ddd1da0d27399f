// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The record times and the history of imports of EpisodeStore.
#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"

#include <nlohmann/json.hpp>

namespace spasmguide {

namespace {

constexpr const char* kTableOf[] = {"episodes", "check_ins", "heat_sessions", "breathing_sessions",
                                    "medication_entries"};

// The column of import_history that sums each outcome over every kind, in MergeOutcome's order.
constexpr const char* kOutcomeColumns[] = {"added",        "unchanged", "updated",  "kept_local",
                                           "kept_deleted", "restored",  "conflicts"};
static_assert(std::size(kOutcomeColumns) == kMergeOutcomes);

// The per-kind counts as JSON: {"<kind>": [added, unchanged, ...]} with only the kinds that occurred.
constexpr const char* kKindNames[] = {"episodes",         "checkIns",  "heatSessions",   "breathingSessions",
                                      "medicationsTaken", "planTicks", "patternResults", "backChecks"};
static_assert(std::size(kKindNames) == kRecordKinds);

std::string detailsOf(const ImportTally& tally) {
    nlohmann::json details = nlohmann::json::object();
    for (std::size_t kind = 0; kind < kRecordKinds; ++kind) {
        auto counts = nlohmann::json::array();
        std::int64_t any = 0;
        for (std::size_t outcome = 0; outcome < kMergeOutcomes; ++outcome) {
            const auto n = tally.of(static_cast<RecordKind>(kind), static_cast<MergeOutcome>(outcome));
            counts.push_back(n);
            any += n;
        }
        if (any > 0) {
            details[kKindNames[kind]] = std::move(counts);
        }
    }
    return details.dump();
}

// A details text another version wrote differently reads as no counts rather than failing the history.
ImportTally tallyOf(std::string_view text) {
    ImportTally tally;
    const auto details = nlohmann::json::parse(text, nullptr, false);
    for (std::size_t kind = 0; details.is_object() && kind < kRecordKinds; ++kind) {
        const auto found = details.find(kKindNames[kind]);
        if (found == details.end() || !found->is_array()) {
            continue;
        }
        for (std::size_t outcome = 0; outcome < kMergeOutcomes && outcome < found->size(); ++outcome) {
            if ((*found)[outcome].is_number_integer()) {
                tally.count(static_cast<RecordKind>(kind), static_cast<MergeOutcome>(outcome),
                            (*found)[outcome].get<std::int64_t>());
            }
        }
    }
    return tally;
}

} // namespace

std::optional<std::int64_t> EpisodeStore::modifiedMs(RecordKind kind, const std::string& id) {
    const auto index = static_cast<std::size_t>(kind);
    const char* table = kind == RecordKind::BackCheck ? "back_checks"
                        : index < std::size(kTableOf) ? kTableOf[index]
                                                      : nullptr;
    if (!table) {
        return std::nullopt;
    }
    auto select = m_db.prepare(std::string("SELECT modified_ms FROM ") + table + " WHERE uuid = ?");
    select.bindText(1, id);
    return select.step() ? select.columnOptionalInt64(0) : std::nullopt;
}

EpisodeStore::RecordTimes EpisodeStore::recordTimes() {
    RecordTimes times;
    for (const char* table : {"heat_sessions", "breathing_sessions", "medication_entries"}) {
        auto select =
            m_db.prepare(std::string("SELECT uuid, modified_ms FROM ") + table + " WHERE modified_ms IS NOT NULL");
        while (select.step()) {
            times.activities.emplace(select.columnText(0), select.columnInt64(1));
        }
    }
    auto backChecks = m_db.prepare("SELECT uuid, modified_ms FROM back_checks");
    while (backChecks.step()) {
        times.backChecks.emplace(backChecks.columnText(0), backChecks.columnInt64(1));
    }
    auto ticks = m_db.prepare("SELECT e.uuid, t.day, t.item_id, t.modified_ms FROM episode_plan_ticks t JOIN episodes "
                              "e ON e.id = t.episode_id WHERE t.ticked = 1 AND t.modified_ms IS NOT NULL");
    while (ticks.step()) {
        times.planTicks.emplace(std::pair(ticks.columnText(0), PlanTick{ticks.columnInt(1), ticks.columnText(2)}),
                                ticks.columnInt64(3));
    }
    return times;
}

void EpisodeStore::recordImport(const ImportRecord& record, const Transaction& /*transaction*/) {
    std::string sql = "INSERT INTO import_history (imported_at, imported_ms, file_name, details";
    std::string values = ") VALUES (?, ?, ?, ?";
    for (const char* column : kOutcomeColumns) {
        sql += std::string(", ") + column;
        values += ", ?";
    }
    auto insert = m_db.prepare(sql + values + ")");
    insert.bindText(1, record.importedAt.toIso8601()).bindInt64(2, record.importedAt.epochMs);
    insert.bindText(3, record.fileName).bindText(4, detailsOf(record.tally));
    for (std::size_t outcome = 0; outcome < kMergeOutcomes; ++outcome) {
        insert.bindInt64(5 + static_cast<int>(outcome), record.tally.of(static_cast<MergeOutcome>(outcome)));
    }
    insert.run();
}

std::vector<ImportRecord> EpisodeStore::importHistory(std::int64_t limit) {
    auto select = m_db.prepare("SELECT imported_at, imported_ms, file_name, details FROM import_history "
                               "ORDER BY imported_ms DESC, id DESC LIMIT ?");
    select.bindInt64(1, std::max<std::int64_t>(limit, 0));
    std::vector<ImportRecord> history;
    while (select.step()) {
        ImportRecord& record = history.emplace_back();
        record.importedAt = Timestamp::fromIso8601(select.columnView(0)).value_or(Timestamp{select.columnInt64(1), 0});
        record.fileName = select.columnText(2);
        record.tally = tallyOf(select.columnView(3));
    }
    return history;
}

} // namespace spasmguide
