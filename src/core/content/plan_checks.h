// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

namespace spasmguide {

// What plan.schema.json cannot say: phase and item ids unique in the plan (ticks in the episode log refer to
// item ids), and phases that cover every day from day 1 on, in order, without gaps or overlaps, the last one
// open-ended; and every item and the movement reminder cite a source (a warning when one does not). `plan` must be
// schema-valid.
void checkPlan(const ParsedFile& plan, Diagnostics& out);

} // namespace spasmguide
