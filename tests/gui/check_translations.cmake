# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a tr() string in the sources has no finished translation in a .ts file: runs lupdate over the
# sources into a copy of the .ts (the committed file is never touched) and lists what is new or unfinished.
# -DLUPDATE=<lupdate> -DSOURCES=<src/gui> -DTS=<file.ts> -DWORK=<scratch folder>. -I <src>: includes read "gui/...",
# and lupdate must find the headers to know each tr() call's class.
get_filename_component(name "${TS}" NAME)
file(MAKE_DIRECTORY "${WORK}")
set(copy "${WORK}/${name}")
file(COPY_FILE "${TS}" "${copy}")
set(plurals_only "")
if(name STREQUAL "spasmguide_en.ts") # English needs only its plural forms
    set(plurals_only -pluralonly)
endif()
execute_process(COMMAND "${LUPDATE}" "${SOURCES}" -I "${SOURCES}/.." -ts "${copy}" ${plurals_only} -no-obsolete -locations none -silent
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result}):\n${output}")
endif()
file(READ "${copy}" ts)
string(REPLACE ";" "@SEMICOLON@" ts "${ts}") # entities such as &lt; would split CMake lists
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    set(list "")
    foreach(entry IN LISTS unfinished)
        string(REGEX REPLACE "<source>([^<]*)</source>.*" "\\1" source "${entry}")
        string(REPLACE "@SEMICOLON@" ";" source "${source}")
        string(APPEND list "  ${source}\n")
    endforeach()
    message(FATAL_ERROR "${name}: ${count} string(s) without a finished translation "
        "(run `cmake --build <build> --target update_translations` and translate them):\n${list}")
endif()
message(STATUS "${name}: every string is translated")
