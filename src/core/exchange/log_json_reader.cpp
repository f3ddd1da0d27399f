// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/exchange/log_json_reader.h"

#include "core/exchange/json_byte_source.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>
#include <string_view>
#include <utility>
#include <vector>

namespace spasmguide {

namespace {

using nlohmann::json;

// An episode's lists, each read one record at a time, in the order an export writes them.
enum class List { CheckIns, PlanTicks, HeatSessions, BreathingSessions, MedicationsTaken, BackChecks, PatternResults };
constexpr std::array<std::string_view, 7> kListNames{
    "checkIns", "planTicks", "heatSessions", "breathingSessions", "medicationsTaken", "backChecks", "patternResults"};
// An episode's own fields, gathered into one small object.
constexpr std::array<std::string_view, 7> kEpisodeFields{"id",   "startedAt",  "endedAt",     "backToUsualAt",
                                                         "note", "modifiedAt", "triageTicked"};
constexpr std::array<std::string_view, 2> kTopFields{"format", "formatVersion"};

template <std::size_t N>
const std::string_view* findName(const std::array<std::string_view, N>& names, std::string_view key) {
    for (const auto& name : names) {
        if (name == key) {
            return &name;
        }
    }
    return nullptr;
}

// Builds one value from SAX events as nlohmann's DOM parser does, and counts its values against kMaxRecordValues.
class ValueBuilder final {
public:
    void begin() {
        m_root = json();
        m_stack.clear();
        m_slot = nullptr;
        m_values = 0;
        m_active = true;
    }
    [[nodiscard]] bool active() const { return m_active; }
    [[nodiscard]] std::int64_t values() const { return m_values; }
    json& value() { return m_root; }

    // Each returns true when the value is complete.
    bool scalar(json value) {
        *slot() = std::move(value);
        return finishedIfOutermost();
    }
    void open(json container) {
        json* at = slot();
        *at = std::move(container);
        m_stack.push_back(at);
    }
    void key(const std::string& key) { m_slot = &(*m_stack.back())[key]; }
    bool close() {
        m_stack.pop_back();
        return finishedIfOutermost();
    }

private:
    json* slot() {
        ++m_values;
        if (m_stack.empty()) {
            return &m_root;
        }
        json& top = *m_stack.back();
        if (top.is_array()) {
            return &top.emplace_back();
        }
        return m_slot;
    }
    bool finishedIfOutermost() {
        m_active = !m_stack.empty();
        return !m_active;
    }

    json m_root;
    std::vector<json*> m_stack;
    json* m_slot = nullptr;
    std::int64_t m_values = 0;
    bool m_active = false;
};

// The SAX handler: follows where it is in the log's structure, hands each record (built by ValueBuilder) to the
// field readers and then to the sink, and skips what it does not know without building it.
class LogSax final : public nlohmann::json_sax<json> {
public:
    LogSax(JsonByteSource& source, LogJsonSink& sink, const log_json::Checks& checks)
        : m_source(source), m_sink(sink), m_checks(checks) {}

    bool null() override { return scalar(json(nullptr)); }
    bool boolean(bool value) override { return scalar(json(value)); }
    bool number_integer(number_integer_t value) override { return scalar(json(value)); }
    bool number_unsigned(number_unsigned_t value) override { return scalar(json(value)); }
    bool number_float(number_float_t value, const string_t&) override { return scalar(json(value)); }
    bool string(string_t& value) override { return scalar(json(std::move(value))); }
    bool binary(binary_t&) override { return scalar(json()); } // JSON text has none
    bool start_object(std::size_t) override { return open(true); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_object() override { return close(true); }
    bool end_array() override { return close(false); }
    bool key(string_t& key) override;
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) override;

private:
    enum class Where { Document, Top, Episodes, Episode, List, Done };
    enum class Capture { TopField, EpisodeField, ListItem };
    struct Pending {
        List list;
        std::size_t index;
        json value;
    };

    bool scalar(json value);
    bool open(bool object);
    bool close(bool object);
    void startCapture(Capture capture);
    void checkSize() const; // refuses a record that outgrows what SpasmGuide writes, before it fills memory
    void captured();
    void item(List list, std::size_t index, json& value);
    void deliver(List list, std::size_t index, const json& value);
    void openEpisode(bool headerComplete);
    [[nodiscard]] std::optional<std::int64_t> episodeStart() const; // when read and valid so far
    void closeEpisode();
    void finishDocument();

