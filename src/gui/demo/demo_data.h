// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/time/clock.h"

#include <QString>
#include <QTemporaryDir>

namespace spasmguide {

// --demo's data folder: a temporary folder holding the sample log, and the settings and log files of the demo run,
// removed when the run ends. The person's own data folder is never named, read or written.
class DemoData final {
public:
    DemoData() = default;
    Q_DISABLE_COPY_MOVE(DemoData)

    [[nodiscard]] QString path() const { return m_dir.path(); }
    // Fills the folder's log with the sample episodes, ending at the clock's now. Returns what went wrong, or empty.
    [[nodiscard]] QString fill(const Clock& clock);

private:
    QTemporaryDir m_dir;
};

} // namespace spasmguide
