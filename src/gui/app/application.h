// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace spasmguide {

// Everything main() does: parse the command line, then validate, screenshot or run the window.
int runApplication(int argc, char* argv[]);

} // namespace spasmguide