    JsonByteSource& m_source;
    LogJsonSink& m_sink;
    log_json::Checks m_checks;
    const Place m_document;
    const Place m_episodes{m_document, "episodes"};

    Where m_where = Where::Document;
    ValueBuilder m_value;
    Capture m_capture = Capture::TopField;
    std::string_view m_field;         // the top or episode field being captured
    std::int64_t m_captureStart = 0;  // where it began in the file
    bool m_skipNext = false;          // the next value is one this reader does not know
    std::int64_t m_skipDepth = 0;     // inside such a value
    bool m_expectEpisodes = false;    // the next value is "episodes"
    std::optional<List> m_expectList; // the next value is one of an episode's lists

    json m_format;
    json m_formatVersion;
    bool m_haveFormat = false;
    bool m_haveFormatVersion = false;
    bool m_haveEpisodes = false;

    std::size_t m_episodeIndex = 0;
    json m_header = json::object();
    bool m_opened = false;
    bool m_holding = false; // the sink wants the whole episode before its records
    std::string m_episodeId;
    std::vector<Pending> m_pending; // records that came before their episode's id
    // The earliest back check read before its episode's startedAt (time, index): checked when the episode closes.
    std::optional<std::pair<std::int64_t, std::size_t>> m_earliestUnchecked;
    List m_list = List::CheckIns;
    std::size_t m_itemIndex = 0;
};

bool LogSax::scalar(json value) {
    m_source.valueEnded();
    if (m_skipDepth > 0) {
        return true;
    }
    if (m_skipNext) {
        m_skipNext = false;
        return true;
    }
    if (m_value.active()) {
        const bool complete = m_value.scalar(std::move(value));
        checkSize();
        if (complete) {
            captured();
        }
        return true;
    }
    switch (m_where) {
    case Where::Document:
        throw LogFormatError("the file is not a SpasmGuide log: it does not hold a JSON object");
    case Where::Top:
        if (m_expectEpisodes) {
            m_episodes.fail("must be a list");
        }
        startCapture(Capture::TopField);
        m_value.scalar(std::move(value));
        captured();
        return true;
    case Where::Episodes:
        Place(m_episodes, m_episodeIndex).fail("must be an object");
    case Where::Episode: {
        const Place episode(m_episodes, m_episodeIndex);
        if (m_expectList) {
            Place(episode, kListNames[static_cast<std::size_t>(*m_expectList)]).fail("must be a list");
        }
        startCapture(Capture::EpisodeField);
        m_value.scalar(std::move(value));
        captured();
        return true;
    }
    case Where::List:
        startCapture(Capture::ListItem);
        m_value.scalar(std::move(value));
        captured();
        return true;
    case Where::Done:
        break;
    }
    return true;
}

bool LogSax::open(bool object) {
    if (m_skipDepth > 0 || m_skipNext) {
        m_skipNext = false;
        ++m_skipDepth;
        return true;
    }
    const json container = object ? json::object() : json::array();
    if (m_value.active()) {
        m_value.open(container);
        checkSize();
        return true;
    }
    switch (m_where) {
    case Where::Document:
        if (!object) {
            throw LogFormatError("the file is not a SpasmGuide log: it does not hold a JSON object");
        }
        m_where = Where::Top;
        return true;
    case Where::Top:
        if (m_expectEpisodes) {
            m_expectEpisodes = false;
            if (object) {
                m_episodes.fail("must be a list");
            }
            m_haveEpisodes = true;
            m_where = Where::Episodes;
            return true;
        }
        startCapture(Capture::TopField);
        break;
    case Where::Episodes:
        if (!object) {
            Place(m_episodes, m_episodeIndex).fail("must be an object");
        }
        m_where = Where::Episode;
        m_header = json::object();
        m_opened = false;
        m_holding = false;
        m_pending.clear();
        m_earliestUnchecked.reset();
        return true;
    case Where::Episode:
        if (m_expectList) {
            m_list = *m_expectList;
            m_expectList.reset();
            if (object) {
                Place(Place(m_episodes, m_episodeIndex), kListNames[static_cast<std::size_t>(m_list)])
                    .fail("must be a list");
            }
            m_itemIndex = 0;
            m_where = Where::List;
            return true;
        }
        startCapture(Capture::EpisodeField);
        break;
    case Where::List:
        startCapture(Capture::ListItem);
        break;
    case Where::Done:
        return true;
    }
    m_value.open(container);
    return true;
}

bool LogSax::close(bool /*object*/) {
    m_source.valueEnded();
    if (m_skipDepth > 0) {
        --m_skipDepth;
        return true;
    }
    if (m_value.active()) {
        if (m_value.close()) {
            captured();
        }
        return true;
    }
    switch (m_where) {
    case Where::Top:
        finishDocument();
        m_where = Where::Done;
        break;
    case Where::Episodes:
        m_where = Where::Top;
        break;
    case Where::Episode:
        closeEpisode();
        ++m_episodeIndex;
        m_where = Where::Episodes;
        break;
    case Where::List:
        m_where = Where::Episode;
        break;
    case Where::Document:
    case Where::Done:
        break;
    }
    return true;
}

bool LogSax::key(string_t& key) {
    m_source.valueEnded();
    if (m_skipDepth > 0) {
        return true;
    }
    if (m_value.active()) {
        m_value.key(key);
        return true;
    }
    if (m_where == Where::Top) {
        m_expectEpisodes = key == "episodes";
        const auto* field = findName(kTopFields, key);
        m_field = field ? *field : std::string_view();
        m_skipNext = !m_expectEpisodes && !field;
    } else if (m_where == Where::Episode) {
        const auto* list = findName(kListNames, key);
        m_expectList = list ? std::optional(static_cast<List>(list - kListNames.data())) : std::nullopt;
        const auto* field = findName(kEpisodeFields, key);
        m_field = field ? *field : std::string_view();
        m_skipNext = !list && !field;
    }
    return true;
}

bool LogSax::parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception&) {
    if (!m_source.sawContent()) {
        throw LogFormatError("the file is empty");
    }
    // nlohmann counts bytes from 1 and points one past the end when the text stops early.
    if (m_source.reachedEnd() && static_cast<std::int64_t>(position) > m_source.size()) {
        throw LogFormatError("the file ends too early: it was probably cut short while being saved or copied");
    }
    throw LogFormatError("the file is not valid JSON (damaged near " +
                         m_source.placeOf(static_cast<std::int64_t>(position) - 1) + ")");
}

void LogSax::startCapture(Capture capture) {
    m_capture = capture;
    m_captureStart = m_source.bytesRead();
    m_value.begin();
}

void LogSax::checkSize() const {
    if (m_value.values() <= kMaxRecordValues && m_source.bytesRead() - m_captureStart <= kMaxRecordBytes) {
        return;
    }
    const std::string message = "holds more than any SpasmGuide record (over " + std::to_string(kMaxRecordValues) +
                                " values or " + std::to_string(kMaxRecordBytes >> 20) + " MB)";
    const Place episode(m_episodes, m_episodeIndex);
    switch (m_capture) {
    case Capture::TopField:
        Place(m_document, m_field).fail(message);
    case Capture::EpisodeField:
        Place(episode, m_field).fail(message);
    case Capture::ListItem:
        Place(Place(episode, kListNames[static_cast<std::size_t>(m_list)]), m_itemIndex).fail(message);
    }
}

void LogSax::captured() {
    json& value = m_value.value();
    switch (m_capture) {
    case Capture::TopField:
        (m_field == "format" ? m_format : m_formatVersion) = std::move(value);
        if (m_field == "format") {
            m_haveFormat = true;
            log_json::checkFormat(&m_format);
        } else {
            m_haveFormatVersion = true;
            log_json::checkFormatVersion(&m_formatVersion);
        }
        break;
    case Capture::EpisodeField:
        m_header[std::string(m_field)] = std::move(value);
        if (m_field == "id" && !m_pending.empty() && !m_holding) {
            openEpisode(false);
        }
        break;
    case Capture::ListItem:
        item(m_list, m_itemIndex++, value);
        break;
    }
}

void LogSax::item(List list, std::size_t index, json& value) {
    if (!m_opened && !m_holding && m_header.contains("id")) {
        openEpisode(false);
    }
    if (!m_opened) {
        m_pending.push_back({list, index, std::move(value)});
        return;
    }
    deliver(list, index, value);
}

void LogSax::deliver(List list, std::size_t index, const json& value) {
    const Place episode(m_episodes, m_episodeIndex);
    const Place listAt(episode, kListNames[static_cast<std::size_t>(list)]);
    const Place at(listAt, index);
    switch (list) {
    case List::CheckIns: {
        CheckIn checkIn = log_json::readCheckIn(value, at, m_checks);
        checkIn.episodeId = m_episodeId;
        m_sink.checkIn(checkIn, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::PlanTicks: {
        const PlanTick tick = log_json::readPlanTick(value, at);
        m_sink.planTick(tick, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::HeatSessions: {
        HeatSession session = log_json::readHeatSession(value, at, m_checks);
        session.episodeId = m_episodeId;
        m_sink.heatSession(session, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::BreathingSessions: {
        BreathingSession session = log_json::readBreathingSession(value, at, m_checks);
        session.episodeId = m_episodeId;
        m_sink.breathingSession(session, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::MedicationsTaken: {
        MedicationEntry entry = log_json::readMedication(value, at, m_checks);
        entry.episodeId = m_episodeId;
        m_sink.medication(entry, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::BackChecks: {
        const auto start = episodeStart();
        BackCheckRecord check = log_json::readBackCheck(value, at, m_checks, start);
        if (!start && (!m_earliestUnchecked || check.takenAt.epochMs < m_earliestUnchecked->first)) {
            m_earliestUnchecked = std::pair(check.takenAt.epochMs, index);
        }
        check.episodeId = m_episodeId;
        m_sink.backCheck(check, log_json::readModified(value, at, m_checks), at);
        break;
    }
    case List::PatternResults: {
        SavedPatternResult result = log_json::readPatternResult(value, at, m_checks);
        result.episodeId = m_episodeId;
        m_sink.patternResult(result, at);
        break;
    }
    }
}

std::optional<std::int64_t> LogSax::episodeStart() const {
    const auto found = m_header.find("startedAt");
    const auto start = found != m_header.end() && found->is_string()
                           ? Timestamp::fromIso8601(found->get_ref<const std::string&>())
                           : std::nullopt;
    return start ? std::optional(start->epochMs) : std::nullopt;
}

void LogSax::openEpisode(bool headerComplete) {
    const Place at(m_episodes, m_episodeIndex);
    m_episodeId = log_json::readId(m_header, at);
    if (!m_sink.openEpisode(m_episodeId, log_json::readModified(m_header, at, m_checks), at, headerComplete)) {
        m_holding = true;
        return;
    }
    m_opened = true;
    for (Pending& pending : m_pending) {
        deliver(pending.list, pending.index, pending.value);
    }
    m_pending.clear();
}

void LogSax::closeEpisode() {
    if (!m_opened) {
        openEpisode(true);
    }
    const Place at(m_episodes, m_episodeIndex);
    const Episode episode = log_json::readEpisode(m_header, at, m_checks);
    // Already merged, but inside the import's one transaction: failing here still imports nothing.
    if (m_earliestUnchecked && m_earliestUnchecked->first < episode.startedAt.epochMs) {
        const Place list(at, "backChecks");
        const Place check(list, m_earliestUnchecked->second);
        Place(check, "takenAt").fail("must not be before the episode's startedAt");
    }
    m_sink.closeEpisode(episode, log_json::readModified(m_header, at, m_checks), at);
}

void LogSax::finishDocument() {
    log_json::checkFormat(m_haveFormat ? &m_format : nullptr);
    log_json::checkFormatVersion(m_haveFormatVersion ? &m_formatVersion : nullptr);
    if (!m_haveEpisodes) {
        m_episodes.fail("is missing");
    }
}

} // namespace

void readLogJson(JsonByteSource& source, LogJsonSink& sink, const log_json::Checks& checks) {
    source.setValueLimit(kMaxValueBytes);
    LogSax sax(source, sink, checks);
    json::sax_parse(source.begin(), source.end(), &sax);
}

} // namespace spasmguide
