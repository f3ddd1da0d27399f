// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace spasmguide {

// A moment plus the UTC offset the person's clock had then, so exports can show their local time.
struct Timestamp {
    std::int64_t epochMs = 0;
    int utcOffsetMinutes = 0;

    // The moment in the system's local time zone, with that zone's offset at that moment.
    [[nodiscard]] static Timestamp local(std::chrono::system_clock::time_point moment);
    [[nodiscard]] static Timestamp fromTimePoint(std::chrono::system_clock::time_point moment, int utcOffsetMinutes);
    [[nodiscard]] std::chrono::system_clock::time_point timePoint() const;

    // "2026-11-23T14:05:00+01:00"; milliseconds are added (".250") only when not zero, so the text is lossless.
    [[nodiscard]] std::string toIso8601() const;
    // The same text appended to `out`, for writers that reuse one buffer.
    void appendIso8601(std::string& out) const;
    // Accepts the form above, any number of fraction digits (milliseconds kept) and "Z"; nullopt when malformed.
    [[nodiscard]] static std::optional<Timestamp> fromIso8601(std::string_view text);
    // "20261123-140500" in the timestamp's own offset, for file names.
    [[nodiscard]] std::string toFileStamp() const;

    friend bool operator==(const Timestamp&, const Timestamp&) = default;
};

} // namespace spasmguide
