// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screenshots.h"

#include "main_window.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>

namespace spasmguide {

QStringList saveAllScreens(MainWindow& window, const QString& dir) {
    QStringList failed;
    if (!QDir().mkpath(dir)) {
        return {dir};
    }
    for (const QString& id : window.screenIds()) {
        window.showScreen(id);
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(id + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            failed << file;
        }
    }
    return failed;
}

} // namespace spasmguide
