# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# `cmake --install` with DESTDIR lays out the FHS tree under a staging folder; the staged binary runs from there
# and finds its content and translations relative to itself (relocatable); `appstreamcli validate-tree` finds
# the desktop file, metainfo and icons consistent.
include("${CMAKE_CURRENT_LIST_DIR}/installed_app.cmake")
file(REMOVE_RECURSE "${WORK}")
set(stage "${WORK}/stage")
execute_process(COMMAND "${CMAKE_COMMAND}" -E env "DESTDIR=${stage}" "${CMAKE_COMMAND}" --install "${BUILD}" --prefix /usr
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "cmake --install failed (exit ${code}):\n${out}")
endif()
check_installed_tree("${stage}")
check_installed_app("${stage}")

find_program(appstreamcli appstreamcli)
if(appstreamcli)
    execute_process(COMMAND "${appstreamcli}" validate-tree --no-net "${stage}"
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
    if(NOT code EQUAL 0 OR out MATCHES "(^|\n) *[EW]: ")
        message(FATAL_ERROR "appstreamcli validate-tree ${stage} (exit ${code}):\n${out}")
    endif()
    message(STATUS "appstreamcli validate-tree: ${out}")
else()
    message(STATUS "appstreamcli is not installed: the staged tree was not validated as a whole")
endif()
