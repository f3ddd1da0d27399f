// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace spasmguide {

// A count with its noun in English, the only language core text is written in: "1 check-in", "2 check-ins",
// "0 check-ins", never "check-in(s)". Words for a reader in another language are the GUI's, through tr().
[[nodiscard]] std::string counted(std::int64_t count, std::string_view singular, std::string_view plural);

} // namespace spasmguide
