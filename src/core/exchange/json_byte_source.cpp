// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/json_byte_source.h"

#include "core/exchange/log_json_place.h"

#include <algorithm>
#include <istream>

namespace spasmguide {

namespace {

bool isWhiteSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

} // namespace

JsonByteSource::JsonByteSource(std::istream& in) : m_in(in) {
    for (Chunk& chunk : m_chunks) {
        chunk.bytes.resize(kBufferSize);
    }
}

bool JsonByteSource::refill() {
    if (m_eof) {
        return false;
    }
    if (m_valueLimit > 0 && bytesRead() - m_lastValueEnd > m_valueLimit) {
        throw LogFormatError("the file is not a SpasmGuide log: a value near " + placeOf(m_lastValueEnd) +
                             " is longer than " + std::to_string(m_valueLimit >> 20) + " MB");
    }
    // Looked for before the other buffer is overwritten, so the last one read can still be placed.
    if (m_in.peek() == std::char_traits<char>::eof()) {
        m_eof = true;
        return false;
    }
    const Chunk& done = m_chunks[m_current];
    Chunk& next = m_chunks[1 - m_current];
    next.start = m_bufferStart + static_cast<std::int64_t>(m_size);
    next.linesBefore = done.linesBefore;
    next.lineStart = done.lineStart;
    if (m_buffer) { // the lines of the buffer just read
        const auto* first = done.bytes.data();
        const auto* last = first + m_size;
        next.linesBefore += std::count(first, last, '\n');
        const auto newline = std::find(std::make_reverse_iterator(last), std::make_reverse_iterator(first), '\n');
        if (newline.base() != first) {
            next.lineStart = done.start + (newline.base() - first);
        }
    }
    m_in.read(next.bytes.data(), static_cast<std::streamsize>(next.bytes.size()));
    next.filled = static_cast<std::size_t>(std::max<std::streamsize>(m_in.gcount(), 0));
    m_current = 1 - m_current;
    m_bufferStart = next.start;
    m_buffer = next.bytes.data();
    m_size = next.filled;
    m_at = 0;
    if (!m_sawContent) {
        m_sawContent = std::any_of(m_buffer, m_buffer + m_size, [](char c) { return !isWhiteSpace(c); });
    }
    return true;
}

std::string JsonByteSource::placeOf(std::int64_t offset) const {
    for (std::size_t i = 0; i < m_chunks.size(); ++i) {
        const Chunk& chunk = m_chunks[(m_current + m_chunks.size() - i) % m_chunks.size()];
        if (offset < chunk.start || offset >= chunk.start + static_cast<std::int64_t>(chunk.filled)) {
            continue;
        }
        const auto* first = chunk.bytes.data();
        const auto* at = first + (offset - chunk.start);
        std::int64_t line = chunk.linesBefore + std::count(first, at, '\n') + 1;
        std::int64_t lineStart = chunk.lineStart;
        const auto newline = std::find(std::make_reverse_iterator(at), std::make_reverse_iterator(first), '\n');
        if (newline.base() != first) {
            lineStart = chunk.start + (newline.base() - first);
        }
        return "line " + std::to_string(line) + ", column " + std::to_string(offset - lineStart + 1);
    }
    return "byte " + std::to_string(offset + 1);
}

} // namespace spasmguide
