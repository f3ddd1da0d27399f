// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace spasmguide {

// Enter and Return press the focused push or tool button, everywhere in the app, as Space does. Qt does this
// only for buttons in dialogs (autoDefault), so without it someone on the keyboard finds that Enter does nothing.
// Installing twice is harmless: the filter is installed once per application.
void makeEnterPressFocusedButtons(QApplication& app);

} // namespace spasmguide
