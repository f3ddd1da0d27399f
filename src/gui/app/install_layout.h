// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace spasmguide {

// A folder of an installed SpasmGuide's read-only files ("content", "translations"), found from the binary's
// own folder, so a package works wherever it is unpacked or staged (DESTDIR): <prefix>/share/spasmguide on
// Linux, beside the .exe on Windows, Contents/Resources in the macOS bundle (packaging/cmake/install_layout.cmake).
// Empty when there is no such folder, as in a build tree.
[[nodiscard]] QString installedDataPath(const QString& name);
// The folder the optional modules are installed in (optional_module.h), found the same way; the build tree puts
// them there too. The path is given whether or not the folder exists.
[[nodiscard]] QString installedModuleFolder();

} // namespace spasmguide
