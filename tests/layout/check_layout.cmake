# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The source layout as a test (label "layout"): src/ is the only include root, so every project include reads
# "core/..." or "gui/..." and a reader never has to guess which folder "report/x.h" means; and the core stays
# Qt-free by construction: nothing under src/core includes a GUI header. The window holds its screens typed
# (ScreenSlot): no cast down to a screen type and no sender() lookup in src/gui. Run: cmake -DSOURCE=<repo> -P this.
file(GLOB_RECURSE sources RELATIVE "${SOURCE}" "${SOURCE}/src/*.h" "${SOURCE}/src/*.cpp")
set(problems "")
foreach(file IN LISTS sources)
    file(STRINGS "${SOURCE}/${file}" includes REGEX "^[ \t]*#[ \t]*include[ \t]+\"")
    foreach(line IN LISTS includes)
        string(REGEX REPLACE "^[^\"]*\"([^\"]*)\".*$" "\\1" header "${line}")
        if(header MATCHES "\\.moc$" OR header MATCHES "^moc_" OR header MATCHES "^ui_")
            continue() # generated next to the build, not part of the source tree
        endif()
        if(NOT header MATCHES "^(core|gui)/")
            string(APPEND problems "${file}: include \"${header}\" does not start at the src/ root (core/... or gui/...)\n")
        elseif(file MATCHES "^src/core/" AND header MATCHES "^gui/")
            string(APPEND problems "${file}: the core includes a GUI header \"${header}\"\n")
        endif()
    endforeach()
    if(file MATCHES "^src/gui/")
        file(STRINGS "${SOURCE}/${file}" casts REGEX "static_cast<[A-Za-z_:]*Screen[ ]*\\*>|sender\\(\\)")
        foreach(line IN LISTS casts)
            string(STRIP "${line}" line)
            string(APPEND problems "${file}: a cast to a screen type or a sender() lookup (hold the screen typed): ${line}\n")
        endforeach()
    endif()
endforeach()
if(problems)
    message(FATAL_ERROR "${problems}")
endif()
list(LENGTH sources count)
message(STATUS "${count} source files: every include starts at src/, the core includes no GUI header, "
               "the GUI casts to no screen type and asks no sender()")
