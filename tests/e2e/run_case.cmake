cmake_minimum_required(VERSION 3.25)
# Runs APP with ARGS in a fresh WORK folder (also its working directory, so relative paths in the output are
# stable) and checks the exit code, stdout/stderr regexes, golden files and files. "@WORK@" in ARGS is replaced
# by the work folder. SETUP "broken" prepares a broken content root; SETUP "fixture:NAME" builds the content
# root WORK/NAME from fixtures/minimal with fixtures/NAME laid over it. GOLDEN_STDOUT/GOLDEN_STDERR name files
# the output must equal exactly; run with SPASMGUIDE_UPDATE_GOLDEN=1 in the environment to rewrite them.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

if(SETUP MATCHES "^fixture:(.+)$")
    set(fixture "${CMAKE_MATCH_1}")
    file(COPY "${FIXTURES}/minimal/" DESTINATION "${WORK}/${fixture}")
    # file(COPY) skips a file whose time matches the one it would replace, as a fresh checkout's often do.
    file(GLOB_RECURSE layer RELATIVE "${FIXTURES}/${fixture}" "${FIXTURES}/${fixture}/*")
    foreach(relative IN LISTS layer)
        get_filename_component(folder "${WORK}/${fixture}/${relative}" DIRECTORY)
        file(MAKE_DIRECTORY "${folder}")
        file(COPY_FILE "${FIXTURES}/${fixture}/${relative}" "${WORK}/${fixture}/${relative}")
    endforeach()
endif()

if(SETUP STREQUAL "broken")
    file(COPY "${CONTENT}/" DESTINATION "${WORK}/broken")
    file(WRITE "${WORK}/broken/en/patterns.json"
        "{\n  \"patterns\": [\n    {\"id\": \"disc\", \"name\": 42, \"explanation\": \"Local irritation\"}\n  ]\n}\n")
endif()

# SETUP "bom": the shipped content with a UTF-8 byte-order mark before every file, as Windows editors save it.
if(SETUP STREQUAL "bom")
    file(COPY "${CONTENT}/" DESTINATION "${WORK}/bom")
    string(ASCII 239 187 191 bom)
    file(GLOB files "${WORK}/bom/*/*.json")
    foreach(path IN LISTS files)
        file(READ "${path}" body)
        file(WRITE "${path}" "${bom}${body}")
    endforeach()
endif()

# SETUP "overflow": the shipped content with one step numbered 1e999, a number no double can hold.
if(SETUP STREQUAL "overflow")
    file(COPY "${CONTENT}/" DESTINATION "${WORK}/overflow")
    file(READ "${WORK}/overflow/en/steps.json" body)
    string(REGEX REPLACE "\"number\": 1([,\n])" "\"number\": 1e999\\1" body "${body}")
    file(WRITE "${WORK}/overflow/en/steps.json" "${body}")
endif()

if(SETUP STREQUAL "badlog")
    file(WRITE "${WORK}/bad.json" "{\"format\": \"spasmguide-log\", \"formatVersion\": 1, \"episodes\": [")
endif()

string(REPLACE "@WORK@" "${WORK}" args "${ARGS}")
string(REPLACE "|" ";" args "${args}")
string(REPLACE "|" ";" EXPECT_FILES "${EXPECT_FILES}")
execute_process(COMMAND "${APP}" ${args} WORKING_DIRECTORY "${WORK}"
    RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)

set(failures "")
if(NOT "${code}" STREQUAL "${EXPECT_EXIT}")
    string(APPEND failures "exit code ${code}, expected ${EXPECT_EXIT}\n")
endif()
if(EXPECT_STDOUT AND NOT out MATCHES "${EXPECT_STDOUT}")
    string(APPEND failures "stdout does not match '${EXPECT_STDOUT}'\n")
endif()
if(EXPECT_STDERR AND NOT err MATCHES "${EXPECT_STDERR}")
    string(APPEND failures "stderr does not match '${EXPECT_STDERR}'\n")
endif()
foreach(stream stdout stderr)
    string(TOUPPER "GOLDEN_${stream}" golden)
    set(actual "${out}")
    if(stream STREQUAL "stderr")
        set(actual "${err}")
    endif()
    if(NOT ${golden})
        continue()
    endif()
    if(DEFINED ENV{SPASMGUIDE_UPDATE_GOLDEN})
        file(WRITE "${${golden}}" "${actual}")
        continue()
    endif()
    file(READ "${${golden}}" expected)
    if(NOT actual STREQUAL expected)
        file(WRITE "${WORK}/actual.${stream}" "${actual}")
        string(APPEND failures "${stream} differs from ${${golden}} (actual output: ${WORK}/actual.${stream})\n"
            "--- expected ${stream} ---\n${expected}\n")
    endif()
endforeach()
foreach(expected IN LISTS EXPECT_FILES)
    if(NOT EXISTS "${WORK}/${expected}")
        string(APPEND failures "missing file ${expected}\n")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "${APP} ${args}\n${failures}--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
message(STATUS "ok: ${APP} ${args}")
