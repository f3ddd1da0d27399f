// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's clinician report: saving the PDF and printing, with the log read on a worker thread.
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/modules/print_dialog.h"
#include "gui/platform/optional_module.h"
#include "gui/platform/print_loader.h"
#include "gui/report/report_document.h"
#include "gui/report/report_job.h"
#include "gui/shell/main_window.h"

#include <QDate>
#include <QDateTime>
#include <QFileDialog>
#include <QStatusBar>
#include <memory>

namespace spasmguide {

print_module::PrintWithDialog printWithDialog() {
    static OptionalModule module(QString::fromLatin1(print_module::kName));
    return module.resolveAs<print_module::PrintWithDialog>(print_module::kPrintWithDialog);
}

void MainWindow::askForReportFile() {
    if (!m_log) {
        return;
    }
    const QString name = QStringLiteral("spasmguide-report-%1.pdf")
                             .arg(localDateTime(m_log->clock().now()).date().toString(QStringLiteral("yyyy-MM-dd")));
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Save the report for your clinician"), name, tr("PDF document (*.pdf)"));
    if (!file.isEmpty()) {
        saveReportTo(file.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive) ? file : file + QStringLiteral(".pdf"));
    }
}

void MainWindow::saveReportTo(const QString& file) {
    if (!m_log) {
        return;
    }
    const auto dataDir = m_log->dataDir();
    const Clock& clock = m_log->clock();
    const auto content = m_content.bundle; // shared, never changed: safe to read on the worker
    runExchange(tr("Making the report\u2026"), [dataDir, &clock, file, content](const ExchangeProgressFn&) {
        return writeClinicianReport(dataDir, clock, file, *content);
    });
}

void MainWindow::printReport() {
    if (!m_log || m_exchange->isRunning()) {
        return;
    }
    const auto print = printWithDialog();
    if (!print) {
        showLogNotice(tr("Printing is not available: part of SpasmGuide is missing. Save the report as a PDF "
                         "instead, or reinstall SpasmGuide."));
        return;
    }
    const auto dataDir = m_log->dataDir();
    const Clock& clock = m_log->clock();
    const auto content = m_content.bundle;
    auto report = std::make_shared<std::optional<ClinicianReport>>();
    connect(
        m_exchange, &LogExchangeRunner::finished, this,
        [this, report, content, print] {
            if (!*report) {
                return; // the failure is already shown
            }
            const auto result =
                print(this, tr("Print the report for your clinician"), &setUpReportPage,
                      [&](QPagedPaintDevice& printer) { return paintReportPages(printer, **report, *content); });
            if (result == print_module::Result::Failed) {
                showLogNotice(tr("The report could not be sent to the printer."));
            }
        },
        Qt::SingleShotConnection);
    runExchange(tr("Making the report\u2026"), [dataDir, &clock, content, report](const ExchangeProgressFn&) {
        QString error;
        *report = readClinicianReport(dataDir, clock, *content, error);
        return *report ? ExchangeOutcome{true, tr("The report is ready to print.")} : ExchangeOutcome{false, error};
    });
}

} // namespace spasmguide
