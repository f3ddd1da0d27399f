// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/body_area.h"
#include "core/store/database.h"
#include "core/store/store_error.h"
#include "core/store/timestamp.h"
#include "core/store/transaction.h"
#include "core/store/uuid.h"

#include <catch2/catch.hpp>
#include <regex>
#include <set>
#include <sqlite3.h>

using namespace spasmguide;

TEST_CASE("statements bind and read back int64, double, text, null and optionals") {
    Database db;
    db.exec("CREATE TABLE t (i INTEGER, d REAL, s TEXT, n TEXT)");
    const std::string withNul("a\0b", 3);
    db.prepare("INSERT INTO t VALUES (?, ?, ?, ?)")
        .bindInt64(1, std::int64_t{1} << 40)
        .bindDouble(2, 2.5)
        .bindText(3, withNul)
        .bindOptionalText(4, std::nullopt)
        .run();
    auto row = db.prepare("SELECT i, d, s, n FROM t");
    REQUIRE(row.step());
    CHECK(row.columnInt64(0) == (std::int64_t{1} << 40));
    CHECK(row.columnDouble(1) == 2.5);
    CHECK(row.columnText(2) == withNul);
    CHECK(row.columnIsNull(3));
    CHECK_FALSE(row.columnOptionalText(3).has_value());
    CHECK(row.columnOptionalInt64(0) == (std::int64_t{1} << 40));
    CHECK_FALSE(row.step());
}

TEST_CASE("errors carry the SQLite result code and message") {
    Database db;
    db.exec("CREATE TABLE t (x INTEGER CHECK (x > 0))");
    try {
        db.prepare("INSERT INTO t VALUES (0)").run();
        FAIL("no exception");
    } catch (const StoreError& error) {
        CHECK(error.primaryCode() == SQLITE_CONSTRAINT);
        CHECK(error.code() == SQLITE_CONSTRAINT_CHECK);
        CHECK(std::string(error.what()).find("CHECK constraint failed") != std::string::npos);
    }
    CHECK_THROWS_AS(db.prepare("SELECT FROM nowhere"), StoreError);
}

TEST_CASE("a transaction rolls back unless committed") {
    Database db;
    db.exec("CREATE TABLE t (x INTEGER)");
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
    }
    CHECK(db.queryInt64("SELECT count(*) FROM t") == 0);
    {
        Transaction transaction(db);
        db.exec("INSERT INTO t VALUES (1)");
        transaction.commit();
    }
    CHECK(db.queryInt64("SELECT count(*) FROM t") == 1);
}

TEST_CASE("a closed database throws instead of crashing") {
    Database db;
    db.close();
    CHECK_FALSE(db.isOpen());
    CHECK_THROWS_AS(db.exec("SELECT 1"), StoreError);
}

TEST_CASE("timestamps round-trip through ISO 8601 with their UTC offset") {
    const Timestamp winter{1795439100000, 60}; // 2026-11-23T13:05:00Z
    CHECK(winter.toIso8601() == "2026-11-23T14:05:00+01:00");
    CHECK(Timestamp::fromIso8601("2026-11-23T14:05:00+01:00") == winter);
    CHECK(Timestamp::fromIso8601("2026-11-23T13:05:00Z") == Timestamp{1795439100000, 0});

    const Timestamp west{1795439100250, -(9 * 60 + 30)};
    CHECK(west.toIso8601() == "2026-11-23T03:35:00.250-09:30");
    CHECK(Timestamp::fromIso8601(west.toIso8601()) == west);

    const Timestamp beforeEpoch{-1500, 0};
    CHECK(beforeEpoch.toIso8601() == "1969-12-31T23:59:58.500+00:00");
    CHECK(Timestamp::fromIso8601(beforeEpoch.toIso8601()) == beforeEpoch);
    CHECK(winter.toFileStamp() == "20261123-140500");
}

TEST_CASE("malformed ISO 8601 texts are refused") {
    for (const char* bad : {"", "2026-11-23", "2026-11-23T14:05:00", "2026-02-30T10:00:00Z", "2026-11-23T24:00:00Z",
                            "2026-11-23T14:05:00+1:00", "2026-11-23T14:05:00.Z", "2026-11-23T14:05:00Zjunk",
                            "2026-11-23t14:05:00Z", "2026-11-2xT14:05:00Z", "2026/11/23T14:05:00Z"}) {
        INFO(bad);
        CHECK_FALSE(Timestamp::fromIso8601(bad).has_value());
    }
}

TEST_CASE("a local timestamp carries the offset of the local zone at that moment") {
    const auto now = std::chrono::system_clock::now();
    const Timestamp local = Timestamp::local(now);
    CHECK(local.epochMs == Timestamp::fromTimePoint(now, 0).epochMs);
    CHECK(local.utcOffsetMinutes >= -12 * 60);
    CHECK(local.utcOffsetMinutes <= 14 * 60);
}

TEST_CASE("UUIDs are version 4 and distinct") {
    const std::regex form("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    std::set<std::string> seen;
    for (int i = 0; i < 1000; ++i) {
        const auto id = newUuid();
        REQUIRE(std::regex_match(id, form));
        seen.insert(id);
    }
    CHECK(seen.size() == 1000);
}

TEST_CASE("body areas have stable string ids, below the knee kept apart") {
    CHECK(toString(BodyArea::BelowKneeLeft) == "below-knee-left");
    CHECK(toString(BodyArea::LowBackCentre) == "low-back-centre");
    for (const BodyArea area : kAllBodyAreas) {
        CHECK(bodyAreaFromString(toString(area)) == area);
    }
    CHECK_FALSE(bodyAreaFromString("knee").has_value());
}
