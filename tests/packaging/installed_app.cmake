# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks shared by the install and .deb tests: an installed tree under ROOT/usr has everything in its FHS
# place, and its binary runs from there with nothing pointing it at the build tree.

string(REPLACE "," ";" MODULES "${MODULES}") # the optional modules built, passed as a,b

# Fails unless every file an installed SpasmGuide needs is in `root`/usr.
function(check_installed_tree root)
    set(usr "${root}/usr")
    set(expected
        bin/spasmguide
        share/spasmguide/content/en/manifest.json
        share/spasmguide/content/es/manifest.json
        share/spasmguide/content/schema/manifest.schema.json
        share/spasmguide/translations/spasmguide_es.qm
        share/spasmguide/translations/spasmguide_en.qm
        share/applications/${APP_ID}.desktop
        share/metainfo/${APP_ID}.metainfo.xml
        share/icons/hicolor/scalable/apps/${APP_ID}.svg
        share/doc/spasmguide/LICENSE)
    foreach(module IN LISTS MODULES)
        list(APPEND expected ${MODULEDIR}/lib${module}.so)
    endforeach()
    foreach(size 16 22 24 32 48 64 128 256 512)
        list(APPEND expected share/icons/hicolor/${size}x${size}/apps/${APP_ID}.png)
    endforeach()
    foreach(file IN LISTS expected)
        if(NOT EXISTS "${usr}/${file}")
            message(FATAL_ERROR "not installed: /usr/${file}")
        endif()
    endforeach()
    list(LENGTH expected count)
    message(STATUS "all ${count} expected files are in ${usr}")
endfunction()

# Runs the installed binary as a user would: LD_LIBRARY_PATH unset, no display, a fresh data folder. `expect`
# is a regular expression for what it prints (stdout and stderr together); sets `output` in the caller.
function(run_installed root expect)
    execute_process(
        COMMAND "${CMAKE_COMMAND}" -E env --unset=LD_LIBRARY_PATH QT_QPA_PLATFORM=offscreen
            "XDG_RUNTIME_DIR=${WORK}/runtime" "${root}/usr/bin/spasmguide" ${ARGN}
        RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE out TIMEOUT 60)
    if(NOT code EQUAL 0 OR NOT out MATCHES "${expect}")
        message(FATAL_ERROR "spasmguide ${ARGN} (exit ${code}), expected output matching '${expect}':\n${out}")
    endif()
    string(JOIN " " arguments ${ARGN})
    message(STATUS "spasmguide ${arguments}: ${out}")
    set(output "${out}" PARENT_SCOPE)
endfunction()

# --version, --validate-content on the installed content, and a start in Spanish that must take its
# translation from the installed translations folder (the log says which file it loaded).
function(check_installed_app root)
    file(MAKE_DIRECTORY "${WORK}/runtime")
    file(CHMOD "${WORK}/runtime" DIRECTORY_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE)
    run_installed("${root}" "^SpasmGuide ${VERSION}\n$" --version)
    set(content "${root}/usr/share/spasmguide/content")
    run_installed("${root}" ": valid" --validate-content "${content}")
    run_installed("${root}" "" --locale es --data-dir "${WORK}/data" --quit-after-first-paint)
    file(READ "${WORK}/data/logs/spasmguide.log" log)
    set(qm "${root}/usr/share/spasmguide/translations/spasmguide_es.qm")
    string(FIND "${log}" "UI translation: ${qm}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the installed app did not load ${qm}; its log:\n${log}")
    endif()
    message(STATUS "the installed app loaded its translation from ${qm}")

    # Speech starts only when the person first asks to read aloud (issue 14): a run that paints every screen leaves
    # the speech module unloaded, and the module is installed in the modules folder the app searches.
    list(FIND MODULES spasmguide_speech speech)
    if(NOT speech EQUAL -1)
        run_installed("${root}" "" --data-dir "${WORK}/shots-data" --screenshot-all "${WORK}/shots")
        file(READ "${WORK}/shots-data/logs/spasmguide.log" log)
        set(folder "${root}/usr/${MODULEDIR}")
        if(log MATCHES "loaded the spasmguide_speech module")
            message(FATAL_ERROR "painting the screens loaded the speech module before anyone asked; its log:\n${log}")
        endif()
        file(GLOB installed "${folder}/*spasmguide_speech*")
        if(NOT installed)
            message(FATAL_ERROR "the speech module is not installed in ${folder}")
        endif()
        message(STATUS "the speech module is installed in ${folder} and was not loaded by painting every screen")
    endif()
endfunction()
