// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "gui/widgets/screen_page.h"

#include <string>

class QPushButton;

namespace spasmguide {

// The author, the content's version and review status, the educational-use disclaimer and licences.
class AboutScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit AboutScreen(QWidget* parent = nullptr);

    void setContent(const ContentBundle& content, bool builtIn);

    // A manifest review status ("approved", "in-review", anything else a draft) in words; the plan screen shows
    // its own part's status the same way.
    [[nodiscard]] static QString reviewStatusName(const std::string& status);
    // A reviewed part ("signs", "steps", "patterns", "plan", "numbers", as in manifest.json "partReviews") in words.
    [[nodiscard]] static QString partName(const std::string& part);

Q_SIGNALS:
    void backRequested();
};

} // namespace spasmguide
