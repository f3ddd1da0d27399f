// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/log/log_exchange.h"

#include "core/exchange/csv_export.h"
#include "core/exchange/json_export.h"
#include "core/exchange/json_import.h"
#include "core/store/episode_store.h"
#include "gui/log/import_text.h"
#include "gui/platform/private_output_file.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <fstream>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

std::filesystem::path pathOf(const QString& file) {
    return std::filesystem::path(file.toStdString());
}

} // namespace

ExchangeOutcome exportLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const std::string& contentVersion, const ProgressFn& progress) {
    const QString suffix = QFileInfo(file).suffix().toLower();
    if (suffix != QStringLiteral("csv") && suffix != QStringLiteral("json")) {
        return {
            false,
            QCoreApplication::translate("LogExchange", "Export to a file ending in .csv or .json, not %1.").arg(file)};
    }
    // Default options: a damaged log is left as it is and the export fails, so no good earlier export is replaced.
    auto opened = EpisodeStore::open(dataDir, clock);
    if (!opened.store) {
        return {false, QString::fromStdString(opened.message)};
    }
    // Written beside the target under a name nobody could plant, and renamed over it only when complete.
    PrivateOutputFile output(file);
    if (!output.open()) {
        return {false, QCoreApplication::translate("LogExchange", "%1 cannot be written.").arg(file)};
    }
    bool complete = false;
    try {
        std::ostream& out = output.stream();
        complete = suffix == QStringLiteral("csv")
                       ? exportCsv(*opened.store, out, progress)
                       : exportJson(*opened.store, out, {SPASMGUIDE_VERSION, contentVersion, std::nullopt}, progress);
        out.flush();
        if (complete && !out) {
            throw std::runtime_error("the disk may be full");
        }
    } catch (const std::exception& e) {
        spdlog::warn("export failed: {}", e.what());
        return {false, QCoreApplication::translate("LogExchange", "The export failed (%1). Nothing was changed.")
                           .arg(QString::fromUtf8(e.what()))};
    }
    if (!complete) {
        return {false, QCoreApplication::translate("LogExchange", "The export was cancelled. Nothing was written.")};
    }
    if (!output.commit()) {
        spdlog::warn("export: the file could not be completed: {}", output.errorString().toStdString());
        return {false, QCoreApplication::translate("LogExchange", "%1 could not be replaced.").arg(file)};
    }
    return {true, QCoreApplication::translate("LogExchange", "Exported your log to %1.").arg(file)};
}

ExchangeOutcome importLog(const std::filesystem::path& dataDir, const Clock& clock, const QString& file,
                          const ImportProgressFn& progress, const ImportOpener& open) {
    const auto path = pathOf(file);
    std::unique_ptr<std::istream> in = open ? open(path) : std::make_unique<std::ifstream>(path, std::ios::binary);
    if (!in || !*in) {
        return {false, QCoreApplication::translate("LogExchange", "%1 cannot be read.").arg(file)};
    }
    auto opened = EpisodeStore::open(dataDir, clock);
    if (!opened.store) {
        return {false, QString::fromStdString(opened.message)};
    }
    if (opened.store->isReadOnly()) {
        // Said before a byte of the file is read: the log opened, but only for History, export and the report.
        return {false, QCoreApplication::translate("LogExchange", "Nothing was imported: %1")
                           .arg(QString::fromStdString(opened.message))};
    }
    // Only the file's name goes into the history of imports: its folder may say who the person is.
    const auto result = importJson(*opened.store, *in, {path.filename().string(), progress});
    if (result.cancelled) {
        return {false,
                QCoreApplication::translate("LogExchange", "The import was cancelled. Nothing was imported."),
                {},
                true};
    }
    if (!result.ok) {
        return {false, QCoreApplication::translate("LogExchange", "Nothing was imported: %1")
                           .arg(QString::fromStdString(result.error))};
    }
    spdlog::info("import: {} records", result.tally.records()); // counts only: no health data in the log
    return {true,
            QCoreApplication::translate("LogExchange", "Imported %1. %2").arg(file, importSummaryText(result.tally)),
            notedRecordLines(result)};
}

LogExchangeRunner::LogExchangeRunner(QObject* parent) : QObject(parent) {}

LogExchangeRunner::~LogExchangeRunner() {
    m_cancel = true;
    if (m_worker.joinable()) {
        m_worker.join();
    }
}

void LogExchangeRunner::start(Task task) {
    if (m_worker.joinable()) {
        m_worker.join();
    }
    m_cancel = false;
    m_running = true;
    m_worker = std::thread([this, task = std::move(task)] {
        const ExchangeProgressFn progress = [this](const ExchangeProgress& p) {
            QMetaObject::invokeMethod(
                this, [this, p] { Q_EMIT progressed(p.done, p.total, p.records); }, Qt::QueuedConnection);
            return !m_cancel.load();
        };
        const ExchangeOutcome outcome = task(progress);
        QMetaObject::invokeMethod(
            this,
            [this, outcome] {
                m_running = false;
                Q_EMIT finished(outcome);
            },
            Qt::QueuedConnection);
    });
}

} // namespace spasmguide
