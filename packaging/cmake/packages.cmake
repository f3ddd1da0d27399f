# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPack: `cpack` in a build folder makes, on Linux, a .deb (dependencies computed from the shared libraries),
# a .tar.gz and, when rpmbuild is installed, an .rpm; on Windows an NSIS installer (Start-menu shortcut,
# uninstaller); on macOS a drag-and-drop .dmg. packaging/release.sh runs it for a release.
set(CPACK_PACKAGE_NAME "spasmguide")
set(CPACK_PACKAGE_VENDOR "SpasmGuide contributors")
# A placeholder, like the web address, until the project is published.
set(CPACK_PACKAGE_CONTACT "SpasmGuide contributors <spasmguide@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Lines of at most 80 characters, as Debian's long descriptions want them.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
    "SpasmGuide walks someone through an acute low-back spasm: a warning-sign check"
    "that says when to get medical help, then heat, medication and finding the cause,"
    "in large readable screens. It keeps a private episode log on this computer and"
    "makes no network connections. Educational self-care guidance: it does not"
    "diagnose, prescribe or give doses.")
set(CPACK_PACKAGE_HOMEPAGE_URL "${SPASMGUIDE_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "SpasmGuide")
set(CPACK_PACKAGE_EXECUTABLES "spasmguide" "SpasmGuide") # the Start-menu shortcut
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)
set(CPACK_VERBATIM_VARIABLES ON)

if(WIN32)
    set(CPACK_GENERATOR "NSIS;ZIP")
    set(CPACK_NSIS_PACKAGE_NAME "SpasmGuide")
    set(CPACK_NSIS_DISPLAY_NAME "SpasmGuide")
    file(TO_NATIVE_PATH "${PROJECT_SOURCE_DIR}/resources/icons/spasmguide.ico" ico) # NSIS wants backslashes
    set(CPACK_NSIS_MUI_ICON "${ico}")
    set(CPACK_NSIS_MUI_UNIICON "${ico}")
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\spasmguide.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${SPASMGUIDE_HOMEPAGE}")
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "spasmguide.exe")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_DMG_VOLUME_NAME "SpasmGuide")
    set(CPACK_DMG_FORMAT "UDZO")
    set(CPACK_PACKAGE_ICON "${PROJECT_SOURCE_DIR}/resources/icons/spasmguide.icns")
else()
    set(CPACK_GENERATOR "DEB;TGZ")
    find_program(SPASMGUIDE_RPMBUILD rpmbuild)
    if(SPASMGUIDE_RPMBUILD)
        list(APPEND CPACK_GENERATOR "RPM")
    endif()

    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
    set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")
    # dpkg-shlibdeps adds the libraries the binary links; Qt's SVG plugin (the style's check marks) it cannot see.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6svg6")
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n")

    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE "GPL-3.0-or-later")
    set(CPACK_RPM_PACKAGE_GROUP "Applications/Productivity")
    set(CPACK_RPM_PACKAGE_URL "${SPASMGUIDE_HOMEPAGE}")
    # rpmbuild computes the library dependencies; the folders below belong to the system, not to this package.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/doc /usr/share/icons /usr/share/icons/hicolor
        /usr/share/icons/hicolor/scalable /usr/share/icons/hicolor/scalable/apps)
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            /usr/share/icons/hicolor/${size}x${size} /usr/share/icons/hicolor/${size}x${size}/apps)
    endforeach()
endif()

include(CPack)
