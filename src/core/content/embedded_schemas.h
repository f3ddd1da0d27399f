// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string_view>

namespace spasmguide {

// content/schema/*.schema.json, compiled in: file name -> text. The loader validates against these,
// so a content folder can never bring its own, weaker schema.
const std::map<std::string_view, std::string_view>& embeddedSchemas();

} // namespace spasmguide
