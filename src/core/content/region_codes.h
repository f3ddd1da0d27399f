// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <string_view>

namespace spasmguide {

// Whether `code` is an officially assigned ISO 3166-1 alpha-2 code ("IN", "GB"), in capitals. "EU", "XK",
// "UK" and lower-case codes are not: the app looks a region up only by the exact code of a country or territory.
[[nodiscard]] bool isRegionCode(std::string_view code);

// A code a person typed ("in", " jp "), as its ISO 3166-1 alpha-2 code ("IN", "JP"); empty when it is none.
[[nodiscard]] std::string regionCodeFromInput(std::string_view typed);

// A phone number as it is dialled: digits, # and * in groups split by single spaces, with an optional leading
// "+" ("112", "1800 022 222", "#7119", "+61 1800 022 222"), at most 20 characters.
[[nodiscard]] bool isDialledNumber(std::string_view number);

} // namespace spasmguide
