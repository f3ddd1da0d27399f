// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFunctionPointer>
#include <QString>
#include <QStringList>
#include <memory>

class QLibrary;

namespace spasmguide {

// A part of the app built as a module of its own (modules/): the print dialog and speech, whose Qt libraries
// would otherwise be loaded, relocated and paged in on every launch, before the first paint, for features most
// launches never use. Loaded on the first resolve() and never unloaded.
//
// Modules are looked for in $SPASMGUIDE_MODULE_DIR (tests, and developers running a test binary), then in the
// installed module folder relative to the binary (packaging/cmake/install_layout.cmake), which is also where
// the build tree puts them beside bin/.
class OptionalModule {
public:
    explicit OptionalModule(QString name);
    ~OptionalModule();
    OptionalModule(const OptionalModule&) = delete;
    OptionalModule& operator=(const OptionalModule&) = delete;

    // The exported function `symbol`, loading the module on first use; nullptr when the module or the function
    // is missing (then errorString() says why, and it is logged once).
    [[nodiscard]] QFunctionPointer resolve(const char* symbol);
    // resolve(), as the function type the module's header declares for `symbol`.
    template <typename Function> [[nodiscard]] Function resolveAs(const char* symbol) {
        return reinterpret_cast<Function>(resolve(symbol));
    }
    [[nodiscard]] const QString& errorString() const { return m_error; }

    // The folders searched, in order.
    [[nodiscard]] static QStringList searchFolders();

private:
    QString m_name;
    std::unique_ptr<QLibrary> m_library;
    QString m_error;
};

} // namespace spasmguide
