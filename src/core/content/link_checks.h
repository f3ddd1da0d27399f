// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/content_files.h"
#include "core/content/diagnostic.h"
#include "core/content/parsed_file.h"

#include <optional>
#include <string>

namespace spasmguide {

// What is wrong with a link the app would open in a browser, if anything: it must be https://, name a host
// such as "www.nhs.uk", and hold no spaces or characters that need %-encoding.
[[nodiscard]] std::optional<std::string> linkProblem(const std::string& url);

// Every "url" (or "…Url") value written in the file must be a good link (errors).
void checkLinks(const ParsedFile& file, Diagnostics& out);

// Every "image" or "icon" (or "…Image", "…Icon") value written in the file must be a relative path to a file in
// the locale folder (errors). No schema has such a field yet; this keeps the rule in place for when one does.
void checkPictures(const ParsedFile& file, const ContentFiles& files, const std::string& locale, Diagnostics& out);

} // namespace spasmguide
