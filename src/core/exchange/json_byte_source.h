// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <iterator>
#include <string>
#include <vector>

namespace spasmguide {

// Feeds a stream to nlohmann's parser a buffer at a time (begin()/end() are its input iterators), so a file of any
// size is read in fixed memory, and keeps what messages and progress need: the bytes read, whether anything but
// white space came, whether the end was reached, and the line and column of a recent byte. The per-byte path is a
// compare and an increment; everything else happens once a buffer.
class JsonByteSource final {
public:
    static constexpr std::size_t kBufferSize = std::size_t{1} << 16;

    class Iterator final {
    public:
        using iterator_category = std::input_iterator_tag;
        using value_type = char;
        using difference_type = std::ptrdiff_t;
        using pointer = const char*;
        using reference = const char&;

        Iterator() = default;
        explicit Iterator(JsonByteSource* source) : m_source(source) {}
        reference operator*() const { return m_source->m_buffer[m_source->m_at]; }
        Iterator& operator++() {
            ++m_source->m_at;
            return *this;
        }
        friend bool operator==(const Iterator& a, const Iterator& b) { return a.done() == b.done(); }

    private:
        [[nodiscard]] bool done() const { return !m_source || m_source->exhausted(); }
        JsonByteSource* m_source = nullptr;
    };

    explicit JsonByteSource(std::istream& in);

    [[nodiscard]] Iterator begin() { return Iterator(this); }
    [[nodiscard]] static Iterator end() { return {}; }

    // Bytes handed to the parser so far.
    [[nodiscard]] std::int64_t bytesRead() const { return m_bufferStart + static_cast<std::int64_t>(m_at); }
    [[nodiscard]] bool reachedEnd() const { return m_eof; }
    [[nodiscard]] std::int64_t size() const { return m_eof ? m_bufferStart + static_cast<std::int64_t>(m_size) : -1; }
    [[nodiscard]] bool sawContent() const { return m_sawContent; }
    // The parser holds one value whole while reading it: refuse to read on when `bytes` pass after the last value
    // the caller saw end (valueEnded()) without another ending. 0: no limit.
    void setValueLimit(std::int64_t bytes) { m_valueLimit = bytes; }
    void valueEnded() { m_lastValueEnd = bytesRead(); }
    // "line 3, column 14" for a byte in the current or the previous buffer; a byte further back is placed by its
    // offset alone (the parser never looks that far back).
    [[nodiscard]] std::string placeOf(std::int64_t offset) const;

private:
    struct Chunk {
        std::int64_t start = 0;       // offset of its first byte
        std::int64_t linesBefore = 0; // newlines before it
        std::int64_t lineStart = 0;   // offset where the line holding its first byte starts
        std::size_t filled = 0;       // bytes of `bytes` read into
        std::vector<char> bytes;
    };

    [[nodiscard]] bool exhausted() { return m_at == m_size && !refill(); }
    bool refill();

    std::istream& m_in;
    std::array<Chunk, 2> m_chunks; // the current one and the one before
    std::size_t m_current = 0;
    const char* m_buffer = nullptr;
    std::size_t m_size = 0;
    std::size_t m_at = 0;
    std::int64_t m_bufferStart = 0;
    bool m_eof = false;
    bool m_sawContent = false;
    std::int64_t m_valueLimit = 0;
    std::int64_t m_lastValueEnd = 0;
};

} // namespace spasmguide
