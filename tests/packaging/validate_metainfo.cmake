# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The metainfo CMake generated from packaging/linux/<app id>.metainfo.xml.in passes
# `appstreamcli validate --no-net` with no error and no warning (AppStream 0.16, Debian 12's, reports nothing
# else either; 1.0 adds an info that <developer_name> is deprecated, but 0.16 does not know its successor), and
# its newest release is the project's version.
find_program(appstreamcli appstreamcli)
if(NOT appstreamcli)
    message("SKIPPED: appstreamcli is not installed (apt install appstream)")
    return()
endif()
execute_process(COMMAND "${appstreamcli}" validate --no-net --explain "${METAINFO}"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0 OR out MATCHES "(^|\n)[EW]: ")
    message(FATAL_ERROR "appstreamcli validate ${METAINFO} (exit ${code}):\n${out}")
endif()
file(READ "${METAINFO}" xml)
string(REGEX MATCH "<release version=\"([^\"]+)\"" newest "${xml}")
if(NOT CMAKE_MATCH_1 STREQUAL VERSION)
    message(FATAL_ERROR "${METAINFO}: the newest release is '${CMAKE_MATCH_1}', the project is ${VERSION}")
endif()
message(STATUS "appstreamcli validate: ${out}")
