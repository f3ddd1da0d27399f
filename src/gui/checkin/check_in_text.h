// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/episode_model.h"

#include <QString>

namespace spasmguide {

// One line per check-in for lists (history timeline, episode screen): time, pain, warning sign, areas,
// triggers, heat, medications and the start of the note, in the person's language.
[[nodiscard]] QString describeCheckIn(const CheckIn& checkIn);

} // namespace spasmguide
