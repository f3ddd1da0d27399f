// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/check_in_chunks.h"
#include "core/store/episode_model.h"
#include "core/store/read_ahead.h"
#include "core/store/statement.h"

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace spasmguide {

class EpisodeStore;

// Walks the whole log oldest first: episodes by start, each one's check-ins by time. Episodes and check-ins are read
// in chunks that share one order and are matched in lockstep, so memory stays flat however big the log is. The
// chunks are read a chunk ahead on a thread of the cursor's own, so reading overlaps with what the caller does with
// the rows. The store must not be used at all while a cursor is alive: the cursor's thread is using its connection.
class LogCursor final {
public:
    static constexpr std::size_t kEpisodeChunkSize = 256;

    explicit LogCursor(EpisodeStore& store);
    ~LogCursor();
    LogCursor(const LogCursor&) = delete;
    LogCursor& operator=(const LogCursor&) = delete;

    // Moves to the next episode, skipping any check-ins of the current one not yet read; false after the last.
    bool nextEpisode();
    // Moves to the current episode's next check-in; false after its last.
    bool nextCheckIn();

    // The current episode and check-in, valid until the next move.
    [[nodiscard]] const Episode& episode() const { return m_episodeChunk[m_episodeAt].episode; }
    [[nodiscard]] const CheckIn& checkIn() const { return m_checkInChunk[m_nextCheckIn - 1].checkIn; }
    // When they were last changed (EpisodeStore::modifiedMs).
    [[nodiscard]] std::optional<std::int64_t> episodeModifiedMs() const {
        return m_episodeChunk[m_episodeAt].modifiedMs;
    }
    [[nodiscard]] std::optional<std::int64_t> checkInModifiedMs() const {
        return m_checkInChunk[m_nextCheckIn - 1].modifiedMs;
    }

private:
    struct EpisodeRow {
        std::int64_t rowId = 0;
        Episode episode;
        std::optional<std::int64_t> modifiedMs;
    };

    std::size_t fillEpisodes(std::vector<EpisodeRow>& chunk); // on the worker, like CheckInChunks::fill

    Statement m_episodes;
    bool m_episodesDone = false; // stepping a finished statement again would start it over
    CheckInChunks m_checkIns;
    ReadWorker m_worker; // before the streams it reads for; stopped first by the destructor
    ReadAhead<EpisodeRow> m_episodeStream;
    ReadAhead<CheckInChunks::Row> m_checkInStream;
    std::span<EpisodeRow> m_episodeChunk;
    std::size_t m_episodeAt = 0;
    std::int64_t m_episodeRow = -1;
    std::span<CheckInChunks::Row> m_checkInChunk;
    std::size_t m_nextCheckIn = 0; // the chunk's first check-in not yet handed out
    bool m_checkInsDone = false;
};

} // namespace spasmguide
