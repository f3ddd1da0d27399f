// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/report/clinician_report.h"
#include "core/time/clock.h"
#include "gui/log/log_exchange.h"

#include <QString>
#include <filesystem>
#include <optional>

namespace spasmguide {

// The report's request: the whole log up to now, this app's and the guide's versions, and the medicines the guide
// flags for drowsiness.
[[nodiscard]] ReportRequest clinicianReportRequest(const ContentBundle& content,
                                                   std::chrono::system_clock::time_point now);

// Reads the log in `dataDir` on a connection of its own (any thread); nullopt with `error` set on failure.
[[nodiscard]] std::optional<ClinicianReport> readClinicianReport(const std::filesystem::path& dataDir,
                                                                 const Clock& clock, const ContentBundle& content,
                                                                 QString& error);

// --report and the History screen's button: reads the log and writes the PDF, whole or not at all.
ExchangeOutcome writeClinicianReport(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                                     const ContentBundle& content);

// The report's first page as a PNG, for --screenshot-all's "report". False when it could not be made.
bool saveClinicianReportPage(const std::filesystem::path& dataDir, const Clock& clock, const ContentBundle& content,
                             const QString& file);

} // namespace spasmguide
