# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The app binary does not link the libraries its optional modules exist to keep out of start-up (Qt
# PrintSupport and TextToSpeech): linked, the loader would map and relocate them before the first paint.
# Reads the binary's DT_NEEDED entries with readelf (binutils).
find_program(READELF readelf REQUIRED)
execute_process(COMMAND "${READELF}" -d "${APP}" RESULT_VARIABLE code OUTPUT_VARIABLE dynamic ERROR_VARIABLE error)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "readelf -d ${APP} failed: ${error}")
endif()
string(REGEX MATCHALL "\\(NEEDED\\)[^\n]*\\[([^]]+)\\]" needed "${dynamic}")
if(NOT needed)
    message(FATAL_ERROR "no NEEDED entries read from ${APP}:\n${dynamic}")
endif()
foreach(library Qt6PrintSupport Qt6TextToSpeech)
    if(dynamic MATCHES "\\[lib${library}\\.so")
        message(FATAL_ERROR "${APP} links lib${library} at start-up; it belongs in a module:\n${needed}")
    endif()
endforeach()
list(LENGTH needed count)
message(STATUS "${count} libraries linked, none of them Qt PrintSupport or TextToSpeech")
