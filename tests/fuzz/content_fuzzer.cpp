// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer entry point for the content loader and validator (content_target.cpp).
#include "fuzz_targets.h"

#include <spdlog/spdlog.h>

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
    spdlog::set_level(spdlog::level::off);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (!spasmguide::fuzz::runContentInput(data, size)) {
        __builtin_trap();
    }
    return 0;
}
