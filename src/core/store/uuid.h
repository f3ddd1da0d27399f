// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace spasmguide {

// A random (version 4) UUID in lower-case 8-4-4-4-12 form: stable ids that survive export and import merges.
[[nodiscard]] std::string newUuid();

} // namespace spasmguide
