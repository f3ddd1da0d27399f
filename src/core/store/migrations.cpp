// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/migrations.h"

#include "core/store/database.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"

#include <array>
#include <sqlite3.h>
#include <string>

namespace spasmguide {

namespace {

// Version 1. Lists are child tables keyed by (parent, position) so order round-trips and deletes cascade.
// Text timestamps keep the person's UTC offset; the *_ms columns are for sorting.
void createVersion1(Database& db) {
    db.exec(R"sql(
CREATE TABLE episodes (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    started_at TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    ended_at TEXT,
    ended_ms INTEGER,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX episodes_by_start ON episodes(started_ms);
CREATE INDEX episodes_open ON episodes(started_ms) WHERE ended_ms IS NULL;

CREATE TABLE episode_triage (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sign_id TEXT NOT NULL,
    PRIMARY KEY (episode_id, position)
) WITHOUT ROWID;

CREATE TABLE check_ins (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    pain INTEGER NOT NULL CHECK (pain BETWEEN 0 AND 10),
    heat_product TEXT,
    heat_minutes INTEGER,
    movement INTEGER NOT NULL DEFAULT 0,
    breathing INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    new_red_flag INTEGER NOT NULL DEFAULT 0
);
-- Covers the history summary (count, peak and latest pain per episode) without touching the table.
CREATE INDEX check_ins_by_episode ON check_ins(episode_id, at_ms, pain);

CREATE TABLE check_in_areas (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    PRIMARY KEY (check_in_id, area)
) WITHOUT ROWID;

CREATE TABLE check_in_triggers (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    trigger_id TEXT NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;

CREATE TABLE check_in_tags (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    tag TEXT NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;

CREATE TABLE check_in_medications (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    taken_at TEXT NOT NULL,
    taken_ms INTEGER NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;

CREATE TABLE check_in_worse (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    worse_id TEXT NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;

CREATE TABLE check_in_red_flags (
    check_in_id INTEGER NOT NULL REFERENCES check_ins(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sign_id TEXT NOT NULL,
    PRIMARY KEY (check_in_id, position)
) WITHOUT ROWID;
)sql");
    db.exec("PRAGMA application_id = " + std::to_string(kApplicationId));
}

// Version 2. The row id joins the per-episode index before pain, so an episode's check-ins come out of it already
// in time order with ties by id: the export cursor and the history's "latest pain" no longer sort per episode.
void indexCheckInsInOrder(Database& db) {
    db.exec("DROP INDEX check_ins_by_episode;"
            "CREATE INDEX check_ins_by_episode ON check_ins(episode_id, at_ms, id, pain);");
}

// Version 3. Pain becomes optional: "Yes, something is new" must be recorded even before a pain number was
// chosen. SQLite cannot drop a NOT NULL, so the table is rebuilt as its documentation describes (foreign keys are
// off during a step, so dropping the old table cascades nothing; the row ids are copied, so the lists still match).
void makePainOptional(Database& db) {
    db.exec(R"sql(
CREATE TABLE check_ins_v3 (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    at TEXT NOT NULL,
    at_ms INTEGER NOT NULL,
    pain INTEGER CHECK (pain BETWEEN 0 AND 10),
    heat_product TEXT,
    heat_minutes INTEGER,
    movement INTEGER NOT NULL DEFAULT 0,
    breathing INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT '',
    new_red_flag INTEGER NOT NULL DEFAULT 0
);
INSERT INTO check_ins_v3 (id, uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, movement, breathing,
                          note, new_red_flag)
    SELECT id, uuid, episode_id, at, at_ms, pain, heat_product, heat_minutes, movement, breathing, note, new_red_flag
    FROM check_ins;
DROP TABLE check_ins;
ALTER TABLE check_ins_v3 RENAME TO check_ins;
CREATE INDEX check_ins_by_episode ON check_ins(episode_id, at_ms, id, pain);
)sql");
}

// Version 4. The day-by-day plan's checklist: which items were ticked on which day of an episode.
void addPlanTicks(Database& db) {
    db.exec(R"sql(
CREATE TABLE episode_plan_ticks (
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    day INTEGER NOT NULL CHECK (day >= 1),
    item_id TEXT NOT NULL,
    ticked_at TEXT NOT NULL,
    PRIMARY KEY (episode_id, day, item_id)
) WITHOUT ROWID;
)sql");
}

// Version 5. Pattern-finder results, kept per save so the latest per episode is one indexed lookup. The lists are
// small JSON documents: they are read and written whole, never queried inside.
void addPatternResults(Database& db) {
    db.exec(R"sql(
CREATE TABLE pattern_results (
    id INTEGER PRIMARY KEY,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    saved_at TEXT NOT NULL,
    saved_ms INTEGER NOT NULL,
    content_version TEXT NOT NULL DEFAULT '',
    fits TEXT NOT NULL,
    answers TEXT NOT NULL
);
CREATE INDEX pattern_results_by_episode ON pattern_results(episode_id, saved_ms, id);
)sql");
}

// Version 6. What the companion tools record into an episode: heat and breathing sessions and medicines taken.
// Each has its own UUID (export and import merge by it) and an index by time for reading a period across episodes.
void addToolRecords(Database& db) {
    db.exec(R"sql(
CREATE TABLE heat_sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    product TEXT NOT NULL,
    planned_minutes INTEGER NOT NULL CHECK (planned_minutes > 0),
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0),
    finished INTEGER NOT NULL CHECK (finished IN (0, 1))
);
CREATE INDEX heat_sessions_by_episode ON heat_sessions(episode_id, started_ms, id);
CREATE INDEX heat_sessions_by_start ON heat_sessions(started_ms);

CREATE TABLE breathing_sessions (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    started_at TEXT NOT NULL,
    started_ms INTEGER NOT NULL,
    inhale_seconds INTEGER NOT NULL CHECK (inhale_seconds > 0),
    exhale_seconds INTEGER NOT NULL CHECK (exhale_seconds > 0),
    breaths INTEGER NOT NULL CHECK (breaths >= 0),
    duration_ms INTEGER NOT NULL CHECK (duration_ms >= 0)
);
CREATE INDEX breathing_sessions_by_episode ON breathing_sessions(episode_id, started_ms, id);
CREATE INDEX breathing_sessions_by_start ON breathing_sessions(started_ms);

-- A name and a time only: the app never records a dose.
CREATE TABLE medication_entries (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    name TEXT NOT NULL CHECK (length(name) > 0),
    taken_at TEXT NOT NULL,
    taken_ms INTEGER NOT NULL
);
CREATE INDEX medication_entries_by_episode ON medication_entries(episode_id, taken_ms, id);
CREATE INDEX medication_entries_by_time ON medication_entries(taken_ms);
)sql");
}

// Version 7. Every record carries when it was last changed here (modified_ms), so an import can keep a local edit
// that is newer than the file's copy. Rows from before this step get the upgrade's moment (SQLite's clock, the
// system's: a step has no other): the latest they can have been changed, so an older copy in a file never replaces
// them. Plan ticks already knew their time; an untick is now
// kept as a row (ticked = 0) with its time, and deleted records leave their id and time in deleted_records, so an
// import does not bring back what the person removed. import_history says when which file was imported, and what
// it did.
void addModificationTimes(Database& db) {
    db.exec(R"sql(
ALTER TABLE episodes ADD COLUMN modified_ms INTEGER;
ALTER TABLE check_ins ADD COLUMN modified_ms INTEGER;
ALTER TABLE heat_sessions ADD COLUMN modified_ms INTEGER;
ALTER TABLE breathing_sessions ADD COLUMN modified_ms INTEGER;
ALTER TABLE medication_entries ADD COLUMN modified_ms INTEGER;
ALTER TABLE pattern_results ADD COLUMN modified_ms INTEGER;
ALTER TABLE episode_plan_ticks ADD COLUMN ticked INTEGER NOT NULL DEFAULT 1 CHECK (ticked IN (0, 1));
ALTER TABLE episode_plan_ticks ADD COLUMN modified_ms INTEGER;

UPDATE episodes SET modified_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
UPDATE check_ins SET modified_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
UPDATE heat_sessions SET modified_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
UPDATE breathing_sessions SET modified_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
UPDATE medication_entries SET modified_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER);
UPDATE pattern_results SET modified_ms = saved_ms;
UPDATE episode_plan_ticks SET modified_ms = CAST((julianday(ticked_at) - 2440587.5) * 86400000 AS INTEGER);

CREATE TABLE deleted_records (
    uuid TEXT PRIMARY KEY,
    deleted_ms INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE import_history (
    id INTEGER PRIMARY KEY,
    imported_at TEXT NOT NULL,
    imported_ms INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    kept_local INTEGER NOT NULL,
    kept_deleted INTEGER NOT NULL,
    restored INTEGER NOT NULL,
    conflicts INTEGER NOT NULL,
    details TEXT NOT NULL
);
)sql");
}

// Version 8. The measures a clinician reads (issue 17): the Roland-Morris questionnaire and the PGIC, taken together
// at a back check, and the day the person was back to their usual activities. One row kind holds both measures,
// either of them optional, because an episode's end asks the PGIC alone: a second table would double the reading,
// export and merging code for one nullable column. The answers are the 24-character text of rmdq.h (the export's
// form too); the score is computed from them, never stored, so the two cannot disagree.
void addBackChecks(Database& db) {
    db.exec(R"sql(
CREATE TABLE back_checks (
    id INTEGER PRIMARY KEY,
    uuid TEXT NOT NULL UNIQUE,
    episode_id INTEGER NOT NULL REFERENCES episodes(id) ON DELETE CASCADE,
    taken_at TEXT NOT NULL,
    taken_ms INTEGER NOT NULL,
    asked TEXT NOT NULL CHECK (asked IN ('baseline', 'weekly', 'episode-ended')),
    rmdq_answers TEXT CHECK (length(rmdq_answers) = 24 AND rmdq_answers NOT GLOB '*[^01]*'),
    pgic INTEGER CHECK (pgic BETWEEN 1 AND 7),
    modified_ms INTEGER NOT NULL,
    CHECK (rmdq_answers IS NOT NULL OR pgic IS NOT NULL)
);
CREATE INDEX back_checks_by_episode ON back_checks(episode_id, taken_ms, id);

ALTER TABLE episodes ADD COLUMN back_to_usual_at TEXT;
ALTER TABLE episodes ADD COLUMN back_to_usual_ms INTEGER;
)sql");
}

constexpr std::array kMigrations{
    Migration{1, &createVersion1},       Migration{2, &indexCheckInsInOrder}, Migration{3, &makePainOptional},
    Migration{4, &addPlanTicks},         Migration{5, &addPatternResults},    Migration{6, &addToolRecords},
    Migration{7, &addModificationTimes}, Migration{8, &addBackChecks},
};

} // namespace

std::span<const Migration> schemaMigrations() {
    return kMigrations;
}

void applyMigrations(Database& db, std::span<const Migration> migrations) {
    // PRAGMA foreign_keys is a no-op inside a transaction, so it is switched around the steps.
    db.exec("PRAGMA foreign_keys = OFF");
    try {
        // One transaction for every step: a failure anywhere (or a full disk) leaves the log at its old version.
        Transaction transaction(db);
        for (const Migration& step : migrations) {
            if (step.version <= db.queryInt64("PRAGMA user_version")) {
                continue;
            }
            step.apply(db);
            if (db.prepare("PRAGMA foreign_key_check").step()) {
                throw StoreError(SQLITE_CONSTRAINT_FOREIGNKEY,
                                 "schema step " + std::to_string(step.version) + " broke a foreign key");
            }
            db.exec("PRAGMA user_version = " + std::to_string(step.version));
        }
        transaction.commit();
    } catch (...) {
        db.exec("PRAGMA foreign_keys = ON");
        throw;
    }
    db.exec("PRAGMA foreign_keys = ON");
}

} // namespace spasmguide
