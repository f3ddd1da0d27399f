// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange/json_import.h"

#include "exchange/log_json_reader.h"
#include "store/episode_store.h"
#include "store/store_error.h"
#include "store/transaction.h"

namespace spasmguide {

namespace {

void tally(ImportResult& result, MergeOutcome outcome, int& added, int& updated) {
    switch (outcome) {
    case MergeOutcome::Added:
        ++added;
        break;
    case MergeOutcome::Updated:
        ++updated;
        break;
    case MergeOutcome::Unchanged:
        ++result.unchanged;
        break;
    }
}

ImportResult failed(std::string error, bool cancelled = false) {
    ImportResult result;
    result.error = std::move(error);
    result.cancelled = cancelled;
    return result;
}

} // namespace

ImportResult importJson(EpisodeStore& store, std::istream& in, const ProgressFn& progress) {
    std::vector<ImportedEpisode> episodes;
    try {
        episodes = readLogJson(in);
    } catch (const LogFormatError& error) {
        return failed(error.what());
    }
    std::int64_t total = 0;
    for (const ImportedEpisode& imported : episodes) {
        total += 1 + static_cast<std::int64_t>(imported.checkIns.size());
    }
    ImportResult result;
    try {
        Transaction transaction(store.database());
        ProgressReporter reporter(progress, total);
        for (const ImportedEpisode& imported : episodes) {
            tally(result, store.mergeEpisode(imported.episode, transaction), result.episodesAdded,
                  result.episodesUpdated);
            for (const MergeOutcome outcome :
                 store.mergeCheckIns(imported.episode.id, imported.checkIns, transaction)) {
                tally(result, outcome, result.checkInsAdded, result.checkInsUpdated);
            }
            if (!imported.planTicks.empty()) {
                store.mergePlanTicks(imported.episode.id, imported.planTicks, transaction);
            }
            if (!imported.patternResults.empty()) {
                store.mergePatternResults(imported.episode.id, imported.patternResults, transaction);
            }
            for (const MergeOutcome outcome :
                 store.mergeActivities(imported.episode.id, imported.activities, transaction)) {
                tally(result, outcome, result.activitiesAdded, result.activitiesUpdated);
            }
            if (!reporter.advance(1 + static_cast<std::int64_t>(imported.checkIns.size()))) {
                return failed("the import was cancelled; nothing was imported", true);
            }
        }
        if (!reporter.finish()) {
            return failed("the import was cancelled; nothing was imported", true);
        }
        transaction.commit();
    } catch (const StoreError& error) {
        return failed(std::string("the log could not be saved, so nothing was imported: ") + error.what());
    }
    result.ok = true;
    return result;
}

} // namespace spasmguide
