// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace spasmguide {

// A file that is not a valid SpasmGuide log. The message names the place, e.g.
// "episodes/3/checkIns/0/pain: must be a whole number from 0 to 10", and never quotes the person's data.
class LogFormatError final : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Where a value sits in a log file, e.g. episodes/3/checkIns/1/pain. A chain of places on the stack, spelled out
// only when a message needs it, so reading a million check-ins builds no path strings. A place must not outlive
// its parent, nor the key it was given.
class Place final {
public:
    Place() = default; // the whole document
    Place(const Place& parent, std::string_view key) : m_parent(&parent), m_key(key) {}
    Place(const Place& parent, std::size_t index) : m_parent(&parent), m_index(index), m_isIndex(true) {}

    [[nodiscard]] std::string text() const {
        if (!m_parent) {
            return {};
        }
        std::string parent = m_parent->text();
        if (!parent.empty()) {
            parent += '/';
        }
        return m_isIndex ? parent + std::to_string(m_index) : parent + std::string(m_key);
    }

    // "<place>: <message>"
    [[noreturn]] void fail(const std::string& message) const { throw LogFormatError(text() + ": " + message); }

private:
    const Place* m_parent = nullptr;
    std::string_view m_key;
    std::size_t m_index = 0;
    bool m_isIndex = false;
};

} // namespace spasmguide
