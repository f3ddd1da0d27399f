// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/content/resource_content_files.h"

#include <QFile>
#include <QFileInfo>

namespace spasmguide {
namespace {
QString resourcePath(const std::string& relativePath) {
    return QStringLiteral(":/content/") + QString::fromStdString(relativePath);
}
} // namespace

FileRead ResourceContentFiles::read(const std::string& relativePath) const {
    QFile file(resourcePath(relativePath));
    if (!file.exists()) {
        return {FileRead::Status::Missing, {}, "file is missing"};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return {FileRead::Status::Unreadable, {}, "cannot be read"};
    }
    const QByteArray bytes = file.readAll();
    return {FileRead::Status::Ok, bytes.toStdString(), {}};
}

bool ResourceContentFiles::hasDirectory(const std::string& relativePath) const {
    return QFileInfo(resourcePath(relativePath)).isDir();
}

std::string ResourceContentFiles::displayPath(const std::string& relativePath) const {
    return "<built-in>/" + relativePath;
}

} // namespace spasmguide
