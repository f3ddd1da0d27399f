// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/time/clock.h"

namespace spasmguide::test {

// A clock that says whatever the test sets.
class FakeClock final : public Clock {
public:
    explicit FakeClock(std::chrono::system_clock::time_point start = std::chrono::sys_days{std::chrono::November / 23 /
                                                                                           2026})
        : m_now(start) {}

    [[nodiscard]] std::chrono::system_clock::time_point now() const override { return m_now; }
    void set(std::chrono::system_clock::time_point value) { m_now = value; }
    void advance(std::chrono::system_clock::duration by) { m_now += by; }

private:
    std::chrono::system_clock::time_point m_now;
};

} // namespace spasmguide::test
