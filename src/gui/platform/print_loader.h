// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/modules/print_dialog.h"

namespace spasmguide {

// The print dialog's module, loaded the first time anything is printed (the report, the handover card); nullptr
// when it is missing. One loader for the whole app, so the module is opened once.
[[nodiscard]] print_module::PrintWithDialog printWithDialog();

} // namespace spasmguide
