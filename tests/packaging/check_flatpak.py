#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 SpasmGuide contributors
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks the Flatpak manifest without building it: it parses as YAML, names the app id and the binary, runs
on a KDE 6 runtime without network access, pins every download by SHA-256, builds this repository, and passes
only -D options that the project's CMake cache knows (so renaming an option cannot silently break it).

usage: check_flatpak.py MANIFEST APP_ID CMakeCache.txt"""
import re
import sys

import yaml


def fail(message):
    sys.exit(f"{sys.argv[1]}: {message}")


def main():
    manifest_path, app_id, cache_path = sys.argv[1:4]
    with open(manifest_path, encoding="utf-8") as file:
        manifest = yaml.safe_load(file)
    with open(cache_path, encoding="utf-8") as file:
        cache = {m.group(1): m.group(2) for m in re.finditer(r"^([A-Za-z_][\w-]*):(\w+)=", file.read(), re.M)}

    if manifest.get("app-id") != app_id:
        fail(f"app-id is {manifest.get('app-id')!r}, the project's id is {app_id!r}")
    if manifest.get("command") != "spasmguide":
        fail("command must be the installed binary, spasmguide")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        fail("expected the KDE runtime and SDK")
    if not re.fullmatch(r"6\.\d+", str(manifest.get("runtime-version"))):
        fail("runtime-version must be a KDE 6.x runtime (Qt 6)")
    if "--share=network" in manifest.get("finish-args", []):
        fail("SpasmGuide makes no network connections: the sandbox must not allow them")

    modules = manifest.get("modules") or fail("no modules")
    for module in modules:
        for source in module.get("sources") or fail(f"module {module.get('name')} has no sources"):
            if source.get("type") == "archive" and not re.fullmatch(r"[0-9a-f]{64}", source.get("sha256", "")):
                fail(f"module {module['name']}: {source.get('url')} is not pinned by sha256")

    app = modules[-1]
    if app.get("name") != "spasmguide" or app.get("sources") != [{"type": "dir", "path": "../..", "skip": ["build"]}]:
        fail("the last module must build this repository (type: dir, path: ../..)")
    for option in app.get("config-opts", []):
        match = re.fullmatch(r"-D([A-Za-z_]\w*)(?::\w+)?=(.*)", option)
        if not match:
            fail(f"unexpected option {option!r}")
        name, value = match.groups()
        if name not in cache:
            fail(f"{option}: the project has no CMake option {name}")
        if cache[name] == "BOOL" and value.upper() not in ("ON", "OFF"):
            fail(f"{option}: {name} is ON or OFF")
    print(f"{manifest_path}: valid YAML; {len(modules)} modules; options {app.get('config-opts')} all known")


main()
