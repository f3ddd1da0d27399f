// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <set>
#include <string>

namespace spasmguide {

// The pattern finder's answers: question id -> the answer ids chosen.
using FinderAnswers = std::map<std::string, std::set<std::string>>;

} // namespace spasmguide
