// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/screenshots.h"

#include "gui/history/insights_screen.h"
#include "gui/shell/main_window.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QPixmap>
#include <QTimer>

namespace spasmguide {

QStringList saveAllScreens(MainWindow& window, const QString& dir) {
    QStringList failed;
    if (!QDir().mkpath(dir)) {
        return {dir};
    }
    for (const QString& id : window.screenIds()) {
        window.showScreen(id);
        // Insights are computed on a worker thread: the picture shows them, not "Looking through your log".
        if (auto* insights = qobject_cast<InsightsScreen*>(window.screen(id)); insights && insights->isComputing()) {
            QEventLoop loop;
            QObject::connect(insights, &InsightsScreen::computed, &loop, &QEventLoop::quit);
            QTimer::singleShot(10000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QApplication::processEvents();
        const QString file = QDir(dir).filePath(id + QStringLiteral(".png"));
        if (!window.grab().save(file)) {
            failed << file;
        }
    }
    return failed;
}

} // namespace spasmguide
