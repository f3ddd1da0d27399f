#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Sets up a Debian 12 / Ubuntu machine for SpasmGuide (installs only what is missing, with apt),
# builds it, then either starts the app or runs the whole test suite.
#
#   packaging/bootstrap.sh run [app options]   build (release) and start the app
#   packaging/bootstrap.sh test                build (dev: debug, warnings as errors) and run every test, run the
#                                              core and GUI tests again under ASan + UBSan, then build the
#                                              fuzzers (clang) and run each for a bounded time
set -euo pipefail

mode="${1:-}"
case "$mode" in
run | test) shift ;;
*)
    echo "usage: $0 run [spasmguide options] | test" >&2
    exit 2
    ;;
esac

cd "$(dirname "$0")/.."

packages=(
    cmake ninja-build g++ pkg-config
    qt6-base-dev qt6-base-dev-tools libqt6svg6 qt6-qpa-plugins qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
    # read aloud: Qt TextToSpeech; its CMake package needs Qt Declarative's to configure
    qt6-speech-dev qt6-declarative-dev
    nlohmann-json3-dev libsqlite3-dev libspdlog-dev libfmt-dev catch2 libvalijson-dev
    fonts-dejavu-core
    # the packaging tests: the desktop file and AppStream validators, dpkg-shlibdeps, the Flatpak manifest's YAML
    desktop-file-utils appstream dpkg-dev python3-yaml
)
if [ "$mode" = test ]; then
    packages+=(clang-14 libclang-rt-14-dev) # the content fuzzer: libFuzzer, ASan and UBSan
    packages+=(poppler-utils)               # pdftotext reads the clinician report's text back
fi
missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        sudo="sudo"
    fi
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if [ "$mode" = run ]; then
    cmake --preset release >/dev/null
    cmake --build --preset release --target spasmguide
    app=build/release/bin/spasmguide
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot be shown."
        echo "Saving every screen to build/screenshots instead; on a desktop, run: $app"
        exec "$app" --screenshot-all build/screenshots "$@"
    fi
    exec "$app" "$@"
fi

cmake --preset dev >/dev/null
cmake --build --preset dev
# Benchmarks are excluded here (the dev test preset filters the "bench" label); see the README.
ctest --preset dev --parallel 2 --timeout 600

# The core and GUI tests again, built with AddressSanitizer and UBSan (build/asan, the "sanitized_suite" target):
# any memory error, leak in our code or undefined behaviour fails the run.
cmake --preset asan >/dev/null
cmake --build --preset asan
ctest --preset asan --parallel 2 --timeout 900

# The content fuzzer: the core again, built by clang with ASan, UBSan and libFuzzer (build/fuzz), fed mutations
# of the shipped content for SPASMGUIDE_FUZZ_SECONDS (60 by default). Its corpus grows run after run.
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz
ctest --preset fuzz --timeout 600
