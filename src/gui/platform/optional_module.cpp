// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/platform/optional_module.h"

#include "gui/app/install_layout.h"

#include <QDir>
#include <QLibrary>
#include <spdlog/spdlog.h>

namespace spasmguide {

OptionalModule::OptionalModule(QString name) : m_name(std::move(name)) {}

OptionalModule::~OptionalModule() = default;

QStringList OptionalModule::searchFolders() {
    QStringList folders;
    if (const QString override = qEnvironmentVariable("SPASMGUIDE_MODULE_DIR"); !override.isEmpty()) {
        folders << override;
    }
    folders << installedModuleFolder();
    return folders;
}

QFunctionPointer OptionalModule::resolve(const char* symbol) {
    if (!m_library) {
        QStringList tried;
        for (const QString& folder : searchFolders()) {
            auto library = std::make_unique<QLibrary>(QDir(folder).filePath(m_name));
            library->setLoadHints(QLibrary::PreventUnloadHint); // its objects may outlive any owner
            if (library->load()) {
                spdlog::info("loaded the {} module from {}", m_name.toStdString(), folder.toStdString());
                m_library = std::move(library);
                break;
            }
            tried << library->errorString();
        }
        if (!m_library) {
            m_error = tried.join(QStringLiteral("; "));
            spdlog::warn("the {} module could not be loaded: {}", m_name.toStdString(), m_error.toStdString());
            m_library = std::make_unique<QLibrary>(); // not loaded: the search is not repeated
            return nullptr;
        }
    }
    if (!m_library->isLoaded()) {
        return nullptr;
    }
    QFunctionPointer function = m_library->resolve(symbol);
    if (!function) {
        m_error = m_library->errorString();
        spdlog::warn("the {} module has no {}: {}", m_name.toStdString(), symbol, m_error.toStdString());
    }
    return function;
}

} // namespace spasmguide
