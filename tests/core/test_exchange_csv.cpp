// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/csv_export.h"
#include "core/exchange/csv_row.h"
#include "exchange_test_support.h"

#include <algorithm>
#include <sstream>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

const std::vector<std::string> kHeader = {
    "episode_id", "episode_started", "episode_ended",    "check_in_id",  "time",        "pain",     "areas",
    "triggers",   "free_tags",       "heat_product",     "heat_minutes", "medications", "movement", "breathing",
    "worse",      "new_red_flag",    "new_red_flag_ids", "note"};

std::string csvOf(EpisodeStore& store) {
    std::ostringstream out;
    REQUIRE(exportCsv(store, out));
    return out.str();
}

} // namespace

TEST_CASE("an empty store exports only the header row") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto text = csvOf(*store);
    CHECK(text.rfind("episode_id,", 0) == 0); // no byte order mark
    const auto records = parseCsv(text);
    REQUIRE(records.size() == 1);
    CHECK(records.front() == kHeader);
}

TEST_CASE("the CSV has one row per check-in and every field reads back, quotes, commas and newlines included") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    Episode episode = sampleEpisode();
    episode.endedAt = at(600, 0);
    episode.id = store->startEpisode(episode);
    CheckIn full = fullCheckIn(episode.id, 10);
    full.note = "Line one,\r\n\"quoted\" line two; d\xC3\xA9j\xC3\xA0 vu\nlast";
    full.id = store->addCheckIn(full);
    CheckIn bare;
    bare.episodeId = episode.id;
    bare.at = at(5, -480);
    bare.id = store->addCheckIn(bare);

    const auto records = parseCsv(csvOf(*store));
    REQUIRE(records.size() == 3);
    CHECK(records[0] == kHeader);
    const std::vector<std::string> bareRow = {episode.id,
                                              "2026-11-23T14:05:00+01:00",
                                              "2026-11-23T23:05:00+00:00",
                                              bare.id,
                                              "2026-11-23T05:10:00-08:00",
                                              "", // no pain number given
                                              "",
                                              "",
                                              "",
                                              "",
                                              "",
                                              "",
                                              "false",
                                              "false",
                                              "",
                                              "false",
                                              "",
                                              ""};
    CHECK(records[1] == bareRow); // oldest first
    const std::vector<std::string> fullRow = {
        episode.id,
        "2026-11-23T14:05:00+01:00",
        "2026-11-23T23:05:00+00:00",
        full.id,
        "2026-11-23T14:15:00+01:00",
        "7",
        "low-back-centre;hip-right;below-knee-left",
        "twisting;lifting",
        "gardening;long drive, 3 h",
        "Wheat bag",
        "20",
        "Ibuprofen 400 mg@2026-11-23T13:45:00+01:00; Paracetamol@2026-11-23T08:10:00-05:00",
        "true",
        "true",
        "bed-rest;sitting-long",
        "true",
        "saddle-numbness",
        full.note};
    CHECK(records[2] == fullRow);
}

TEST_CASE("fields that a spreadsheet would run as formulas are exported as text") {
    CHECK(CsvRow::encode("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"");
    CHECK(CsvRow::encode("+1") == "'+1");
    CHECK(CsvRow::encode("-2") == "'-2");
    CHECK(CsvRow::encode("@SUM(A1)") == "'@SUM(A1)");
    CHECK(CsvRow::encode("\tx") == "'\tx");
    CHECK(CsvRow::encode("plain = text") == "plain = text");
    CHECK(CsvRow::encode("") == "");
    CHECK(CsvRow::encode("a,b") == "\"a,b\"");
    CHECK(CsvRow::encode("\"") == "\"\"\"\""); // quotes doubled wherever they stand
    CHECK(CsvRow::encode("\"a\"\"b\"") == "\"\"\"a\"\"\"\"b\"\"\"");
    CHECK(CsvRow::encode("-\"x\"") == "\"'-\"\"x\"\"\""); // guarded and quoted
    CHECK(CsvRow::encode("line\nbreak") == "\"line\nbreak\"");

    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    CheckIn checkIn = fullCheckIn(episodeId);
    checkIn.note = "=cmd|' /C calc'!A0";
    checkIn.freeTags = {"+tag"};
    checkIn.heat = HeatUse{"-product", 5};
    checkIn.medications = {{"@drug", at(0)}};
    store->addCheckIn(checkIn);
    const auto records = parseCsv(csvOf(*store));
    REQUIRE(records.size() == 2);
    CHECK(records[1][17] == "'=cmd|' /C calc'!A0");
    CHECK(records[1][8] == "'+tag");
    CHECK(records[1][9] == "'-product");
    CHECK(records[1][11] == "'@drug@2026-11-23T14:05:00+01:00");
}

TEST_CASE("a CSV export stops when the progress callback says so") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    fillLog(*store);
    std::ostringstream out;
    std::vector<std::int64_t> totals;
    CHECK_FALSE(exportCsv(*store, out, [&](std::int64_t done, std::int64_t total) {
        totals.push_back(total);
        return done < 0;
    }));
    CHECK(totals == std::vector<std::int64_t>{3});
    CHECK(exportCsv(*store, out, [](std::int64_t done, std::int64_t total) { return done <= total; }));
}

TEST_CASE("a check-in without a pain number has an empty pain cell") {
    TempDir dir;
    FakeClock clock;
    auto store = openStore(dir.path(), clock);
    const auto episodeId = store->startEpisode(sampleEpisode());
    CheckIn warningOnly;
    warningOnly.episodeId = episodeId;
    warningOnly.at = at(5);
    warningOnly.newRedFlag = true;
    store->addCheckIn(warningOnly);
    const auto records = parseCsv(csvOf(*store));
    REQUIRE(records.size() == 2);
    const auto painColumn = std::find(kHeader.begin(), kHeader.end(), "pain") - kHeader.begin();
    CHECK(records[1][static_cast<std::size_t>(painColumn)].empty());
}
