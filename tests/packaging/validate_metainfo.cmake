# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The metainfo CMake generated from packaging/linux/<app id>.metainfo.xml.in passes
# `appstreamcli validate --no-net --strict` (which fails on any warning or info, not only errors), and its
# newest release is the project's version.
find_program(appstreamcli appstreamcli)
if(NOT appstreamcli)
    message("SKIPPED: appstreamcli is not installed (apt install appstream)")
    return()
endif()
execute_process(COMMAND "${appstreamcli}" validate --no-net --strict --explain "${METAINFO}"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate ${METAINFO} (exit ${code}):\n${out}")
endif()
file(READ "${METAINFO}" xml)
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
message(STATUS "appstreamcli validate --strict: ${out}")
