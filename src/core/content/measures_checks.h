// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

namespace spasmguide {

// What measures.schema.json cannot say: the Roland-Morris instructions and statements are word for word the
// published form compiled into the app (measures/rmdq_form.h), an error at the first character that differs; the
// base locale offers the questionnaire (only a translation may leave it out, with null); the PGIC's seven answers are
// valued 1 to 7 in order; and the questionnaires and the clinically important change rules cite their sources (errors).
// `measures` must be schema-valid; `isBaseLocale` is false for a translation.
void checkMeasures(const ParsedFile& measures, bool isBaseLocale, Diagnostics& out);

// For the validator only, a note on how a translation offers the Roland-Morris questionnaire: the English form with
// the translation's own one-line note, or left out. A file the translation borrows whole is already reported as
// a fallback.
void describeRmdqForm(const ParsedFile& measures, const std::string& locale, Diagnostics& out);

} // namespace spasmguide
