// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/log/import_text.h"

#include "core/exchange/import_summary.h"
#include "gui/log/local_time.h"

#include <QCoreApplication>
#include <algorithm>
#include <limits>

namespace spasmguide {
namespace {

// A translation context of its own, which lupdate understands.
class ImportText {
    Q_DECLARE_TR_FUNCTIONS(ImportText)
};

int clamped(std::int64_t n) {
    return static_cast<int>(std::min<std::int64_t>(n, std::numeric_limits<int>::max()));
}

QString countText(RecordKind kind, std::int64_t count) {
    const int n = clamped(count);
    switch (kind) {
    case RecordKind::Episode:
        return ImportText::tr("%n episode(s)", nullptr, n);
    case RecordKind::CheckIn:
        return ImportText::tr("%n check-in(s)", nullptr, n);
    case RecordKind::HeatSession:
        return ImportText::tr("%n heat session(s)", nullptr, n);
    case RecordKind::BreathingSession:
        return ImportText::tr("%n breathing session(s)", nullptr, n);
    case RecordKind::Medication:
        return ImportText::tr("%n medicine(s) taken", nullptr, n);
    case RecordKind::PlanTick:
        return ImportText::tr("%n plan tick(s)", nullptr, n);
    case RecordKind::BackCheck:
        return ImportText::tr("%n back check(s)", nullptr, n);
    case RecordKind::PatternResult:
        break;
    }
    return ImportText::tr("%n pattern-finder result(s)", nullptr, n);
}

// `counts` is the list of what had the outcome; `n` how many records that is, for "it" or "them".
QString outcomeText(MergeOutcome outcome, const QString& counts, std::int64_t total) {
    const int n = clamped(total);
    switch (outcome) {
    case MergeOutcome::Added:
        return ImportText::tr("%1 added", nullptr, n).arg(counts);
    case MergeOutcome::Updated:
        return ImportText::tr("%1 updated from the file", nullptr, n).arg(counts);
    case MergeOutcome::Restored:
        return ImportText::tr("%1 brought back: changed in the file after you deleted it here", nullptr, n).arg(counts);
    case MergeOutcome::KeptLocal:
        return ImportText::tr("%1 kept as you edited it here", nullptr, n).arg(counts);
    case MergeOutcome::KeptDeleted:
        return ImportText::tr("%1 left deleted, as you deleted it here", nullptr, n).arg(counts);
    case MergeOutcome::KeptInPlace:
        return ImportText::tr("%1 kept in its episode here (the file has it in another)", nullptr, n).arg(counts);
    case MergeOutcome::Unchanged:
        break;
    }
    return ImportText::tr("%n record(s) already here", nullptr, n);
}

// What became of one record the import lists.
QString notedOutcomeText(MergeOutcome outcome) {
    switch (outcome) {
    case MergeOutcome::Added:
        return ImportText::tr("added");
    case MergeOutcome::Updated:
        return ImportText::tr("updated from the file");
    case MergeOutcome::Restored:
        return ImportText::tr("brought back: changed in the file after you deleted it here");
    case MergeOutcome::KeptLocal:
        return ImportText::tr("kept as you edited it here");
    case MergeOutcome::KeptDeleted:
        return ImportText::tr("left deleted, as you deleted it here");
    case MergeOutcome::KeptInPlace:
        return ImportText::tr("kept in its episode here; the file has it in another");
    case MergeOutcome::Unchanged:
        break;
    }
    return ImportText::tr("already here");
}

// What one noted record is, e.g. "Check-in of Mon 23 Nov 2026, 14:05".
QString recordName(const NotedRecord& record) {
    const QString when = record.at ? longDateTime(*record.at) : QString();
    switch (record.kind) {
    case RecordKind::Episode:
        return ImportText::tr("Episode from %1").arg(when);
    case RecordKind::CheckIn:
        return ImportText::tr("Check-in of %1").arg(when);
    case RecordKind::HeatSession:
        return ImportText::tr("Heat session of %1").arg(when);
    case RecordKind::BreathingSession:
        return ImportText::tr("Breathing session of %1").arg(when);
    case RecordKind::Medication:
        return ImportText::tr("Medicine taken at %1").arg(when);
    case RecordKind::PlanTick:
        return ImportText::tr("Plan tick (%1)").arg(QString::fromStdString(record.id));
    case RecordKind::BackCheck:
        return ImportText::tr("Back check of %1").arg(when);
    case RecordKind::PatternResult:
        break;
    }
    return ImportText::tr("Pattern-finder result of %1").arg(when);
}

} // namespace

QString importSummaryText(const ImportTally& tally) {
    QStringList clauses;
    for (const MergeOutcome outcome : kSummaryOrder) {
        const auto total = tally.of(outcome);
        if (total == 0) {
            continue;
        }
        QStringList counts;
        for (std::size_t kind = 0; kind < kRecordKinds; ++kind) {
            if (const auto n = tally.of(static_cast<RecordKind>(kind), outcome); n > 0) {
                counts << countText(static_cast<RecordKind>(kind), n);
            }
        }
        QString list = counts.takeLast();
        if (!counts.isEmpty()) {
            list = ImportText::tr("%1 and %2").arg(counts.join(QStringLiteral(", ")), list);
        }
        clauses << outcomeText(outcome, list, total);
    }
    if (clauses.isEmpty()) {
        return ImportText::tr("The file held no records.");
    }
    QString text = clauses.join(QStringLiteral("; ")) + QLatin1Char('.');
    text[0] = text[0].toUpper();
    return text;
}

QStringList notedRecordLines(const ImportResult& result) {
    QStringList lines;
    for (const NotedRecord& record : result.noted) {
        lines << ImportText::tr("%1: %2").arg(recordName(record), notedOutcomeText(record.outcome));
    }
    std::int64_t noted = 0;
    for (const MergeOutcome outcome : kSummaryOrder) {
        if (outcome != MergeOutcome::Added && outcome != MergeOutcome::Unchanged) {
            noted += result.tally.of(outcome);
        }
    }
    if (noted > static_cast<std::int64_t>(result.noted.size())) {
        lines << ImportText::tr("… and %n more.", nullptr,
                                clamped(noted - static_cast<std::int64_t>(result.noted.size())));
    }
    return lines;
}

QString importRecordText(const ImportRecord& record) {
    return ImportText::tr("%1, from %2: %3")
        .arg(longDateTime(record.importedAt), QString::fromStdString(record.fileName), importSummaryText(record.tally));
}

} // namespace spasmguide
