#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds every Linux package of this version into build/package/: spasmguide_<version>_<arch>.deb,
# spasmguide-<version>-Linux.tar.gz and, when rpmbuild is installed (apt install rpm), spasmguide-<version>-1.<arch>.rpm.
# First it sets up the machine and runs the whole test suite (packaging/bootstrap.sh test), so nothing
# untested is packaged; --no-tests skips that (for CI, which has just run it).
#
#   packaging/release.sh [--no-tests]
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${1:-}" != "--no-tests" ]; then
    packaging/bootstrap.sh test
fi
build="${SPASMGUIDE_PACKAGE_DIR:-build/package}"
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSPASMGUIDE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build"
if ! command -v rpmbuild >/dev/null; then
    echo "rpmbuild not found: no .rpm this time (apt install rpm)"
fi
(cd "$build" && cpack)
ls -l "$build"/spasmguide[-_]*.{deb,rpm,tar.gz} 2>/dev/null || true
