# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Every Catch2 test must really run under ctest. catch_discover_tests registers a test by its name, and CMake
# splits a name at ";" (a list separator), so a TEST_CASE whose name holds one was registered under a shortened
# name that matched no test, ran nothing and passed. One such test had been failing unseen. Run:
# cmake -DSOURCE=<repo> -P this.
file(GLOB_RECURSE sources RELATIVE "${SOURCE}" "${SOURCE}/tests/*.cpp")
set(problems "")
foreach(file IN LISTS sources)
    file(STRINGS "${SOURCE}/${file}" cases REGEX "TEST_CASE\\(\"[^\"]*;")
    foreach(line IN LISTS cases)
        string(STRIP "${line}" line)
        string(APPEND problems "${file}: a test name with \";\" never runs under ctest: ${line}\n")
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
list(LENGTH sources count)
message(STATUS "${count} test sources: no test name holds \";\"")
