cmake_minimum_required(VERSION 3.25)
# Runs APP with ARGS in a fresh WORK folder and checks the exit code, stdout/stderr regexes and files.
# "@WORK@" in ARGS is replaced by the work folder. SETUP "broken" prepares a broken content root.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

if(SETUP STREQUAL "broken")
    file(COPY "${CONTENT}/" DESTINATION "${WORK}/broken")
    file(WRITE "${WORK}/broken/en/patterns.json"
        "{\n  \"patterns\": [\n    {\"id\": \"disc\", \"name\": 42, \"explanation\": \"Local irritation\"}\n  ]\n}\n")
endif()

if(SETUP STREQUAL "badlog")
    file(WRITE "${WORK}/bad.json" "{\"format\": \"spasmguide-log\", \"formatVersion\": 1, \"episodes\": [")
endif()

string(REPLACE "@WORK@" "${WORK}" args "${ARGS}")
string(REPLACE "|" ";" args "${args}")
string(REPLACE "|" ";" EXPECT_FILES "${EXPECT_FILES}")
execute_process(COMMAND "${APP}" ${args}
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
foreach(expected IN LISTS EXPECT_FILES)
    if(NOT EXISTS "${WORK}/${expected}")
        string(APPEND failures "missing file ${expected}\n")
    endif()
endforeach()

if(failures)
    message(FATAL_ERROR "${APP} ${args}\n${failures}--- stdout ---\n${out}\n--- stderr ---\n${err}")
endif()
message(STATUS "ok: ${APP} ${args}")
