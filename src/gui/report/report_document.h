// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/report/clinician_report.h"

#include <QImage>
#include <QPageSize>
#include <QString>

class QPagedPaintDevice;

namespace spasmguide {

class ReportCanvas;

// The clinician report's pages: period, versions, "not a diagnosis", episodes, the pain chart (chart_painter, as on
// screen), every warning-sign "yes", triggers and worse-items, medications. One painting for every output.
void paintClinicianReport(ReportCanvas& canvas, const ClinicianReport& report, const ContentBundle& content);

// Letter where the system measures in US units, else A4.
[[nodiscard]] QPageSize reportPageSize();

// The report's paper size and margins, for a PDF writer or a printer.
void setUpReportPage(QPagedPaintDevice& device);

// Paints every page onto a PDF writer or a printer. False when the device could not be painted on.
bool paintReportPages(QPagedPaintDevice& device, const ClinicianReport& report, const ContentBundle& content);

// Writes the PDF whole or not at all (a temporary file renamed at the end); false with `error` set otherwise.
bool writeReportPdf(const QString& file, const ClinicianReport& report, const ContentBundle& content, QString& error);

// The first page as a picture, white, at `scale` times 96 dpi (for --screenshot-all's "report").
[[nodiscard]] QImage renderReportFirstPage(const ClinicianReport& report, const ContentBundle& content,
                                           qreal scale = 1.5);

} // namespace spasmguide
