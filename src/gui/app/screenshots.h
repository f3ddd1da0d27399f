// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spasmguide {

class MainWindow;

// Shows each screen in turn and saves it as <dir>/<screen-id>.png at the window's size.
// Returns the files it could not write (empty on success).
QStringList saveAllScreens(MainWindow& window, const QString& dir);

} // namespace spasmguide
