# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# What the spasmguide executable needs on Windows and macOS to look like an app: on Windows the icon and version
# resource (packaging/windows/spasmguide.rc.in); on macOS the bundle's name, Info.plist (bundle id, version,
# high-DPI) and .icns. Linux needs nothing here: its desktop file and icons are installed by packaging/.
function(spasmguide_add_platform_files target)
    set(icons "${PROJECT_SOURCE_DIR}/resources/icons")
    if(WIN32)
        set(SPASMGUIDE_ICO "${icons}/spasmguide.ico")
        configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/spasmguide.rc.in"
            "${CMAKE_CURRENT_BINARY_DIR}/spasmguide.rc" @ONLY)
        target_sources(${target} PRIVATE "${CMAKE_CURRENT_BINARY_DIR}/spasmguide.rc")
    elseif(APPLE)
        configure_file("${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
            "${CMAKE_CURRENT_BINARY_DIR}/Info.plist" @ONLY)
        set_source_files_properties("${icons}/spasmguide.icns" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
        target_sources(${target} PRIVATE "${icons}/spasmguide.icns")
        set_target_properties(${target} PROPERTIES
            OUTPUT_NAME "${SPASMGUIDE_BUNDLE_NAME}"
            MACOSX_BUNDLE_INFO_PLIST "${CMAKE_CURRENT_BINARY_DIR}/Info.plist")
    endif()
endfunction()
