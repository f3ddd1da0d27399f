// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <QString>
#include <initializer_list>

class QWidget;

namespace spasmguide {

// Builds the widget for one block of a step page.
[[nodiscard]] QWidget* makeBlockWidget(const Block& block, const ContentBundle& content);

// A muted "Sources: …" line whose links open the browser only when clicked; null when nothing is cited.
[[nodiscard]] QWidget* makeSourcesLine(const SourceIds& ids, const ContentBundle& content);

// The sources of several lists, each once, in the order first cited.
[[nodiscard]] SourceIds joinSources(std::initializer_list<SourceIds> lists);

// "Title (Publisher, Year)" for each cited source, linked when it has an address; HTML-escaped.
[[nodiscard]] QString sourcesHtml(const SourceIds& ids, const ContentBundle& content);

} // namespace spasmguide
