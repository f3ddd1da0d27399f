// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"

#include <QString>

namespace spasmguide::screens {

// Screen ids are a contract: --screenshot-all names its files by them, and later --open uses them.
inline const QString kTriage = QStringLiteral("triage");
inline const QString kCare = QStringLiteral("care");
inline const QString kSameDay = QStringLiteral("same-day");
inline const QString kHandover = QStringLiteral("handover");
inline const QString kAbout = QStringLiteral("about");
inline const QString kContentProblems = QStringLiteral("content-problems");
inline const QString kCheckIn = QStringLiteral("checkin");
inline const QString kHistory = QStringLiteral("history");
inline const QString kEpisode = QStringLiteral("episode");
inline const QString kCheckInEdit = QStringLiteral("checkin-edit");
inline const QString kSettings = QStringLiteral("settings");
inline const QString kHeatTimer = QStringLiteral("heat-timer");
inline const QString kBreathing = QStringLiteral("breathing");
inline const QString kPlan = QStringLiteral("plan");
inline const QString kPatternFinder = QStringLiteral("pattern-finder");
inline const QString kPatternResult = QStringLiteral("pattern-result");
inline const QString kInsights = QStringLiteral("insights");
inline const QString kMedication = QStringLiteral("medication");
inline const QString kStepPrefix = QStringLiteral("step-");

[[nodiscard]] inline QString stepScreenId(const std::string& stepId) {
    return kStepPrefix + QString::fromStdString(stepId);
}

// The step screen before/after `screenId`, or empty at either end (and for non-step screens).
[[nodiscard]] QString previousStep(const ContentBundle& content, const QString& screenId);
[[nodiscard]] QString nextStep(const ContentBundle& content, const QString& screenId);

} // namespace spasmguide::screens
