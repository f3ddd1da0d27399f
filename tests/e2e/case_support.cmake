# Shared by the scripted e2e cases (cmake -P): a fresh WORK folder, an empty list of failures, and run(), which
# runs the app in WORK and leaves its exit code, stdout and stderr in `code`, `out` and `err`.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(failures "")

function(run)
    execute_process(COMMAND "${APP}" ${ARGN} WORKING_DIRECTORY "${WORK}"
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
    set(code "${code}" PARENT_SCOPE)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()

# A fingerprint of a folder: every file's name and SHA-256, so a moved, added or changed file shows.
function(fingerprint folder variable)
    file(GLOB files LIST_DIRECTORIES false "${folder}/*")
    set(print "")
    foreach(path IN LISTS files)
        file(SHA256 "${path}" hash)
        get_filename_component(name "${path}" NAME)
        string(APPEND print "${name}=${hash}\n")
    endforeach()
    set(${variable} "${print}" PARENT_SCOPE)
endfunction()

# Writes `target` from the log in `data` as its name asks: the report for a .pdf, else an export.
function(write_output data target)
    if(target MATCHES "pdf$")
        run(--data-dir "${data}" --report "${target}")
    else()
        run(--data-dir "${data}" --export "${target}")
    endif()
    set(code "${code}" PARENT_SCOPE)
    set(out "${out}" PARENT_SCOPE)
    set(err "${err}" PARENT_SCOPE)
endfunction()
