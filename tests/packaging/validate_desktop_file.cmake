# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# packaging/linux/<app id>.desktop passes desktop-file-validate with nothing to say (no error, warning or
# hint), is named after the app id and uses it as its icon.
find_program(validator desktop-file-validate)
if(NOT validator)
    message("SKIPPED: desktop-file-validate is not installed (apt install desktop-file-utils)")
    return()
endif()
set(desktop "${SOURCE}/packaging/linux/${APP_ID}.desktop")
execute_process(COMMAND "${validator}" "${desktop}" RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT code EQUAL 0 OR NOT out STREQUAL "")
    message(FATAL_ERROR "desktop-file-validate ${desktop} (exit ${code}):\n${out}")
endif()
file(STRINGS "${desktop}" icon REGEX "^Icon=")
file(STRINGS "${desktop}" exec REGEX "^Exec=")
if(NOT icon STREQUAL "Icon=${APP_ID}" OR NOT exec STREQUAL "Exec=spasmguide")
    message(FATAL_ERROR "${desktop}: expected Icon=${APP_ID} and Exec=spasmguide, found ${icon} ${exec}")
endif()
message(STATUS "desktop-file-validate: ${desktop}: no errors, warnings or hints")
