// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "store/check_in_chunks.h"
#include "store/episode_model.h"
#include "store/statement.h"

#include <cstdint>
#include <span>

namespace spasmguide {

class EpisodeStore;

// Walks the whole log oldest first: episodes by start, each one's check-ins by time. An episode statement and a
// chunked check-in reader share one order and advance in lockstep, so memory stays flat however big the log is.
// The store must not be written to while a cursor is alive.
class LogCursor final {
public:
    explicit LogCursor(EpisodeStore& store);

    // Moves to the next episode, skipping any check-ins of the current one not yet read; false after the last.
    bool nextEpisode();
    // Moves to the current episode's next check-in; false after its last.
    bool nextCheckIn();

    [[nodiscard]] const Episode& episode() const { return m_episode; }
    [[nodiscard]] const CheckIn& checkIn() const { return m_chunk[m_next - 1].checkIn; }

private:
    Statement m_episodes;
    CheckInChunks m_checkIns;
    Episode m_episode;
    std::int64_t m_episodeRow = -1;
    std::span<CheckInChunks::Row> m_chunk;
    std::size_t m_next = 0; // the chunk's first check-in not yet handed out
    bool m_checkInsDone = false;
};

} // namespace spasmguide
