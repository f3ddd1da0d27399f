# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Where an installed SpasmGuide keeps its files on each system. Included before src/, because the app finds
# its read-only data (content/, translations/) from its own binary's folder: SPASMGUIDE_DATADIR_FROM_BIN.
#   Linux    bin/spasmguide             share/spasmguide/{content,translations}   (FHS, GNUInstallDirs)
#                                       lib[/<multiarch>]/spasmguide/*.so         the optional modules
#   Windows  bin/spasmguide.exe         bin/{content,translations}, the modules and Qt DLLs beside the binary
#   macOS    SpasmGuide.app/Contents/MacOS/SpasmGuide   SpasmGuide.app/Contents/Resources/{content,...}
#                                                       SpasmGuide.app/Contents/PlugIns/spasmguide (modules)
# The modules folder is found the same way: SPASMGUIDE_MODULEDIR_FROM_BIN.
include(GNUInstallDirs)

if(WIN32)
    set(SPASMGUIDE_INSTALL_BINDIR "bin")
    set(SPASMGUIDE_INSTALL_DATADIR "bin")
    set(SPASMGUIDE_DATADIR_FROM_BIN ".")
    set(SPASMGUIDE_INSTALL_MODULEDIR "bin")
    set(SPASMGUIDE_MODULEDIR_FROM_BIN ".")
elseif(APPLE)
    set(SPASMGUIDE_BUNDLE_NAME "SpasmGuide")
    set(SPASMGUIDE_INSTALL_BINDIR ".")
    set(SPASMGUIDE_INSTALL_DATADIR "${SPASMGUIDE_BUNDLE_NAME}.app/Contents/Resources")
    set(SPASMGUIDE_DATADIR_FROM_BIN "../Resources")
    set(SPASMGUIDE_INSTALL_MODULEDIR "${SPASMGUIDE_BUNDLE_NAME}.app/Contents/PlugIns/spasmguide")
    set(SPASMGUIDE_MODULEDIR_FROM_BIN "../PlugIns/spasmguide")
else()
    set(SPASMGUIDE_INSTALL_BINDIR "${CMAKE_INSTALL_BINDIR}")
    set(SPASMGUIDE_INSTALL_DATADIR "${CMAKE_INSTALL_DATADIR}/spasmguide")
    # Relative, so the tree works wherever it is unpacked: a prefix, a DESTDIR staging folder, a tarball.
    file(RELATIVE_PATH SPASMGUIDE_DATADIR_FROM_BIN "/prefix/${SPASMGUIDE_INSTALL_BINDIR}"
        "/prefix/${SPASMGUIDE_INSTALL_DATADIR}")
    set(SPASMGUIDE_INSTALL_MODULEDIR "${CMAKE_INSTALL_LIBDIR}/spasmguide")
    file(RELATIVE_PATH SPASMGUIDE_MODULEDIR_FROM_BIN "/prefix/${SPASMGUIDE_INSTALL_BINDIR}"
        "/prefix/${SPASMGUIDE_INSTALL_MODULEDIR}")
endif()
