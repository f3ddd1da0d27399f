// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/handover_text.h"

#include "gui/log/local_time.h"
#include "gui/report/report_canvas.h"
#include "gui/report/report_document.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>

namespace spasmguide {
namespace {

QString signLine(const HandoverSign& sign, const QDateTime& now) {
    return QCoreApplication::translate("Handover", "%1 \u2014 first noted %2")
        .arg(QString::fromStdString(sign.text), spokenWhen(localDateTime(sign.firstRecorded), now));
}

} // namespace

QString spokenWhen(const QDateTime& moment, const QDateTime& now) {
    const QLocale locale;
    const QString time = locale.toString(moment.time(), QStringLiteral("HH:mm"));
    const qint64 days = moment.date().daysTo(now.date());
    if (days == 0) {
        return QCoreApplication::translate("Handover", "at %1 today").arg(time);
    }
    if (days == 1) {
        return QCoreApplication::translate("Handover", "yesterday at %1").arg(time);
    }
    return QCoreApplication::translate("Handover", "on %1 at %2")
        .arg(locale.toString(moment.date(), QStringLiteral("ddd d MMM")), time);
}

std::vector<HandoverSection> handoverSections(const ContentBundle& content, const HandoverCard& card,
                                              const QDateTime& now) {
    std::vector<HandoverSection> sections;
    const auto& care = content.redFlags.care;
    if (card.empty()) {
        HandoverSection say{QStringLiteral("say"),
                            QCoreApplication::translate("Handover", "Nothing is recorded yet. Tell the call handler:"),
                            {}};
        for (const auto& item : care.tellCallHandler) {
            say.lines << QString::fromStdString(item);
        }
        sections.push_back(say);
        return sections;
    }

    HandoverSection signs{QStringLiteral("signs"), QCoreApplication::translate("Handover", "Warning signs"), {}};
    for (const auto& sign : card.signs) {
        signs.lines << signLine(sign, now);
    }
    for (const auto& reason : card.reasons) {
        signs.lines << QString::fromStdString(reason);
    }
    for (const auto& at : card.newSignReports) {
        signs.lines << QCoreApplication::translate("Handover", "A new emergency sign, reported at a check-in %1")
                           .arg(spokenWhen(localDateTime(at), now));
    }
    if (signs.lines.isEmpty()) {
        signs.lines << QCoreApplication::translate("Handover",
                                                   "None ticked. Say which signs you have, and when they started.");
    }
    sections.push_back(signs);

    HandoverSection began{
        QStringLiteral("began"), QCoreApplication::translate("Handover", "This episode of back pain"), {}};
    began.lines << (card.episodeBegan ? QCoreApplication::translate("Handover", "Began %1")
                                            .arg(spokenWhen(localDateTime(*card.episodeBegan), now))
                                      : QCoreApplication::translate("Handover", "Say when your back pain began."));
    sections.push_back(began);

    HandoverSection medicines{
        QStringLiteral("medicines"), QCoreApplication::translate("Handover", "Medicines taken today"), {}};
    for (const auto& medicine : card.medicinesToday) {
        medicines.lines << QCoreApplication::translate("Handover", "%1 at %2")
                               .arg(
                                   QString::fromStdString(medicine.name),
                                   QLocale().toString(localDateTime(medicine.takenAt).time(), QStringLiteral("HH:mm")));
    }
    if (medicines.lines.isEmpty()) {
        medicines.lines << QCoreApplication::translate(
            "Handover", "None logged today. Say any medicines you have taken today, and when.");
    }
    sections.push_back(medicines);

    HandoverSection answers{QStringLiteral("answers"), QCoreApplication::translate("Handover", "Also important"), {}};
    for (const auto& answer : card.answers) {
        answers.lines << signLine(answer, now);
    }
    if (answers.lines.isEmpty() && !care.tellCallHandler.empty()) {
        answers.lines << QString::fromStdString(care.tellCallHandler.back()); // "Any past cancer, steroid use..."
    }
    sections.push_back(answers);
    return sections;
}

bool paintHandoverPages(QPagedPaintDevice& device, const QString& title, const std::vector<HandoverSection>& sections) {
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    constexpr qreal kUnitsPerInch = 96; // the canvas's unit, as for the report
    const qreal scale = device.logicalDpiX() / kUnitsPerInch;
    painter.scale(scale, scale);
    const QRectF points = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(0, 0, points.width() * kUnitsPerInch / 72, points.height() * kUnitsPerInch / 72);
    ReportCanvas canvas(painter, page, QCoreApplication::translate("Handover", "SpasmGuide \u00B7 handover card"),
                        [&device] { return device.newPage(); });
    constexpr qreal kLarge = ReportCanvas::kBodySize * 1.6; // large print, to read out
    canvas.paragraph(title, kLarge * 1.3, true);
    for (const auto& section : sections) {
        canvas.space(8);
        canvas.paragraph(section.heading, kLarge, true);
        for (const auto& line : section.lines) {
            canvas.paragraph(QStringLiteral("\u2022 ") + line, kLarge);
        }
    }
    return painter.end();
}

} // namespace spasmguide
