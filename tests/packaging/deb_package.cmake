# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# CPack makes the .deb from this build; its control data names the version and the Qt libraries dpkg-shlibdeps
# found; unpacked into a temporary root (as `dpkg -i` would place it, without needing root), the binary runs:
# --version, and --validate-content on the content the package installed.
include("${CMAKE_CURRENT_LIST_DIR}/installed_app.cmake")
find_program(dpkg_deb dpkg-deb)
find_program(shlibdeps dpkg-shlibdeps)
if(NOT dpkg_deb OR NOT shlibdeps)
    message("SKIPPED: dpkg-deb or dpkg-shlibdeps is not installed (apt install dpkg-dev)")
    return()
endif()
file(REMOVE_RECURSE "${WORK}")
execute_process(COMMAND "${CPACK}" -G DEB --config "${BUILD}/CPackConfig.cmake" -B "${WORK}/out"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
file(GLOB debs "${WORK}/out/*.deb")
list(LENGTH debs count)
if(NOT code EQUAL 0 OR NOT count EQUAL 1)
    message(FATAL_ERROR "cpack -G DEB (exit ${code}) made ${count} .deb files:\n${out}")
endif()
file(SIZE "${debs}" bytes)
message(STATUS "${debs}: ${bytes} bytes")

execute_process(COMMAND "${dpkg_deb}" --field "${debs}" Package Version Depends
    RESULT_VARIABLE code OUTPUT_VARIABLE control ERROR_VARIABLE control)
message(STATUS "control:\n${control}")
foreach(expected "Package: spasmguide\n" "Version: ${VERSION}\n" "libqt6widgets6" "libqt6svg6"
        "libsqlite3")
    string(FIND "${control}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the .deb's control data lacks '${expected}':\n${control}")
    endif()
endforeach()

set(root "${WORK}/root")
execute_process(COMMAND "${dpkg_deb}" --extract "${debs}" "${root}" RESULT_VARIABLE code ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "dpkg-deb --extract failed: ${out}")
endif()
check_installed_tree("${root}")
check_installed_app("${root}")
