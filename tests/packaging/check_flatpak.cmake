# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The Flatpak manifest cannot be built here (no KDE runtime), so check_flatpak.py checks what can be checked.
find_program(python3 python3)
if(NOT python3)
    message("SKIPPED: python3 is not installed")
    return()
endif()
execute_process(COMMAND "${python3}" -c "import yaml" RESULT_VARIABLE code OUTPUT_QUIET ERROR_QUIET)
if(NOT code EQUAL 0)
    message("SKIPPED: Python's yaml module is not installed (apt install python3-yaml)")
    return()
endif()
execute_process(COMMAND "${python3}" "${CMAKE_CURRENT_LIST_DIR}/check_flatpak.py"
        "${SOURCE}/packaging/flatpak/${APP_ID}.yml" "${APP_ID}" "${BUILD}/CMakeCache.txt"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "${out}")
endif()
message(STATUS "${out}")
