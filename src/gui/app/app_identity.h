// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>
#include <QString>

namespace spasmguide {

// The one reverse-DNS application id, io.github.spasmguide.SpasmGuide: the desktop file, the AppStream
// metainfo and the icon are named after it (set in the top-level CMakeLists.txt).
[[nodiscard]] QString appId();

// Tells Qt who the app is, all from appId(): the organisation domain (spasmguide.github.io), the application
// name (SpasmGuide) and the desktop file name (for Wayland and task bars). The organisation *name* stays
// empty on purpose: the data folder (<app data>/SpasmGuide) then stays where earlier versions kept it.
void setApplicationIdentity();

// The icon drawn for the app (resources/icons), at every size a window manager may ask for.
[[nodiscard]] QIcon applicationIcon();

} // namespace spasmguide
