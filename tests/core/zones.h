// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/time/time_zone.h"

#include <chrono>

namespace spasmguide::test {

// A zone whose clock is always `offset` minutes ahead of UTC.
class FixedZone final : public TimeZone {
public:
    explicit FixedZone(int offset) : m_offset(offset) {}
    [[nodiscard]] int utcOffsetMinutes(std::chrono::system_clock::time_point) const override { return m_offset; }

private:
    int m_offset;
};

// A zone with a fixed offset before `change` and another from then on: DST, or a flight across zones.
class ChangingZone final : public TimeZone {
public:
    ChangingZone(int before, std::chrono::system_clock::time_point change, int after)
        : m_before(before), m_change(change), m_after(after) {}
    [[nodiscard]] int utcOffsetMinutes(std::chrono::system_clock::time_point moment) const override {
        return moment < m_change ? m_before : m_after;
    }

private:
    int m_before;
    std::chrono::system_clock::time_point m_change;
    int m_after;
};

} // namespace spasmguide::test
