cmake_minimum_required(VERSION 3.25)
# Outputs are never written through a planted link: with a symbolic link at "<target>.partial" (the name the
# temporary once had) pointing at another file, --export (JSON and CSV) and --report succeed and that file is
# byte-for-byte as it was. A target that is itself a link is replaced by the new file (rename replaces the name),
# and what the link pointed to is left alone. No temporary is left behind, and every output is 0600.
include("${CMAKE_CURRENT_LIST_DIR}/case_support.cmake")

run(--data-dir "${WORK}/data" --import "${FIXTURES}/logs/v2.json")
if(NOT code EQUAL 0)
    message(FATAL_ERROR "the import that makes the log failed (${code}): ${err}")
endif()

file(WRITE "${WORK}/precious.txt" "someone else's file, which no export may truncate\n")
file(SHA256 "${WORK}/precious.txt" preciousBefore)

# Writes `target` and checks it: exit 0, a regular file of mode 600, and the file the link points to unchanged.
function(write_and_check target what)
    write_output("${WORK}/data" "${WORK}/${target}")
    if(NOT code EQUAL 0)
        string(APPEND failures "${target} ${what}: exit ${code}\n${err}\n")
    endif()
    execute_process(COMMAND stat -c %F:%a "${WORK}/${target}" OUTPUT_VARIABLE kind OUTPUT_STRIP_TRAILING_WHITESPACE)
    if(NOT kind STREQUAL "regular file:600")
        string(APPEND failures "${target} ${what} is '${kind}', expected a regular file with mode 600\n")
    endif()
    file(SHA256 "${WORK}/precious.txt" preciousAfter)
    if(NOT preciousAfter STREQUAL preciousBefore)
        string(APPEND failures "writing ${target} ${what} changed the file a link pointed to\n")
    endif()
    set(failures "${failures}" PARENT_SCOPE)
endfunction()

foreach(target log.json log.csv report.pdf)
    # A link where the temporary used to be named.
    file(CREATE_LINK "${WORK}/precious.txt" "${WORK}/${target}.partial" SYMBOLIC)
    write_and_check(${target} "beside a planted ${target}.partial link")
    file(REMOVE "${WORK}/${target}.partial")

    # The target itself a link: replaced by the file.
    file(REMOVE "${WORK}/${target}")
    file(CREATE_LINK "${WORK}/precious.txt" "${WORK}/${target}" SYMBOLIC)
    write_and_check(${target} "as a link")
endforeach()

file(GLOB leftovers "${WORK}/*.partial*")
if(leftovers)
    string(APPEND failures "temporaries were left: ${leftovers}\n")
endif()
if(failures)
    message(FATAL_ERROR "${failures}")
endif()
message(STATUS "ok: no output is written through a link; a linked target is replaced by the file")
