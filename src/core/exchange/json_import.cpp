// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/json_import.h"

#include "core/exchange/json_byte_source.h"
#include "core/exchange/log_json_reader.h"
#include "core/store/database.h"
#include "core/store/episode_store.h"
#include "core/store/log_merger.h"
#include "core/store/store_error.h"
#include "core/store/transaction.h"
#include "core/time/clock.h"

#include <istream>

namespace spasmguide {

namespace {

// Page cache while importing: the random ids of a big file make index inserts random, and a bigger cache keeps
// them off the disk. Well inside the memory an import may use.
constexpr std::int64_t kImportCacheKiB = 48 * 1024;

struct Cancelled {};

// Hands each record the reader checked to the merger, counts what came of it, and reports progress.
class MergingSink final : public LogJsonSink {
public:
    MergingSink(LogMerger& merger, ImportResult& result, const JsonByteSource& source, const ImportOptions& options,
                std::int64_t size)
        : m_merger(merger), m_result(result), m_source(source), m_options(options), m_size(size) {}

    bool openEpisode(const std::string& id, std::optional<std::int64_t> modifiedMs, const Place& at,
                     bool headerComplete) override {
        // Whether an episode deleted here comes back depends on its change time, which may follow its records.
        if (!headerComplete && m_merger.deletedHere(id)) {
            return false;
        }
        if (!m_merger.openEpisode(id, modifiedMs)) {
            Place(at, "id").fail("is used twice in the file");
        }
        return true;
    }
    void checkIn(const CheckIn& checkIn, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::CheckIn, checkIn.id, checkIn.at, m_merger.mergeCheckIn(checkIn, modifiedMs), at);
    }
    void heatSession(const HeatSession& session, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::HeatSession, session.id, session.startedAt, m_merger.mergeHeatSession(session, modifiedMs),
               at);
    }
    void breathingSession(const BreathingSession& session, std::optional<std::int64_t> modifiedMs,
                          const Place& at) override {
        merged(RecordKind::BreathingSession, session.id, session.startedAt,
               m_merger.mergeBreathingSession(session, modifiedMs), at);
    }
    void medication(const MedicationEntry& entry, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::Medication, entry.id, entry.takenAt, m_merger.mergeMedication(entry, modifiedMs), at);
    }
    void planTick(const PlanTick& tick, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::PlanTick, "day " + std::to_string(tick.day) + ": " + tick.itemId, std::nullopt,
               m_merger.mergePlanTick(tick, modifiedMs), at);
    }
    void backCheck(const BackCheckRecord& check, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::BackCheck, check.id, check.takenAt, m_merger.mergeBackCheck(check, modifiedMs), at);
    }
    void patternResult(const SavedPatternResult& result, const Place& at) override {
        merged(RecordKind::PatternResult, {}, result.savedAt, m_merger.mergePatternResult(result), at);
    }
    void closeEpisode(const Episode& episode, std::optional<std::int64_t> modifiedMs, const Place& at) override {
        merged(RecordKind::Episode, episode.id, episode.startedAt, m_merger.closeEpisode(episode, modifiedMs), at);
    }

    void report() {
        if (m_options.progress && !m_options.progress({m_records, m_source.bytesRead(), m_size})) {
            throw Cancelled{};
        }
    }

private:
    void merged(RecordKind kind, const std::string& id, std::optional<Timestamp> when,
                std::optional<MergeOutcome> outcome, const Place& at) {
        if (!outcome) {
            Place(at, "id").fail("is used twice in the file");
        }
        m_result.tally.count(kind, *outcome);
        const bool worthNoting = *outcome != MergeOutcome::Added && *outcome != MergeOutcome::Unchanged;
        if (worthNoting && m_result.noted.size() < kMaxNoted) {
            m_result.noted.push_back({kind, *outcome, id, when});
        }
        if (++m_records % kProgressEvery == 0) {
            report();
        }
    }

    LogMerger& m_merger;
    ImportResult& m_result;
    const JsonByteSource& m_source;
    const ImportOptions& m_options;
    std::int64_t m_size;
    std::int64_t m_records = 0;
};

// The stream's size when it can be told without reading it (a file), else -1.
std::int64_t sizeOf(std::istream& in) {
    const auto start = in.tellg();
    if (start == std::istream::pos_type(-1) || !in.seekg(0, std::ios::end)) {
        in.clear();
        return -1;
    }
    const auto end = in.tellg();
    in.seekg(start);
    return end == std::istream::pos_type(-1) ? -1 : static_cast<std::int64_t>(end - start);
}

ImportResult failed(std::string error, bool cancelled = false) {
    ImportResult result;
    result.error = std::move(error);
    result.cancelled = cancelled;
    return result;
}

// Sets the connection's page cache for the import and puts it back however the import ends.
class CacheSize final {
public:
    CacheSize(Database& db, std::int64_t kib) : m_db(db), m_before(db.queryInt64("PRAGMA cache_size")) {
        m_db.exec("PRAGMA cache_size = -" + std::to_string(kib));
    }
    ~CacheSize() {
        try {
            m_db.exec("PRAGMA cache_size = " + std::to_string(m_before));
        } catch (...) {
            // Only a speed setting: a connection that cannot take it back is failing anyway.
        }
    }
    CacheSize(const CacheSize&) = delete;
    CacheSize& operator=(const CacheSize&) = delete;

private:
    Database& m_db;
    std::int64_t m_before;
};

} // namespace

ImportResult importJson(EpisodeStore& store, std::istream& in, const ImportOptions& options) {
    const auto now = store.clock().now();
    const Timestamp importedAt = Timestamp::local(now);
    const std::int64_t size = options.size >= 0 ? options.size : sizeOf(in);
    ImportResult result;
    try {
        CacheSize cache(store.database(), kImportCacheKiB);
        Transaction transaction(store.database());
        LogMerger merger(store, transaction, importedAt.epochMs);
        JsonByteSource source(in);
        MergingSink sink(merger, result, source, options, size);
        readLogJson(source, sink, log_json::Checks::at(now));
        if (in.bad()) {
            return failed("the file could not be read to its end, so nothing was imported");
        }
        sink.report();
        store.recordImport({importedAt, options.sourceName, result.tally}, transaction);
        transaction.commit();
    } catch (const LogFormatError& error) {
        return failed(error.what());
    } catch (const Cancelled&) {
        return failed("the import was cancelled; nothing was imported", true);
    } catch (const StoreError& error) {
        return failed(std::string("the log could not be saved, so nothing was imported: ") + error.what());
    } catch (const std::exception&) { // e.g. out of memory; the text may quote the file, so it is not shown
        return failed("the file could not be imported, so nothing was imported");
    }
    result.ok = true;
    return result;
}

} // namespace spasmguide
