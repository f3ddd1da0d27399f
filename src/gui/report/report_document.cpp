// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// Putting the report's pages on a device: the page size and margins, the PDF file, the PNG of page one.
#include "gui/report/report_document.h"

#include "gui/platform/private_output_file.h"
#include "gui/report/report_canvas.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>

namespace spasmguide {
namespace {

constexpr qreal kUnitsPerInch = 96; // the canvas's unit is 1/96 inch on every device
constexpr qreal kMarginMm = 15;

QString footerText(const ClinicianReport& report) {
    return QCoreApplication::translate("Report", "SpasmGuide %1 \u00B7 guide content %2 \u00B7 not a diagnosis")
        .arg(QString::fromStdString(report.appVersion), QString::fromStdString(report.contentVersion));
}

} // namespace

QPageSize reportPageSize() {
    return QPageSize(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? QPageSize::Letter
                                                                                        : QPageSize::A4);
}

void setUpReportPage(QPagedPaintDevice& device) {
    device.setPageSize(reportPageSize());
    device.setPageMargins(QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

bool paintReportPages(QPagedPaintDevice& device, const ClinicianReport& report, const ContentBundle& content) {
    QPainter painter;
    if (!painter.begin(&device)) {
        return false;
    }
    const qreal scale = device.logicalDpiX() / kUnitsPerInch;
    painter.scale(scale, scale);
    // The painter's origin is the printable area's corner, so the canvas starts at 0,0.
    const QRectF points = device.pageLayout().paintRect(QPageLayout::Point);
    const QRectF page(0, 0, points.width() * kUnitsPerInch / 72, points.height() * kUnitsPerInch / 72);
    ReportCanvas canvas(painter, page, footerText(report), [&device] { return device.newPage(); });
    paintClinicianReport(canvas, report, content);
    return painter.end();
}

bool writeReportPdf(const QString& file, const ClinicianReport& report, const ContentBundle& content, QString& error) {
    PrivateOutputFile out(file); // health data: owner only, and the target changes only when the PDF is whole
    if (!out.open()) {
        error = QCoreApplication::translate("Report", "%1 cannot be written (%2). Nothing was saved.")
                    .arg(file, out.errorString());
        return false;
    }
    bool painted = false;
    {
        QPdfWriter writer(&out.device());
        setUpReportPage(writer);
        writer.setTitle(QCoreApplication::translate("Report", "SpasmGuide report for my clinician"));
        writer.setCreator(QStringLiteral("SpasmGuide %1").arg(QString::fromStdString(report.appVersion)));
        painted = paintReportPages(writer, report, content);
    }
    if (!painted || !out.commit()) {
        const QString reason = painted ? out.errorString() : QStringLiteral("PDF");
        error =
            QCoreApplication::translate("Report", "%1 could not be written (%2). Nothing was saved.").arg(file, reason);
        return false;
    }
    return true;
}

QImage renderReportFirstPage(const ClinicianReport& report, const ContentBundle& content, qreal scale) {
    const QSizeF points = reportPageSize().size(QPageSize::Point);
    const QSizeF size = points * kUnitsPerInch / 72;
    QImage image((size * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(kUnitsPerInch * scale / 0.0254));
    image.setDotsPerMeterY(qRound(kUnitsPerInch * scale / 0.0254));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.scale(scale, scale);
    const qreal margin = kMarginMm / 25.4 * kUnitsPerInch;
    painter.translate(margin, margin);
    const QRectF page(0, 0, size.width() - 2 * margin, size.height() - 2 * margin);
    ReportCanvas canvas(painter, page, footerText(report), [] { return false; });
    paintClinicianReport(canvas, report, content);
    return image;
}

} // namespace spasmguide
