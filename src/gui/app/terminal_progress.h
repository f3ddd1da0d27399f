// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/exchange/json_import.h"

#include <cstdio>

namespace spasmguide {

// `spasmguide --import` on a terminal: the import's progress on one line, rewritten in place. Silent when the stream
// is not a terminal (a pipe or a file gets only the outcome), so scripts read what they always read.
class TerminalProgress final {
public:
    explicit TerminalProgress(std::FILE* out);

    [[nodiscard]] bool enabled() const { return m_enabled; }
    // For ImportOptions::progress; never cancels.
    bool operator()(const ImportProgress& progress);
    // Ends the progress line, if one was printed, so the outcome starts on a line of its own.
    void finish();

private:
    std::FILE* m_out;
    bool m_enabled;
    bool m_printed = false;
    int m_lastStep = -1;
};

} // namespace spasmguide
