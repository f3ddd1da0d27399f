// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace spasmguide {

// The size the screens are designed for, also used for screenshots and the start-up benchmark.
inline constexpr QSize kDesignedWindowSize{1280, 800};

// The first-run size: the designed size, shrunk to fit 90% of the screen's available area (in
// device-independent pixels, so a high-DPI screen is measured as it looks).
[[nodiscard]] QSize firstRunSize(const QSize& available);

// Puts the window where it was when last closed (size, place, maximised), kept in the settings file
// (<data dir>/settings.ini, beside the Settings screen's choices); on first run, centred at firstRunSize().
void restoreWindowGeometry(QWidget& window, const QString& settingsFile);
void saveWindowGeometry(const QWidget& window, const QString& settingsFile);

} // namespace spasmguide
