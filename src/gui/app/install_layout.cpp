// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/install_layout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace spasmguide {

QString installedDataPath(const QString& name) {
    const QDir binaryDir(QCoreApplication::applicationDirPath());
    const QString path = QDir::cleanPath(binaryDir.filePath(QStringLiteral(SPASMGUIDE_DATADIR_FROM_BIN "/") + name));
    return QFileInfo(path).isDir() ? path : QString();
}

QString installedModuleFolder() {
    const QDir binaryDir(QCoreApplication::applicationDirPath());
    return QDir::cleanPath(binaryDir.filePath(QStringLiteral(SPASMGUIDE_MODULEDIR_FROM_BIN)));
}

} // namespace spasmguide
