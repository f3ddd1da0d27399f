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
