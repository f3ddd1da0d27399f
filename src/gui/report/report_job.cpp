// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/report_job.h"

#include "core/store/episode_store.h"
#include "gui/platform/private_output_file.h"
#include "gui/report/report_document.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <spdlog/spdlog.h>

namespace spasmguide {

ReportRequest clinicianReportRequest(const ContentBundle& content, std::chrono::system_clock::time_point now) {
    ReportRequest request;
    request.to = now;
    request.appVersion = SPASMGUIDE_VERSION;
    request.contentVersion = content.manifest.version;
    // The medicines the medication log offers are the ones Step 2 says cause drowsiness; others are not flagged
    // rather than guessed.
    // A listed "Methocarbamol (Robaxin)" is matched by either name, since people record what is on their pack.
    if (const Step* medicate = content.step("medicate")) {
        for (const auto& listed : medicate->medicationNames) {
            const QString name = QString::fromStdString(listed);
            const qsizetype open = name.indexOf(QLatin1Char('('));
            if (open < 0) {
                request.drowsyMedicines.push_back(listed);
                continue;
            }
            request.drowsyMedicines.push_back(name.left(open).trimmed().toStdString());
            request.drowsyMedicines.push_back(name.mid(open + 1).remove(QLatin1Char(')')).trimmed().toStdString());
        }
    }
    return request;
}

std::optional<ClinicianReport> readClinicianReport(const std::filesystem::path& dataDir, const Clock& clock,
                                                   const ContentBundle& content, QString& error) {
    auto opened = EpisodeStore::open(dataDir, clock);
    if (!opened.store) {
        error = QString::fromStdString(opened.message);
        return std::nullopt;
    }
    try {
        return buildClinicianReport(*opened.store, clinicianReportRequest(content, clock.now()), clock.now());
    } catch (const std::exception& e) {
        spdlog::warn("report: reading the log failed: {}", e.what());
        error = QCoreApplication::translate("Report", "The log could not be read (%1). No report was made.")
                    .arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

ExchangeOutcome writeClinicianReport(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                                     const ContentBundle& content) {
    if (QFileInfo(file).suffix().toLower() != QStringLiteral("pdf")) {
        return {false,
                QCoreApplication::translate("Report", "Save the report to a file ending in .pdf, not %1.").arg(file)};
    }
    QString error;
    const auto report = readClinicianReport(dataDir, clock, content, error);
    if (!report) {
        return {false, error};
    }
    if (!writeReportPdf(file, *report, content, error)) {
        return {false, error};
    }
    return {true, QCoreApplication::translate("Report", "Saved the report for your clinician to %1.").arg(file)};
}

bool saveClinicianReportPage(const std::filesystem::path& dataDir, const Clock& clock, const ContentBundle& content,
                             const QString& file) {
    QString error;
    const auto report = readClinicianReport(dataDir, clock, content, error);
    if (!report) {
        return false;
    }
    PrivateOutputFile out(file);
    return out.open() && renderReportFirstPage(*report, content).save(&out.device(), "PNG") && out.commit();
}

} // namespace spasmguide
