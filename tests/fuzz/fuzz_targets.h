// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>

namespace spasmguide::fuzz {

// What each fuzzer runs on one input, shared with test_fuzz_replay, which replays regressions/ in the normal
// suite. Each returns false when an invariant broke (the fuzzers trap on it); a crash is a crash either way.

// The content loader and validator. The shipped content (en and es) is held in memory; the input's first byte
// picks one of its fourteen files and the rest replaces it (a first byte of 128 or more also removes the next
// Spanish file, to reach the fallbacks).
bool runContentInput(const std::uint8_t* data, std::size_t size);

// The log importer, through its public entry point importJson(store, stream), on a fresh in-memory log.
bool runImportInput(const std::uint8_t* data, std::size_t size);

} // namespace spasmguide::fuzz
