// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/diagnostic.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace spasmguide {

namespace {

const char* severityName(Severity severity) {
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::Warning:
        return "warning";
    case Severity::Note:
        break;
    }
    return "note";
}

} // namespace

std::string Diagnostic::format() const {
    std::string out = file + ':' + std::to_string(line) + ':' + std::to_string(column) + ": ";
    out += std::string(severityName(severity)) + ": ";
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

std::size_t countOf(const Diagnostics& diagnostics, Severity severity) {
    return static_cast<std::size_t>(std::count_if(diagnostics.begin(), diagnostics.end(),
                                                  [severity](const Diagnostic& d) { return d.severity == severity; }));
}

std::string jsonReport(const Diagnostics& diagnostics) {
    nlohmann::ordered_json report;
    report["valid"] = !hasErrors(diagnostics);
    report["errors"] = countOf(diagnostics, Severity::Error);
    report["warnings"] = countOf(diagnostics, Severity::Warning);
    report["notes"] = countOf(diagnostics, Severity::Note);
    report["diagnostics"] = nlohmann::ordered_json::array();
    for (const auto& d : diagnostics) {
        report["diagnostics"].push_back({{"file", d.file},
                                         {"line", d.line},
                                         {"column", d.column},
                                         {"severity", severityName(d.severity)},
                                         {"message", d.message},
                                         {"pointer", d.pointer}});
    }
    // Paths come from the file system and need not be UTF-8; replace what is not rather than throw.
    return report.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

} // namespace spasmguide
