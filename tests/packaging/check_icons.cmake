# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The icons rendered from resources/icons/<app id>.svg (packaging/render-icons.sh) are all there, and each PNG
# is the size its name says: a PNG's width and height are big-endian numbers at bytes 16-23.
set(icons "${SOURCE}/resources/icons")
if(NOT EXISTS "${icons}/${APP_ID}.svg")
    message(FATAL_ERROR "missing the icon's source ${icons}/${APP_ID}.svg")
endif()
foreach(size 16 22 24 32 48 64 128 256 512)
    set(png "${icons}/png/spasmguide-${size}.png")
    if(NOT EXISTS "${png}")
        message(FATAL_ERROR "missing ${png}: run packaging/render-icons.sh")
    endif()
    file(READ "${png}" header HEX LIMIT 24)
    string(SUBSTRING "${header}" 0 16 signature)
    string(SUBSTRING "${header}" 32 8 width_hex)
    string(SUBSTRING "${header}" 40 8 height_hex)
    math(EXPR width "0x${width_hex}")
    math(EXPR height "0x${height_hex}")
    if(NOT signature STREQUAL "89504e470d0a1a0a" OR NOT width EQUAL size OR NOT height EQUAL size)
        message(FATAL_ERROR "${png} is not a ${size}×${size} PNG (found ${width}×${height})")
    endif()
endforeach()
# Windows and macOS icons: the right kind of file (ICO: reserved 0, type 1; ICNS: "icns").
file(READ "${icons}/spasmguide.ico" ico HEX LIMIT 4)
file(READ "${icons}/spasmguide.icns" icns LIMIT 4)
if(NOT ico STREQUAL "00000100" OR NOT icns STREQUAL "icns")
    message(FATAL_ERROR "spasmguide.ico or spasmguide.icns is not an icon file: run packaging/render-icons.sh")
endif()
message(STATUS "icons: the SVG, 9 PNG sizes (16-512), .ico and .icns are in place")
