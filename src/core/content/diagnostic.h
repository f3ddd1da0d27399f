// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace spasmguide {

// Errors make content unusable; warnings do not. A note only tells the editor how the content will be used (which
// form of a questionnaire a translation shows, say): only the validator reports notes.
enum class Severity { Error, Warning, Note };

// One problem found in a content file, reported GCC-style so editors and IDEs can jump to it.
struct Diagnostic {
    std::string file; // path as the user should see it
    int line = 1;     // 1-based
    int column = 1;   // 1-based, in characters (Unicode code points)
    Severity severity = Severity::Error;
    std::string message;
    std::string pointer; // JSON pointer of the offending value, empty when not applicable

    // "path/to/file.json:LINE:COL: error: message (at /json/pointer)"
    [[nodiscard]] std::string format() const;
};

using Diagnostics = std::vector<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics& diagnostics);
[[nodiscard]] std::size_t countOf(const Diagnostics& diagnostics, Severity severity);

// The report tools read (--validate-content --format json): {"valid", "errors", "warnings", "notes", "diagnostics":
// [{"file", "line", "column", "severity", "message", "pointer"}]}, pretty-printed, ending in a newline.
[[nodiscard]] std::string jsonReport(const Diagnostics& diagnostics);

} // namespace spasmguide
