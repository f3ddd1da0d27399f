// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/window_geometry.h"

#include <QFile>
#include <QGuiApplication>
#include <QRect>
#include <QScreen>
#include <QSettings>
#include <QWidget>

namespace spasmguide {
namespace {

const QString kGeometry = QStringLiteral("window/geometry");

} // namespace

QSize firstRunSize(const QSize& available) {
    const QSize roomy = available * 0.9;
    return kDesignedWindowSize.boundedTo(roomy);
}

void restoreWindowGeometry(QWidget& window, const QString& settingsFile) {
    const QSettings settings(settingsFile, QSettings::IniFormat);
    // Qt moves a saved place that is now off every screen (a monitor unplugged) back onto one.
    if (window.restoreGeometry(settings.value(kGeometry).toByteArray())) {
        return;
    }
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(QPoint(0, 0), kDesignedWindowSize);
    QRect frame(QPoint(0, 0), firstRunSize(available.size()));
    frame.moveCenter(available.center());
    window.resize(frame.size());
    window.move(frame.topLeft());
}

void saveWindowGeometry(const QWidget& window, const QString& settingsFile) {
    QSettings settings(settingsFile, QSettings::IniFormat);
    settings.setValue(kGeometry, window.saveGeometry());
    settings.sync();
    // Like the other settings: readable by the user only.
    QFile::setPermissions(settingsFile, QFile::ReadOwner | QFile::WriteOwner);
}

} // namespace spasmguide
