// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/terminal_progress.h"

#include <QCoreApplication>
#include <QString>
#include <algorithm>
#include <limits>

#ifdef _WIN32
#include <io.h>
#define SPASMGUIDE_ISATTY(f) _isatty(_fileno(f))
#else
#include <unistd.h>
#define SPASMGUIDE_ISATTY(f) isatty(fileno(f))
#endif

namespace spasmguide {

TerminalProgress::TerminalProgress(std::FILE* out) : m_out(out), m_enabled(SPASMGUIDE_ISATTY(out) != 0) {}

bool TerminalProgress::operator()(const ImportProgress& progress) {
    if (!m_enabled) {
        return true;
    }
    // A line per percent of the file (or per 10,000 records when its size is unknown), not per callback.
    const bool sized = progress.bytesTotal > 0;
    const int step = sized
                         ? static_cast<int>(std::min<std::int64_t>(progress.bytesRead * 100 / progress.bytesTotal, 100))
                         : static_cast<int>(std::min<std::int64_t>(progress.records / 10'000, 1'000'000));
    if (step == m_lastStep) {
        return true;
    }
    m_lastStep = step;
    const int records = static_cast<int>(std::min<std::int64_t>(progress.records, std::numeric_limits<int>::max()));
    const QString line =
        sized ? QCoreApplication::translate("TerminalProgress", "Importing: %Ln record(s), %1% of the file", nullptr,
                                            records)
                    .arg(step)
              : QCoreApplication::translate("TerminalProgress", "Importing: %Ln record(s)", nullptr, records);
    const QByteArray bytes = (QLatin1Char('\r') + line + QStringLiteral("\x1b[K")).toUtf8(); // erase what was longer
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), m_out);
    std::fflush(m_out);
    m_printed = true;
    return true;
}

void TerminalProgress::finish() {
    if (m_printed) {
        std::fputc('\n', m_out);
        std::fflush(m_out);
        m_printed = false;
    }
}

} // namespace spasmguide
