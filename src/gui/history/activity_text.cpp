// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/activity_text.h"

#include "gui/log/local_time.h"

#include <QCoreApplication>
#include <algorithm>

namespace spasmguide {
namespace {

// A translation context of its own, which lupdate understands.
class ActivityText {
    Q_DECLARE_TR_FUNCTIONS(ActivityText)
};

// Whole minutes, rounded down, but "under a minute" rather than "0 min".
QString minutesText(std::chrono::milliseconds duration) {
    const auto minutes = static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(duration).count());
    return minutes == 0 ? ActivityText::tr("under a minute") : ActivityText::tr("%n min", nullptr, minutes);
}

QString line(const Timestamp& at, const QString& what) {
    return shortDateTime(at.epochMs) + QStringLiteral("  \u00b7  ") + what;
}

} // namespace

std::vector<ActivityLine> describeActivities(const EpisodeActivities& activities) {
    std::vector<ActivityLine> lines;
    for (const HeatSession& s : activities.heat) {
        const QString product = s.product.empty() ? ActivityText::tr("heat") : QString::fromStdString(s.product);
        const QString how = s.finished ? ActivityText::tr("Heat: %1, %2 (the full time)")
                                       : ActivityText::tr("Heat: %1, %2 of %3 planned, stopped early");
        lines.push_back(
            {QString::fromStdString(s.id), s.startedAt.epochMs,
             line(s.startedAt, s.finished ? how.arg(product, minutesText(s.duration))
                                          : how.arg(product, minutesText(s.duration),
                                                    ActivityText::tr("%n min", nullptr, s.plannedMinutes)))});
    }
    for (const BreathingSession& s : activities.breathing) {
        lines.push_back({QString::fromStdString(s.id), s.startedAt.epochMs,
                         line(s.startedAt, ActivityText::tr("Slow breathing: %n breath(s) in %1, in %2 s and out %3 s",
                                                            nullptr, s.breaths)
                                               .arg(minutesText(s.duration))
                                               .arg(s.inhaleSeconds)
                                               .arg(s.exhaleSeconds))});
    }
    for (const MedicationEntry& m : activities.medications) {
        lines.push_back({QString::fromStdString(m.id), m.takenAt.epochMs,
                         line(m.takenAt, ActivityText::tr("Medicine taken: %1").arg(QString::fromStdString(m.name)))});
    }
    std::stable_sort(lines.begin(), lines.end(),
                     [](const ActivityLine& a, const ActivityLine& b) { return a.epochMs < b.epochMs; });
    return lines;
}

} // namespace spasmguide
