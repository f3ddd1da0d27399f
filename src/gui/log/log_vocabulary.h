// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace spasmguide {

// A choice on the check-in form: a stable id (stored and exported) and its label (translated).
struct LogChoice {
    QString id;
    QString label;
};

// The seed's likely triggers ("Overload and fatigue") and its days 1-3 "makes spasms worse" list.
[[nodiscard]] std::vector<LogChoice> triggerChoices();
[[nodiscard]] std::vector<LogChoice> worseChoices();
[[nodiscard]] QString labelFor(const std::vector<LogChoice>& choices, const QString& id);

} // namespace spasmguide
