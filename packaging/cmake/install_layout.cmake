# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Where an installed SpasmGuide keeps its files on each system. Included before src/, because the app finds
# its read-only data (content/, translations/) from its own binary's folder: SPASMGUIDE_DATADIR_FROM_BIN.
#   Linux    bin/spasmguide             share/spasmguide/{content,translations}   (FHS, GNUInstallDirs)
#   Windows  bin/spasmguide.exe         bin/{content,translations}, beside the binary and its Qt DLLs
#   macOS    SpasmGuide.app/Contents/MacOS/SpasmGuide   SpasmGuide.app/Contents/Resources/{content,...}
include(GNUInstallDirs)

if(WIN32)
    set(SPASMGUIDE_INSTALL_BINDIR "bin")
    set(SPASMGUIDE_INSTALL_DATADIR "bin")
    set(SPASMGUIDE_DATADIR_FROM_BIN ".")
elseif(APPLE)
    set(SPASMGUIDE_BUNDLE_NAME "SpasmGuide")
    set(SPASMGUIDE_INSTALL_BINDIR ".")
    set(SPASMGUIDE_INSTALL_DATADIR "${SPASMGUIDE_BUNDLE_NAME}.app/Contents/Resources")
    set(SPASMGUIDE_DATADIR_FROM_BIN "../Resources")
else()
    set(SPASMGUIDE_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(SPASMGUIDE_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/spasmguide")
    # Relative, so the tree works wherever it is unpacked: a prefix, a DESTDIR staging folder, a tarball.
    file(RELATIVE_PATH SPASMGUIDE_DATADIR_FROM_BIN "/prefix/${SPASMGUIDE_INSTALL_BINDIR}"
        "/prefix/${SPASMGUIDE_INSTALL_DATADIR}")
endif()
