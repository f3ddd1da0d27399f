// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string_view>

namespace spasmguide {

inline constexpr int kRmdqStatementCount = 24;

// The Roland-Morris Disability Questionnaire's published English form (Roland & Morris, Spine 1983; reproduced for
// use without permission in Roland & Fairbank, Spine 2000), compiled in so that content can be checked against
// it: its wording is licensed as published and must never be edited, in measures.json or here.
[[nodiscard]] std::string_view rmdqInstructions();
[[nodiscard]] const std::array<std::string_view, kRmdqStatementCount>& rmdqStatements();

} // namespace spasmguide
