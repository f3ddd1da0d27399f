# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The AppStream <release> entries, newest first, as "version|date|what changed" (no semicolons: CMake lists). The newest must be the
# project's version: raising the version in the top-level CMakeLists.txt without a line here stops the
# configure step, so the metainfo never describes an older release than the package holds.
set(spasmguide_releases
    "0.1.0|2026-11-23|First release: the warning-sign check, the three self-care steps, the private episode log with charts, export and import, English and Spanish.")

list(GET spasmguide_releases 0 newest)
string(REPLACE "|" ";" newest "${newest}")
list(GET newest 0 newest_version)
if(NOT newest_version STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "packaging/cmake/metainfo_releases.cmake: add a release entry for ${PROJECT_VERSION} "
        "(the newest entry is ${newest_version})")
endif()

set(SPASMGUIDE_RELEASES "")
foreach(entry IN LISTS spasmguide_releases)
    string(REPLACE "|" ";" fields "${entry}")
    list(GET fields 0 version)
    list(GET fields 1 date)
    list(GET fields 2 notes)
    string(REPLACE "&" "&amp\;" notes "${notes}")
    string(REPLACE "<" "&lt\;" notes "${notes}")
    string(APPEND SPASMGUIDE_RELEASES
        "    <release version=\"${version}\" date=\"${date}\">\n"
        "      <description>\n        <p>${notes}</p>\n      </description>\n    </release>\n")
endforeach()
string(STRIP "${SPASMGUIDE_RELEASES}" SPASMGUIDE_RELEASES)
set(SPASMGUIDE_RELEASES "    ${SPASMGUIDE_RELEASES}")
