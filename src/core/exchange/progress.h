// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <functional>

namespace spasmguide {

// Told how far an export or import has got; returning false cancels it (an export stops, an import rolls back).
using ProgressFn = std::function<bool(std::int64_t done, std::int64_t total)>;

// Calls a ProgressFn every kEvery items and once at the end, so a slow callback cannot slow a million-row export.
class ProgressReporter final {
public:
    static constexpr std::int64_t kEvery = 1024;

    ProgressReporter(const ProgressFn& progress, std::int64_t total) : m_progress(progress), m_total(total) {}

    // Counts `items` more as done; false when the callback asked to cancel.
    bool advance(std::int64_t items = 1) {
        const auto before = m_done / kEvery;
        m_done += items;
        return m_done / kEvery == before || report();
    }
    bool finish() { return report(); }
    [[nodiscard]] std::int64_t done() const { return m_done; }

private:
    bool report() { return !m_progress || m_progress(m_done, m_total); }

    const ProgressFn& m_progress;
    std::int64_t m_total;
    std::int64_t m_done = 0;
};

} // namespace spasmguide
