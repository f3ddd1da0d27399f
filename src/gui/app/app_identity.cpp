// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/app_identity.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QStringList>
#include <algorithm>

namespace spasmguide {

QString appId() {
    return QStringLiteral(SPASMGUIDE_APP_ID);
}

void setApplicationIdentity() {
    QStringList parts = appId().split(QLatin1Char('.'));
    const QString name = parts.takeLast();
    std::reverse(parts.begin(), parts.end());
    QCoreApplication::setOrganizationDomain(parts.join(QLatin1Char('.')));
    QCoreApplication::setApplicationName(name);
    QGuiApplication::setDesktopFileName(appId());
}

QIcon applicationIcon() {
    QIcon icon;
    // Sizes given up front: Qt then decodes only the size a window manager actually asks for.
    for (const int size : {16, 24, 32, 48, 64, 128, 256}) {
        icon.addFile(QStringLiteral(":/icons/spasmguide-%1.png").arg(size), QSize(size, size));
    }
    return icon;
}

} // namespace spasmguide
