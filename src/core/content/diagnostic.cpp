// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "content/diagnostic.h"

#include <algorithm>

namespace spasmguide {

std::string Diagnostic::format() const {
    std::string out = file + ':' + std::to_string(line) + ':' + std::to_string(column) + ": ";
    out += severity == Severity::Error ? "error: " : "warning: ";
    out += message;
    if (!pointer.empty()) {
        out += " (at " + pointer + ')';
    }
    return out;
}

bool hasErrors(const Diagnostics& diagnostics) {
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Severity::Error; });
}

} // namespace spasmguide
