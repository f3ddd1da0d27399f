// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <unordered_set>
#include <vector>

namespace spasmguide {

// Which rows of one table an import has met, for finding an id the file uses twice without keeping every id: a row
// above the table's largest id before the import was added by the import itself, so it was met; the rows that were
// already there are marked as they are met, in a bitmap by row id (a set when the ids are too sparse for one).
class RowMarks final {
public:
    static constexpr std::int64_t kMaxBitmapRows = std::int64_t{1} << 26; // 8 MiB of bits

    explicit RowMarks(std::int64_t largestBefore) : m_largest(largestBefore) {
        if (largestBefore >= 0 && largestBefore < kMaxBitmapRows) {
            m_bits.resize(static_cast<std::size_t>(largestBefore) + 1);
        }
    }

    [[nodiscard]] bool met(std::int64_t row) const {
        if (row > m_largest) {
            return true;
        }
        return inBitmap(row) ? m_bits[static_cast<std::size_t>(row)] : m_sparse.contains(row);
    }

    // Marks the row; false when it was met before (the file uses its id twice).
    bool meet(std::int64_t row) {
        if (met(row)) {
            return false;
        }
        if (inBitmap(row)) {
            m_bits[static_cast<std::size_t>(row)] = true;
        } else {
            m_sparse.insert(row);
        }
        return true;
    }

private:
    [[nodiscard]] bool inBitmap(std::int64_t row) const {
        return row >= 0 && static_cast<std::size_t>(row) < m_bits.size();
    }

    std::int64_t m_largest;
    std::vector<bool> m_bits;
    std::unordered_set<std::int64_t> m_sparse;
};

} // namespace spasmguide
