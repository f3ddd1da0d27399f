// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/migrations.h"
#include "core/store/open_messages.h"
#include "core/store/open_result.h"

#include <chrono>
#include <span>

namespace spasmguide {

class Clock;

// Opens the log at result.databasePath for reading only, because it cannot be written (`why`): OpenStatus::ReadOnly
// with a store whose writes throw, or Damaged/NewerVersion/Unwritable without one. An older log is copied into
// memory and upgraded there, so History, export and the report see it whole while the file stays as it is.
[[nodiscard]] OpenResult openReadOnly(OpenResult result, const Clock& clock, std::span<const Migration> migrations,
                                      open_messages::WriteBlocker why, std::uintmax_t needed,
                                      std::chrono::milliseconds checkBudget);

} // namespace spasmguide
