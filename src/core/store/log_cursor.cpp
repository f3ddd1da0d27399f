// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/log_cursor.h"

#include "core/store/check_in_rows.h"
#include "core/store/episode_store.h"
#include "core/store/store_error.h"

#include <charconv>
#include <sqlite3.h>
#include <string_view>

namespace spasmguide {

namespace {

// The triage list packed as "<byte length>:<text>" items, lossless whatever the text holds. group_concat sees the
// rows in their (episode, position) primary-key order, so the list order is kept.
constexpr const char* kEpisodeSql =
    "SELECT e.id, e.uuid, e.started_at, e.ended_at, e.note, (SELECT group_concat(length(CAST(sign_id AS BLOB)) || "
    "':' || sign_id, '') FROM episode_triage WHERE episode_id = e.id), e.modified_ms, e.back_to_usual_at "
    "FROM episodes e "
    "ORDER BY e.started_ms, e.id";

void unpack(std::string_view packed, std::vector<std::string>& out) {
    out.clear();
    while (!packed.empty()) {
        std::size_t length = 0;
        const auto [end, error] = std::from_chars(packed.data(), packed.data() + packed.size(), length);
        const auto digits = static_cast<std::size_t>(end - packed.data());
        if (error != std::errc() || digits >= packed.size() || packed[digits] != ':' ||
            packed.size() - digits - 1 < length) {
            throw StoreError(SQLITE_CORRUPT, "a packed list is malformed");
        }
        out.emplace_back(packed.substr(digits + 1, length));
        packed.remove_prefix(digits + 1 + length);
    }
}

} // namespace

LogCursor::LogCursor(EpisodeStore& store)
    : m_episodes(store.database().prepare(kEpisodeSql)), m_checkIns(store.database()),
      m_episodeStream(m_worker, [this](std::vector<EpisodeRow>& rows) { return fillEpisodes(rows); }),
      m_checkInStream(m_worker, [this](std::vector<CheckInChunks::Row>& rows) { return m_checkIns.fill(rows); }) {}

LogCursor::~LogCursor() {
    m_worker.stop(); // a read under way writes into the streams' chunks and uses the statements
}

std::size_t LogCursor::fillEpisodes(std::vector<EpisodeRow>& chunk) {
    std::size_t count = 0;
    while (!m_episodesDone && count < kEpisodeChunkSize) {
        if (!m_episodes.step()) {
            m_episodesDone = true;
            break;
        }
        if (count == chunk.size()) {
            chunk.emplace_back();
        }
        EpisodeRow& row = chunk[count++];
        row.rowId = m_episodes.columnInt64(0);
        Episode& episode = row.episode;
        episode.id.assign(m_episodes.columnView(1));
        episode.startedAt = rows::parseStoredTime(m_episodes.columnView(2));
        episode.endedAt =
            m_episodes.columnIsNull(3) ? std::nullopt : std::optional(rows::parseStoredTime(m_episodes.columnView(3)));
        episode.note.assign(m_episodes.columnView(4));
        unpack(m_episodes.columnView(5), episode.triageTicked);
        row.modifiedMs = m_episodes.columnOptionalInt64(6);
        episode.backToUsual =
            m_episodes.columnIsNull(7) ? std::nullopt : std::optional(rows::parseStoredTime(m_episodes.columnView(7)));
    }
    return count;
}

bool LogCursor::nextEpisode() {
    while (nextCheckIn()) {
    }
    if (m_episodeAt + 1 < m_episodeChunk.size()) {
        ++m_episodeAt;
    } else {
        m_episodeChunk = m_episodeStream.next();
        m_episodeAt = 0;
        if (m_episodeChunk.empty()) {
            m_episodeRow = -1;
            return false;
        }
    }
    m_episodeRow = m_episodeChunk[m_episodeAt].rowId;
    return true;
}

bool LogCursor::nextCheckIn() {
    if (m_episodeRow < 0 || m_checkInsDone) {
        return false;
    }
    if (m_nextCheckIn == m_checkInChunk.size()) {
        m_checkInChunk = m_checkInStream.next();
        m_nextCheckIn = 0;
        if (m_checkInChunk.empty()) {
            m_checkInsDone = true;
            return false;
        }
    }
    // Both sides share one order, so a check-in of another episode belongs to a later one.
    auto& row = m_checkInChunk[m_nextCheckIn];
    if (row.episodeRow != m_episodeRow) {
        return false;
    }
    row.checkIn.episodeId.assign(episode().id);
    ++m_nextCheckIn;
    return true;
}

} // namespace spasmguide
