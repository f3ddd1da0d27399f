// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/log_merger.h"

#include "core/store/activity_rows.h"
#include "core/store/back_check_rows.h"
#include "core/store/database.h"
#include "core/store/episode_store.h"
#include "core/store/pattern_rows.h"
#include "core/store/store_error.h"

#include <algorithm>
#include <sqlite3.h>
#include <unordered_map>

namespace spasmguide {

namespace {

constexpr const char* kTableNames[] = {"episodes",           "check_ins",          "heat_sessions",
                                       "breathing_sessions", "medication_entries", "back_checks"};

std::int64_t largestRow(Database& db, const char* table) {
    return db.queryInt64(std::string("SELECT coalesce(max(id), 0) FROM ") + table);
}

std::array<RowMarks, 6> marksOf(Database& db) {
    return {RowMarks(largestRow(db, kTableNames[0])), RowMarks(largestRow(db, kTableNames[1])),
            RowMarks(largestRow(db, kTableNames[2])), RowMarks(largestRow(db, kTableNames[3])),
            RowMarks(largestRow(db, kTableNames[4])), RowMarks(largestRow(db, kTableNames[5]))};
}

Statement probeOf(Database& db, const char* table) {
    const bool episodes = std::string_view(table) == "episodes"; // an episode is its own episode
    return db.prepare(std::string("SELECT id, ") + (episodes ? "id" : "episode_id") + ", modified_ms FROM " + table +
                      " WHERE uuid = ?");
}

// Joined to the episode's check-ins: (check-in row, position, value...) of one list table, in no particular order.
Statement listOfEpisode(Database& db, const char* columns, const char* table) {
    return db.prepare(std::string("SELECT x.check_in_id, ") + columns + " FROM " + table +
                      " x JOIN check_ins c ON c.id = x.check_in_id WHERE c.episode_id = ?");
}

// Puts `value` at `position`, however the rows came.
template <typename T> void place(std::vector<T>& list, std::int64_t position, T value) {
    const auto at = static_cast<std::size_t>(std::max<std::int64_t>(position, 0));
    if (list.size() <= at) {
        list.resize(at + 1);
    }
    list[at] = std::move(value);
}

Timestamp storedTime(const Statement& row, int column) {
    return rows::parseStoredTime(row.columnView(column));
}

} // namespace

LogMerger::LogMerger(EpisodeStore& store, const Transaction& /*transaction*/, std::int64_t importMs)
    : m_db(store.database()), m_importMs(importMs),
      m_marks(marksOf(m_db)), m_probes{probeOf(m_db, kTableNames[0]), probeOf(m_db, kTableNames[1]),
                                       probeOf(m_db, kTableNames[2]), probeOf(m_db, kTableNames[3]),
                                       probeOf(m_db, kTableNames[4]), probeOf(m_db, kTableNames[5])},
      m_anyDeleted(m_db.queryInt64("SELECT EXISTS (SELECT 1 FROM deleted_records)") != 0),
      m_deletedAt(m_db.prepare("SELECT deleted_ms FROM deleted_records WHERE uuid = ?")),
      m_forgetDeleted(m_db.prepare("DELETE FROM deleted_records WHERE uuid = ?")), m_episodes(m_db), m_checkIns(m_db),
      m_storedEpisode(
          m_db.prepare("SELECT uuid, started_at, ended_at, note, modified_ms, back_to_usual_at FROM episodes "
                       "WHERE id = ?")),
      m_storedTriage(m_db.prepare("SELECT sign_id FROM episode_triage WHERE episode_id = ? ORDER BY position")),
      m_countCheckIns(m_db.prepare("SELECT count(*) FROM check_ins WHERE episode_id = ?")),
      m_storedCheckIns(m_db.prepare("SELECT c.id, c.uuid, c.modified_ms, c.at, c.pain, c.heat_product, "
                                    "c.heat_minutes, c.movement, c.breathing, c.note, c.new_red_flag FROM check_ins c "
                                    "WHERE c.episode_id = ?")),
      m_storedLists{listOfEpisode(m_db, "0, x.area", "check_in_areas"),
                    listOfEpisode(m_db, "x.position, x.trigger_id", "check_in_triggers"),
                    listOfEpisode(m_db, "x.position, x.tag", "check_in_tags"),
                    listOfEpisode(m_db, "x.position, x.worse_id", "check_in_worse"),
                    listOfEpisode(m_db, "x.position, x.sign_id", "check_in_red_flags"),
                    listOfEpisode(m_db, "x.position, x.name, x.taken_at", "check_in_medications")},
      m_planTick(m_db.prepare("SELECT ticked, modified_ms FROM episode_plan_ticks WHERE episode_id = ? AND day = ? "
                              "AND item_id = ?")),
      m_writePlanTick(m_db.prepare(
          "INSERT INTO episode_plan_ticks (episode_id, day, item_id, ticked_at, ticked, modified_ms) "
          "VALUES (?1, ?2, ?3, ?4, 1, ?5) ON CONFLICT (episode_id, day, item_id) DO UPDATE SET ticked = 1, "
          "ticked_at = excluded.ticked_at, modified_ms = excluded.modified_ms")),
      m_storedActivity{
          m_db.prepare("SELECT uuid, started_at, product, planned_minutes, duration_ms, finished FROM heat_sessions "
                       "WHERE id = ?"),
          m_db.prepare("SELECT uuid, started_at, inhale_seconds, exhale_seconds, breaths, duration_ms FROM "
                       "breathing_sessions WHERE id = ?"),
          m_db.prepare("SELECT uuid, name, taken_at FROM medication_entries WHERE id = ?")} {}

LogMerger::~LogMerger() = default;

std::optional<LogMerger::Found> LogMerger::probe(Table table, const std::string& id) {
    Statement& statement = m_probes[static_cast<std::size_t>(table)];
    statement.bindText(1, id);
    std::optional<Found> found;
    if (statement.step()) {
        found = Found{statement.columnInt64(0), statement.columnInt64(1), statement.columnOptionalInt64(2)};
    }
    statement.reset();
    return found;
}

std::optional<std::int64_t> LogMerger::deletedAt(const std::string& id) {
    if (!m_anyDeleted) {
        return std::nullopt;
    }
    m_deletedAt.bindText(1, id);
    const auto deleted = m_deletedAt.step() ? std::optional(m_deletedAt.columnInt64(0)) : std::nullopt;
    m_deletedAt.reset();
    return deleted;
}

void LogMerger::forgetDeleted(const std::string& id) {
    m_forgetDeleted.bindText(1, id).run();
    m_forgetDeleted.reset();
}

bool LogMerger::meetUnwritten(IdGroup group, const std::string& id) {
    return m_unwritten[static_cast<std::size_t>(group)].insert(id).second;
}

MergeOutcome LogMerger::placeAbsent(const std::string& id, std::optional<std::int64_t> fileModifiedMs) {
    auto deleted = deletedAt(id);
    // Deleted with an episode that comes back: it comes back with it.
    if (deleted && m_episode.restoredFromMs && *deleted >= *m_episode.restoredFromMs) {
        forgetDeleted(id);
        return MergeOutcome::Restored;
    }
    const auto outcome = decideMerge(MergeFacts::absent(fileModifiedMs, deleted));
    if (outcome == MergeOutcome::Restored) {
        forgetDeleted(id);
    }
    return outcome;
}

bool LogMerger::deletedHere(const std::string& id) {
    return m_anyDeleted && !probe(Table::Episodes, id) && deletedAt(id);
}

bool LogMerger::openEpisode(const std::string& id, std::optional<std::int64_t> fileModifiedMs) {
    m_episode = CurrentEpisode{};
    m_episode.id = id;
    if (const auto found = probe(Table::Episodes, id)) {
        if (!m_marks[static_cast<std::size_t>(Table::Episodes)].meet(found->row)) {
            return false;
        }
        m_episode.row = found->row;
        m_episode.wasHere = true;
        return true;
    }
    const auto deleted = deletedAt(id);
    m_episode.placed = placeAbsent(id, fileModifiedMs);
    if (m_episode.placed == MergeOutcome::KeptDeleted) {
        return meetUnwritten(IdGroup::Episodes, id);
    }
    if (m_episode.placed == MergeOutcome::Restored) {
        m_episode.restoredFromMs = deleted;
    }
    // A row now, so the records can point at it; its fields are written when the episode closes.
    Episode provisional;
    provisional.id = id;
    m_episode.row = m_episodes.insert(provisional, fileModifiedMs.value_or(m_importMs));
    return true;
}

MergeOutcome LogMerger::closeEpisode(const Episode& episode, std::optional<std::int64_t> fileModifiedMs) {
    if (!m_episode.wasHere) {
        if (m_episode.placed != MergeOutcome::KeptDeleted) {
            m_episodes.rewrite(m_episode.row, episode, fileModifiedMs.value_or(m_importMs));
        }
        return m_episode.placed;
    }
    Episode stored;
    std::optional<std::int64_t> storedModified;
    m_storedEpisode.bindInt64(1, m_episode.row);
    if (!m_storedEpisode.step()) {
        m_storedEpisode.reset();
        throw StoreError(SQLITE_CORRUPT, "an episode went missing during the import");
    }
    stored.id = m_storedEpisode.columnText(0);
    stored.startedAt = storedTime(m_storedEpisode, 1);
    if (!m_storedEpisode.columnIsNull(2)) {
        stored.endedAt = storedTime(m_storedEpisode, 2);
    }
    stored.note = m_storedEpisode.columnText(3);
    storedModified = m_storedEpisode.columnOptionalInt64(4);
    if (!m_storedEpisode.columnIsNull(5)) {
        stored.backToUsual = storedTime(m_storedEpisode, 5);
    }
    m_storedEpisode.reset();
    m_storedTriage.bindInt64(1, m_episode.row);
    while (m_storedTriage.step()) {
        stored.triageTicked.push_back(m_storedTriage.columnText(0));
    }
    m_storedTriage.reset();
    const auto outcome = decideMerge(MergeFacts::stored(stored == episode, storedModified, fileModifiedMs));
    if (outcome == MergeOutcome::Updated) {
        m_episodes.rewrite(m_episode.row, episode, *fileModifiedMs);
    }
    return outcome;
}

void LogMerger::loadCheckIns() {
    m_episode.checkInsLoaded = true;
    m_countCheckIns.bindInt64(1, m_episode.row);
    const auto count = m_countCheckIns.step() ? m_countCheckIns.columnInt64(0) : 0;
    m_countCheckIns.reset();
    if (count == 0 || count > kBulkCheckIns) {
        return; // a long episode is probed check-in by check-in instead, so memory stays flat
    }
    std::unordered_map<std::int64_t, CheckIn*> byRow;
    m_storedCheckIns.bindInt64(1, m_episode.row);
    while (m_storedCheckIns.step()) {
        const std::string id = m_storedCheckIns.columnText(1);
        StoredCheckIn& stored = m_episode.checkIns[id];
        stored.row = m_storedCheckIns.columnInt64(0);
        stored.modifiedMs = m_storedCheckIns.columnOptionalInt64(2);
        stored.checkIn.id = id;
        stored.checkIn.episodeId = m_episode.id;
        rows::readCheckInColumns(m_storedCheckIns, stored.checkIn);
        byRow.emplace(stored.row, &stored.checkIn);
    }
    m_storedCheckIns.reset();
    for (std::size_t list = 0; list < m_storedLists.size(); ++list) {
        Statement& values = m_storedLists[list];
        values.bindInt64(1, m_episode.row);
        while (values.step()) {
            CheckIn& c = *byRow.at(values.columnInt64(0));
            const auto position = values.columnInt64(1);
            switch (list) {
            case 0:
                if (const auto area = bodyAreaFromString(values.columnView(2))) {
                    c.areas.insert(*area);
                }
                break;
            case 1:
                place(c.triggers, position, values.columnText(2));
                break;
            case 2:
                place(c.freeTags, position, values.columnText(2));
                break;
            case 3:
                place(c.worse, position, values.columnText(2));
                break;
            case 4:
                place(c.newRedFlagIds, position, values.columnText(2));
                break;
            default:
                place(c.medications, position, MedicationTaken{values.columnText(2), storedTime(values, 3)});
                break;
            }
        }
        values.reset();
    }
}

std::optional<MergeOutcome> LogMerger::mergeCheckIn(const CheckIn& checkIn,
                                                    std::optional<std::int64_t> fileModifiedMs) {
    auto& marks = m_marks[static_cast<std::size_t>(Table::CheckIns)];
    std::optional<Found> found;
    const CheckIn* stored = nullptr;
    std::optional<CheckIn> readAlone;
    if (m_episode.wasHere && !m_episode.checkInsLoaded) {
        loadCheckIns();
    }
    if (const auto here = m_episode.checkIns.find(checkIn.id); here != m_episode.checkIns.end()) {
        found = Found{here->second.row, m_episode.row, here->second.modifiedMs};
        stored = &here->second.checkIn;
    } else {
        found = probe(Table::CheckIns, checkIn.id);
    }
    if (!found) {
        if (m_episode.row == 0) {
            return meetUnwritten(IdGroup::CheckIns, checkIn.id) ? std::optional(MergeOutcome::KeptDeleted)
                                                                : std::nullopt;
        }
        const auto outcome = placeAbsent(checkIn.id, fileModifiedMs);
        if (outcome == MergeOutcome::KeptDeleted) {
            return meetUnwritten(IdGroup::CheckIns, checkIn.id) ? std::optional(outcome) : std::nullopt;
        }
        m_checkIns.write(m_episode.row, checkIn, std::nullopt, fileModifiedMs.value_or(m_importMs));
        return outcome;
    }
    if (!marks.meet(found->row)) {
        return std::nullopt;
    }
    if (m_episode.row == 0) {
        return MergeOutcome::KeptDeleted;
    }
    if (found->episodeRow != m_episode.row) {
        return MergeOutcome::KeptInPlace;
    }
    if (!stored) { // a long episode's: read on its own
        auto alone = rows::readCheckIns(m_db, rows::CheckInFilter::ByCheckInRow, found->row);
        readAlone = std::move(alone.at(0));
        stored = &*readAlone;
    }
    const auto outcome = decideMerge(MergeFacts::stored(*stored == checkIn, found->modifiedMs, fileModifiedMs));
    if (outcome == MergeOutcome::Updated) {
        m_checkIns.write(m_episode.row, checkIn, found->row, *fileModifiedMs);
    }
    return outcome;
}

bool LogMerger::usedByAnotherTool(Table own, const std::string& id) {
    for (const Table other : {Table::Heat, Table::Breathing, Table::Medications}) {
        if (other == own) {
            continue;
        }
        if (const auto found = probe(other, id); found && m_marks[static_cast<std::size_t>(other)].met(found->row)) {
            return true;
        }
    }
    return false;
}

template <typename Record, typename Read, typename Write>
std::optional<MergeOutcome> LogMerger::mergeActivity(Table table, const Record& record,
                                                     std::optional<std::int64_t> fileModifiedMs, Read&& read,
                                                     Write&& write) {
    if (usedByAnotherTool(table, record.id)) {
        return std::nullopt;
    }
    const auto found = probe(table, record.id);
    if (!found) {
        const auto outcome = m_episode.row == 0 ? MergeOutcome::KeptDeleted : placeAbsent(record.id, fileModifiedMs);
        if (outcome == MergeOutcome::KeptDeleted) {
            return meetUnwritten(IdGroup::Activities, record.id) ? std::optional(outcome) : std::nullopt;
        }
        write(record, fileModifiedMs.value_or(m_importMs));
        return outcome;
    }
    if (!m_marks[static_cast<std::size_t>(table)].meet(found->row)) {
        return std::nullopt;
    }
    if (m_episode.row == 0) {
        return MergeOutcome::KeptDeleted;
    }
    if (found->episodeRow != m_episode.row) {
        return MergeOutcome::KeptInPlace;
    }
    Statement& row = m_storedActivity[static_cast<std::size_t>(table) - static_cast<std::size_t>(Table::Heat)];
    row.bindInt64(1, found->row);
    Record stored;
    if (row.step()) {
        stored.id = row.columnText(0);
        stored.episodeId = m_episode.id;
        read(row, stored);
    }
    row.reset();
    const auto outcome = decideMerge(MergeFacts::stored(stored == record, found->modifiedMs, fileModifiedMs));
    if (outcome == MergeOutcome::Updated) {
        write(record, *fileModifiedMs);
    }
    return outcome;
}

std::optional<MergeOutcome> LogMerger::mergeHeatSession(const HeatSession& session,
                                                        std::optional<std::int64_t> fileModifiedMs) {
    return mergeActivity(
        Table::Heat, session, fileModifiedMs,
        [](const Statement& row, HeatSession& stored) {
            stored.startedAt = storedTime(row, 1);
            stored.product = row.columnText(2);
            stored.plannedMinutes = row.columnInt(3);
            stored.duration = std::chrono::milliseconds(row.columnInt64(4));
            stored.finished = row.columnInt(5) != 0;
        },
        [this](const HeatSession& record, std::int64_t modifiedMs) {
            rows::writeHeatSession(m_db, m_episode.row, record, modifiedMs);
        });
}

std::optional<MergeOutcome> LogMerger::mergeBreathingSession(const BreathingSession& session,
                                                             std::optional<std::int64_t> fileModifiedMs) {
    return mergeActivity(
        Table::Breathing, session, fileModifiedMs,
        [](const Statement& row, BreathingSession& stored) {
            stored.startedAt = storedTime(row, 1);
            stored.inhaleSeconds = row.columnInt(2);
            stored.exhaleSeconds = row.columnInt(3);
            stored.breaths = row.columnInt(4);
            stored.duration = std::chrono::milliseconds(row.columnInt64(5));
        },
        [this](const BreathingSession& record, std::int64_t modifiedMs) {
            rows::writeBreathingSession(m_db, m_episode.row, record, modifiedMs);
        });
}

std::optional<MergeOutcome> LogMerger::mergeMedication(const MedicationEntry& entry,
                                                       std::optional<std::int64_t> fileModifiedMs) {
    return mergeActivity(
        Table::Medications, entry, fileModifiedMs,
        [](const Statement& row, MedicationEntry& stored) {
            stored.name = row.columnText(1);
            stored.takenAt = storedTime(row, 2);
        },
        [this](const MedicationEntry& record, std::int64_t modifiedMs) {
            rows::writeMedication(m_db, m_episode.row, record, modifiedMs);
        });
}

std::optional<MergeOutcome> LogMerger::mergeBackCheck(const BackCheckRecord& check,
                                                      std::optional<std::int64_t> fileModifiedMs) {
    const auto found = probe(Table::BackChecks, check.id);
    if (!found) {
        const auto outcome = m_episode.row == 0 ? MergeOutcome::KeptDeleted : placeAbsent(check.id, fileModifiedMs);
        if (outcome == MergeOutcome::KeptDeleted) {
            return meetUnwritten(IdGroup::BackChecks, check.id) ? std::optional(outcome) : std::nullopt;
        }
        rows::writeBackCheck(m_db, m_episode.row, check, fileModifiedMs.value_or(m_importMs));
        return outcome;
    }
    if (!m_marks[static_cast<std::size_t>(Table::BackChecks)].meet(found->row)) {
        return std::nullopt;
    }
    if (m_episode.row == 0) {
        return MergeOutcome::KeptDeleted;
    }
    if (found->episodeRow != m_episode.row) {
        return MergeOutcome::KeptInPlace;
    }
    const auto stored = rows::readBackChecks(m_db, {std::nullopt, found->row});
    const bool same = stored.size() == 1 && stored.front() == check;
    const auto outcome = decideMerge(MergeFacts::stored(same, found->modifiedMs, fileModifiedMs));
    if (outcome == MergeOutcome::Updated) {
        rows::writeBackCheck(m_db, m_episode.row, check, *fileModifiedMs);
    }
    return outcome;
}

MergeOutcome LogMerger::mergePlanTick(const PlanTick& tick, std::optional<std::int64_t> fileModifiedMs) {
    if (m_episode.row == 0) {
        return MergeOutcome::KeptDeleted;
    }
    m_planTick.bindInt64(1, m_episode.row).bindInt64(2, tick.day).bindText(3, tick.itemId);
    // An untick here meets a tick in the file: they differ.
    const MergeFacts facts = m_planTick.step() ? MergeFacts::stored(m_planTick.columnInt(0) == 1,
                                                                    m_planTick.columnOptionalInt64(1), fileModifiedMs)
                                               : MergeFacts::absent(fileModifiedMs, std::nullopt);
    m_planTick.reset();
    const auto outcome = decideMerge(facts);
    if (outcome == MergeOutcome::Added || outcome == MergeOutcome::Updated) {
        const auto modifiedMs = fileModifiedMs.value_or(m_importMs);
        m_writePlanTick.bindInt64(1, m_episode.row).bindInt64(2, tick.day).bindText(3, tick.itemId);
        m_writePlanTick.bindText(4, Timestamp{modifiedMs, 0}.toIso8601()).bindInt64(5, modifiedMs).run();
        m_writePlanTick.reset();
    }
    return outcome;
}

MergeOutcome LogMerger::mergePatternResult(const SavedPatternResult& result) {
    if (m_episode.row == 0) {
        return MergeOutcome::KeptDeleted;
    }
    if (!m_episode.resultsLoaded) {
        m_episode.resultsLoaded = true;
        if (m_episode.wasHere) {
            m_episode.results = rows::patternResultsOf(m_db, m_episode.row, m_episode.id);
        }
    }
    // Saved at the same moment with the same fits and answers: the same result, whatever else was recorded.
    const auto same = [&result](const SavedPatternResult& kept) {
        return kept.savedAt.epochMs == result.savedAt.epochMs && kept.fits == result.fits &&
               kept.answers == result.answers;
    };
    if (std::any_of(m_episode.results.begin(), m_episode.results.end(), same)) {
        return MergeOutcome::Unchanged;
    }
    rows::insertPatternResult(m_db, m_episode.row, result, m_importMs);
    m_episode.results.push_back(result);
    return MergeOutcome::Added;
}

} // namespace spasmguide
