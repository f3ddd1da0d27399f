// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"

#include <QString>

class QWidget;

namespace spasmguide {

// Builds the widget for one block of a step page.
[[nodiscard]] QWidget* makeBlockWidget(const Block& block, const ContentBundle& content);

// "Title (Publisher, Year)" for each cited source, linked when it has an address; HTML-escaped.
[[nodiscard]] QString sourcesHtml(const SourceIds& ids, const ContentBundle& content);

} // namespace spasmguide
