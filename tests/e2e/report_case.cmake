cmake_minimum_required(VERSION 3.25)
# The clinician report from a known log: imports fixtures/report_log/log.json into a fresh data folder, runs
# --report, and reads the PDF's text back with pdftotext: the period, the pain figures, the warning-sign answers,
# the versions and the "not a diagnosis" line are real text; free-text notes are not in it. Then the failures: a
# folder that does not exist and a name not ending in .pdf give a clear error, exit 1, and no file.
include("${CMAKE_CURRENT_LIST_DIR}/case_support.cmake")

run(--data-dir "${WORK}/data" --import "${FIXTURES}/report_log/log.json")
if(NOT code EQUAL 0)
    message(FATAL_ERROR "the import failed (${code}): ${err}")
endif()

run(--data-dir "${WORK}/data" --report "${WORK}/report.pdf")
if(NOT code EQUAL 0 OR NOT out MATCHES "Saved the report for your clinician to .*report\\.pdf")
    message(FATAL_ERROR "--report failed (${code}): ${out}${err}")
endif()
file(SIZE "${WORK}/report.pdf" size)
file(READ "${WORK}/report.pdf" magic LIMIT 5)
if(size LESS 2000 OR NOT magic MATCHES "^%PDF-")
    string(APPEND failures "report.pdf is not a PDF of some size (${size} bytes, starts '${magic}')\n")
endif()

execute_process(COMMAND "${PDFTOTEXT}" -layout "${WORK}/report.pdf" "${WORK}/report.txt" RESULT_VARIABLE code)
if(NOT code EQUAL 0)
    message(FATAL_ERROR "pdftotext could not read the report (${code})")
endif()
file(READ "${WORK}/report.txt" text)
string(REGEX REPLACE "[ \n]+" " " text "${text}") # pdftotext breaks lines where the layout does
foreach(expected
        "report for my clinician"
        "Period covered: 14 Sep 2026 to "
        "Not a diagnosis"
        "SpasmGuide [0-9]+\\.[0-9]+\\.[0-9]+, guide content version [0-9]"
        "2 episodes in this period, 6 check-ins"
        "14 Sep 2026, 08:30 17 Sep 2026, 18:00 3 days 3 8/10 3/10"
        "3 Oct 2026, 19:15 5 Oct 2026, 10:00 38 hours 3 9/10 4/10"
        "peak 9"
        "14 Sep 2026, 08:30 Warning-sign check A past cancer, and new back pain"
        "3 Oct 2026, 19:20 Check-in: .+anything new\\?.+ Saddle numbness"
        "Lifting 2"
        "Ibuprofen")
    if(NOT text MATCHES "${expected}")
        string(APPEND failures "the report's text lacks '${expected}'\n")
    endif()
endforeach()
if(text MATCHES "private note|episode note")
    string(APPEND failures "the report contains a free-text note\n")
endif()

run(--data-dir "${WORK}/data" --report "${WORK}/no-such-folder/report.pdf")
if(NOT code EQUAL 1 OR NOT err MATCHES "no-such-folder/report\\.pdf cannot be written .*Nothing was saved")
    string(APPEND failures "a report into a missing folder: exit ${code}, '${err}'\n")
endif()
run(--data-dir "${WORK}/data" --report "${WORK}/report.txt")
if(NOT code EQUAL 1 OR NOT err MATCHES "ending in \\.pdf")
    string(APPEND failures "a report named .txt: exit ${code}, '${err}'\n")
endif()
file(GLOB leftovers "${WORK}/*.pdf.*" "${WORK}/*.partial*" "${WORK}/no-such-folder")
if(leftovers)
    string(APPEND failures "partial files were left: ${leftovers}\n")
endif()

if(failures)
    message(FATAL_ERROR "${failures}--- report text ---\n${text}")
endif()
