// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What the clinician report says, section by section, in the order a clinician reads it.
#include "gui/charts/chart_painter.h"
#include "gui/log/local_time.h"
#include "gui/log/log_vocabulary.h"
#include "gui/report/report_canvas.h"
#include "gui/report/report_document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QPainter>
#include <algorithm>
#include <limits>
#include <utility>

namespace spasmguide {
namespace {

constexpr std::size_t kMaxEpisodeRows = 12;
constexpr std::size_t kMaxMedicationRows = 12;
constexpr std::size_t kMaxRedFlagRows = 12;
constexpr std::size_t kMaxCountBars = 6;

QString date(const Timestamp& t) {
    return QDateTime::fromMSecsSinceEpoch(t.epochMs).toString(QStringLiteral("d MMM yyyy"));
}

QString dateTime(const Timestamp& t) {
    return QDateTime::fromMSecsSinceEpoch(t.epochMs).toString(QStringLiteral("d MMM yyyy, HH:mm"));
}

// For %n: lupdate misreads a static_cast's angle brackets inside a translate() call. Clamped, since Qt leaves "%n"
// as it is for a negative count, and a count past int's range would wrap to one.
int asCount(std::int64_t n) {
    return static_cast<int>(std::clamp<std::int64_t>(n, 0, std::numeric_limits<int>::max()));
}

QString painText(const std::optional<int>& pain) {
    return pain ? QStringLiteral("%1/10").arg(*pain) : QStringLiteral("\u2013");
}

QString duration(const ReportEpisode& e, const Timestamp& generatedAt) {
    const auto end = e.episode.endedAt ? e.episode.endedAt->epochMs : generatedAt.epochMs;
    const int hours = asCount(std::max(std::int64_t{0}, (end - e.episode.startedAt.epochMs) / 3600000));
    // Plain names as counts, and no "<" before a translate() call: lupdate misreads both (a "<" hangs it).
    if (hours >= 48) {
        const int days = hours / 24;
        return QCoreApplication::translate("Report", "%n day(s)", nullptr, days);
    }
    return QCoreApplication::translate("Report", "%n hour(s)", nullptr, hours);
}

QString signText(const ContentBundle& content, const std::string& id) {
    if (const RedFlag* sign = content.redFlags.sign(id)) {
        return QString::fromStdString(sign->text);
    }
    return QString::fromStdString(id); // a sign from another version of the guide
}

void header(ReportCanvas& canvas, const ClinicianReport& report) {
    canvas.paragraph(QCoreApplication::translate("Report", "SpasmGuide: report for my clinician"),
                     ReportCanvas::kBodySize * 1.7, true);
    canvas.paragraph(
        QCoreApplication::translate("Report", "Period covered: %1 to %2").arg(date(report.from), date(report.to)),
        ReportCanvas::kBodySize * 1.1, true);
    canvas.paragraph(QCoreApplication::translate("Report", "Made on %1 by SpasmGuide %2, guide content version %3.")
                         .arg(dateTime(report.generatedAt), QString::fromStdString(report.appVersion),
                              QString::fromStdString(report.contentVersion)));
    canvas.paragraph(QCoreApplication::translate(
                         "Report",
                         "Not a diagnosis: a log the patient kept in a self-care app. Pain is their own rating from 0 "
                         "(none) to 10 (worst imaginable). The app gives no doses and no medical advice."),
                     ReportCanvas::kBodySize, true);
    if (report.leftOut > 0) {
        canvas.paragraph(QCoreApplication::translate("Report",
                                                     "%n record(s) of the log are left out: their dates cannot be "
                                                     "right (before 1970, in the future, or ending before they start).",
                                                     nullptr, asCount(report.leftOut)));
    }
}

void episodes(ReportCanvas& canvas, const ClinicianReport& report) {
    canvas.heading(QCoreApplication::translate("Report", "Episodes"));
    if (report.episodes.empty()) {
        canvas.paragraph(QCoreApplication::translate("Report", "No episode was recorded in this period."));
        return;
    }
    canvas.paragraph(QCoreApplication::translate("Report", "%n episode(s) in this period, ", nullptr,
                                                 asCount(report.episodes.size())) +
                     QCoreApplication::translate("Report", "%n check-in(s).", nullptr, asCount(report.checkIns)));
    std::vector<QStringList> rows{
        {QCoreApplication::translate("Report", "Started"), QCoreApplication::translate("Report", "Ended"),
         QCoreApplication::translate("Report", "Length"), QCoreApplication::translate("Report", "Check-ins"),
         QCoreApplication::translate("Report", "Peak pain"), QCoreApplication::translate("Report", "Latest pain")}};
    const std::size_t shown = std::min(report.episodes.size(), kMaxEpisodeRows);
    for (std::size_t i = report.episodes.size() - shown; i < report.episodes.size(); ++i) {
        const auto& e = report.episodes[i];
        rows.push_back(
            {dateTime(e.episode.startedAt),
             e.episode.endedAt ? dateTime(*e.episode.endedAt) : QCoreApplication::translate("Report", "ongoing"),
             duration(e, report.generatedAt), QString::number(e.checkIns), painText(e.peakPain),
             painText(e.latestPain)});
    }
    canvas.table(rows, {0.22, 0.22, 0.14, 0.13, 0.14, 0.15});
    if (shown < report.episodes.size()) {
        canvas.paragraph(QCoreApplication::translate(
            "Report", "%n earlier episode(s) of this period are not listed; an export of the log has them all.",
            nullptr, asCount(report.episodes.size() - shown)));
    }
}

void painChart(ReportCanvas& canvas, const ClinicianReport& report) {
    std::vector<PainPoint> points;
    for (const auto& e : report.episodes) {
        for (const auto& reading : e.pain) {
            // Each episode is a line of its own: nothing was recorded between them.
            points.push_back({reading.at.epochMs, reading.pain, &reading == &e.pain.front()});
        }
    }
    if (points.empty() || !canvas.heading(QCoreApplication::translate("Report", "Pain over the period (0\u2013"
                                                                                "10)"))) {
        return;
    }
    const QRectF area = canvas.reserve(190);
    if (area.isEmpty()) {
        return;
    }
    const ChartStyle style{Qt::black, QColor(0xcc, 0xcc, 0xcc), QColor(0x1f, 0x4e, 0x9a), Qt::white,
                           canvas.font(ReportCanvas::kBodySize * 0.9)};
    paintPainOverTime(canvas.painter(), area, points, style);
    canvas.paragraph(describePainOverTime(points), ReportCanvas::kBodySize * 0.9);
}

void redFlags(ReportCanvas& canvas, const ClinicianReport& report, const ContentBundle& content) {
    canvas.heading(QCoreApplication::translate("Report", "Warning signs: every \u201cyes\u201d in the log"));
    if (report.redFlags.empty()) {
        canvas.paragraph(QCoreApplication::translate("Report", "No warning sign was ever reported in this log."));
    } else {
        std::vector<QStringList> rows{{QCoreApplication::translate("Report", "Date"),
                                       QCoreApplication::translate("Report", "Where"),
                                       QCoreApplication::translate("Report", "Signs reported")}};
        const std::size_t shown = std::min(report.redFlags.size(), kMaxRedFlagRows);
        for (std::size_t i = report.redFlags.size() - shown; i < report.redFlags.size(); ++i) {
            const auto& answer = report.redFlags[i];
            QStringList signs;
            for (const auto& id : answer.signIds) {
                signs << signText(content, id);
            }
            rows.push_back({dateTime(answer.at),
                            answer.when == RedFlagAnswer::When::Triage
                                ? QCoreApplication::translate("Report", "Warning-sign check")
                                : QCoreApplication::translate("Report", "Check-in: \u201c"
                                                                        "anything new?\u201d"),
                            signs.isEmpty() ? QCoreApplication::translate("Report", "Yes, no sign named")
                                            : signs.join(QStringLiteral("; "))});
        }
        canvas.table(rows, {0.22, 0.25, 0.53});
        if (shown < report.redFlags.size()) {
            canvas.paragraph(QCoreApplication::translate("Report", "%n earlier answer(s) not listed.", nullptr,
                                                         asCount(report.redFlags.size() - shown)));
        }
    }
    canvas.paragraph(QCoreApplication::translate("Report",
                                                 "In this period, %n check(s) found none of the warning signs.",
                                                 nullptr, asCount(report.redFlagChecksAnsweredNo)));
}

std::vector<CountBar> bars(const std::vector<RecordedCount>& counts, const std::vector<LogChoice>& choices) {
    std::vector<CountBar> result;
    for (std::size_t i = 0; i < counts.size() && i < kMaxCountBars; ++i) {
        result.push_back(
            {labelFor(choices, QString::fromStdString(counts[i].id)), static_cast<int>(counts[i].checkIns)});
    }
    return result;
}

void counts(ReportCanvas& canvas, const ClinicianReport& report) {
    if (report.checkIns == 0 || !canvas.heading(QCoreApplication::translate(
                                    "Report", "Triggers and what made it worse (check-ins naming each, of %n)", nullptr,
                                    asCount(report.checkIns)))) {
        return;
    }
    const ChartStyle style{Qt::black, QColor(0xcc, 0xcc, 0xcc), QColor(0x1f, 0x4e, 0x9a), Qt::white,
                           canvas.font(ReportCanvas::kBodySize * 0.9)};
    // One above the other, so the long "made it worse" items keep their words.
    for (const auto& [title, items] :
         {std::pair{QCoreApplication::translate("Report", "Possible triggers"),
                    bars(report.triggers, triggerChoices())},
          std::pair{QCoreApplication::translate("Report", "Made it worse"), bars(report.worse, worseChoices())}}) {
        canvas.paragraph(title, ReportCanvas::kBodySize, true);
        const QRectF area = canvas.reserve(22.0 * static_cast<qreal>(std::max<std::size_t>(items.size(), 1)));
        if (area.isEmpty()) {
            return;
        }
        paintCounts(canvas.painter(), area, items, style);
    }
}

void medications(ReportCanvas& canvas, const ClinicianReport& report) {
    canvas.heading(QCoreApplication::translate("Report", "Medications recorded"));
    if (report.medications.empty()) {
        canvas.paragraph(QCoreApplication::translate("Report", "None recorded in this period."));
        return;
    }
    // The drowsiness column only when the guide flagged something: an empty column would read as "not drowsy".
    const bool flagged = std::any_of(report.medications.begin(), report.medications.end(),
                                     [](const ReportMedication& m) { return m.causesDrowsiness; });
    std::vector<QStringList> rows{
        {QCoreApplication::translate("Report", "Taken"), QCoreApplication::translate("Report", "Name, as recorded")}};
    if (flagged) {
        rows.front() << QCoreApplication::translate("Report", "Note");
    }
    const std::size_t shown = std::min(report.medications.size(), kMaxMedicationRows);
    for (std::size_t i = report.medications.size() - shown; i < report.medications.size(); ++i) {
        const auto& m = report.medications[i];
        rows.push_back({dateTime(m.takenAt), QString::fromStdString(m.name)});
        if (m.causesDrowsiness) {
            rows.back() << QCoreApplication::translate("Report", "Causes drowsiness (the guide says: do not drive)");
        }
    }
    canvas.table(rows, flagged ? std::vector<qreal>{0.24, 0.38, 0.38} : std::vector<qreal>{0.24, 0.76});
    if (shown < report.medications.size()) {
        canvas.paragraph(QCoreApplication::translate("Report", "%n earlier record(s) not listed.", nullptr,
                                                     asCount(report.medications.size() - shown)));
    }
}

int minutesOf(std::chrono::milliseconds time) {
    return asCount(std::chrono::duration_cast<std::chrono::minutes>(time).count());
}

void sessions(ReportCanvas& canvas, const ClinicianReport& report) {
    const ReportSessions& s = report.sessions;
    canvas.heading(QCoreApplication::translate("Report", "Heat and breathing sessions"));
    if (s.heat == 0 && s.breathing == 0) {
        canvas.paragraph(QCoreApplication::translate("Report", "None recorded in this period."));
        return;
    }
    canvas.paragraph(
        QCoreApplication::translate("Report", "Heat timer: %n session(s), ", nullptr, asCount(s.heat)) +
        QCoreApplication::translate("Report", "%n minute(s) of heat in all, ", nullptr, minutesOf(s.heatTime)) +
        QCoreApplication::translate("Report", "%n run to the end.", nullptr, asCount(s.heatFinished)));
    canvas.paragraph(
        QCoreApplication::translate("Report", "Slow breathing: %n session(s), ", nullptr, asCount(s.breathing)) +
        QCoreApplication::translate("Report", "%n minute(s) in all, ", nullptr, minutesOf(s.breathingTime)) +
        QCoreApplication::translate("Report", "%n breath(s).", nullptr, asCount(s.breaths)));
}

QString patternName(const ContentBundle& content, const std::string& id) {
    for (const auto& pattern : content.patterns) {
        if (pattern.id == id) {
            return QString::fromStdString(pattern.name);
        }
    }
    return QString::fromStdString(id); // a pattern the current guide no longer has
}

void patternResult(ReportCanvas& canvas, const ClinicianReport& report, const ContentBundle& content) {
    if (!report.patternResult) {
        return; // never used: nothing to say
    }
    const SavedPatternResult& result = *report.patternResult;
    canvas.heading(QCoreApplication::translate("Report", "Pattern finder (the person's own answers)"));
    if (result.fits.empty()) {
        canvas.paragraph(QCoreApplication::translate("Report", "On %1 the answers pointed to none of the common "
                                                               "patterns.")
                             .arg(dateTime(result.savedAt)));
    } else {
        QStringList names;
        for (const auto& fit : result.fits) {
            names << patternName(content, fit.patternId);
        }
        canvas.paragraph(QCoreApplication::translate("Report", "On %1 the answers fitted: %2.")
                             .arg(dateTime(result.savedAt), names.join(QStringLiteral("; "))));
    }
    canvas.paragraph(QCoreApplication::translate("Report", "Possible drivers to discuss, not a diagnosis."),
                     ReportCanvas::kBodySize * 0.9);
}

} // namespace

void paintClinicianReport(ReportCanvas& canvas, const ClinicianReport& report, const ContentBundle& content) {
    header(canvas, report);
    episodes(canvas, report);
    painChart(canvas, report);
    redFlags(canvas, report, content);
    counts(canvas, report);
    medications(canvas, report);
    sessions(canvas, report);
    patternResult(canvas, report, content);
}

} // namespace spasmguide
