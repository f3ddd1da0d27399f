// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QWidget;

namespace spasmguide {

// Shows `to` and hides `from`, moving the keyboard focus with them when `from` had it: Start turns into Pause
// under the person's finger, so a second Space pauses instead of landing on whatever Qt picks next.
void handOver(QWidget* from, QWidget* to);

} // namespace spasmguide
