// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sample_log.h"

namespace spasmguide {
namespace {

using namespace std::chrono_literals;

struct SampleCheckIn {
    std::chrono::minutes after;
    int pain;
    std::vector<BodyArea> areas;
    std::vector<std::string> triggers;
    std::vector<std::string> worse;
    int heatMinutes;                      // 0: none
    std::vector<std::string> medications; // names only: the app never suggests a dose
    const char* note;
    const char* newRedFlag = nullptr; // a warning sign reported as new at this check-in
};

struct SampleEpisode {
    std::chrono::hours daysAgo; // in hours, to keep the arithmetic in one unit
    std::chrono::hours length;  // 0: still open
    std::vector<std::string> triageTicked;
    std::vector<SampleCheckIn> checkIns;
};

// Six episodes over six weeks, each with its own curve: a fast recovery, a slow one with a setback, a short one, and
// the one going on now. One check-in reports a new warning sign, as the demo's "yes".
std::vector<SampleEpisode> samples() {
    constexpr auto kCentre = BodyArea::LowBackCentre;
    return {
        {24h * 41,
         96h,
         {},
         {{0min, 8, {kCentre, BodyArea::LowBackLeft}, {"lifting"}, {}, 20, {"Ibuprofen"}, "Moved the sofa."},
          {4h, 7, {kCentre}, {}, {"breath-holding"}, 20, {}, ""},
          {26h, 6, {kCentre}, {}, {"static-postures"}, 20, {}, "Stiff in the morning."},
          {50h, 4, {kCentre}, {}, {}, 0, {}, ""},
          {90h, 2, {kCentre}, {}, {}, 0, {}, "Walking normally again."}}},
        {24h * 30,
         120h,
         {},
         {{0min,
           9,
           {BodyArea::LowBackRight, BodyArea::ButtockRight},
           {"poor-sleep", "stress"},
           {},
           20,
           {"Methocarbamol"},
           ""},
          {3h, 8, {BodyArea::LowBackRight}, {}, {"deep-stretching"}, 15, {}, "Stretching made it sharper."},
          {22h, 6, {BodyArea::LowBackRight}, {"prolonged-sitting"}, {}, 20, {"Methocarbamol"}, ""},
          {30h,
           7,
           {BodyArea::LowBackRight, BodyArea::ButtockRight},
           {"prolonged-sitting"},
           {"static-postures"},
           0,
           {},
           "Long meeting, worse again.",
           "night-rest-pain"},
          {70h, 4, {BodyArea::LowBackRight}, {}, {}, 20, {}, ""},
          {115h, 2, {BodyArea::LowBackRight}, {}, {}, 0, {}, ""}}},
        {24h * 22,
         30h,
         {},
         {{0min, 6, {kCentre}, {"twisting"}, {}, 20, {}, "Turned to reach the back seat."},
          {6h, 4, {kCentre}, {}, {}, 0, {}, ""},
          {28h, 1, {kCentre}, {}, {}, 0, {}, ""}}},
        {24h * 15,
         72h,
         {"age-under-20-over-50"},
         {{0min,
           8,
           {kCentre, BodyArea::LowBackLeft},
           {"lifting", "dehydration"},
           {},
           20,
           {"Ibuprofen"},
           "Gardening all afternoon, little water."},
          {90min, 7, {kCentre}, {}, {"breath-holding"}, 20, {}, ""},
          {20h, 5, {kCentre}, {"prolonged-sitting"}, {"static-postures"}, 0, {}, "Stiff after the drive."},
          {50h, 3, {kCentre}, {}, {}, 0, {}, ""}}},
        {24h * 7,
         48h,
         {},
         {{0min, 7, {BodyArea::LowBackLeft}, {"stress", "poor-sleep"}, {}, 20, {}, ""},
          {8h, 6, {BodyArea::LowBackLeft}, {}, {"ice"}, 0, {}, "Tried ice; tighter afterwards."},
          {30h, 3, {BodyArea::LowBackLeft}, {}, {}, 20, {}, ""}}},
        {10h,
         0h,
         {},
         {{0min,
           7,
           {kCentre, BodyArea::ThighLeft},
           {"twisting"},
           {},
           20,
           {"Ibuprofen"},
           "Turned to reach the back seat."},
          {2h, 6, {kCentre}, {}, {}, 20, {}, ""},
          {6h, 4, {kCentre}, {}, {}, 0, {}, "Walking a little helps."}}},
    };
}

} // namespace

void fillSampleLog(EpisodeStore& store, std::chrono::system_clock::time_point now) {
    std::string newest;
    for (const auto& sample : samples()) {
        const auto start = now - sample.daysAgo;
        Episode episode;
        episode.startedAt = Timestamp::local(start);
        if (sample.length.count() > 0) {
            episode.endedAt = Timestamp::local(start + sample.length);
        }
        episode.triageTicked = sample.triageTicked;
        const auto id = store.startEpisode(episode);
        newest = id;
        for (const auto& s : sample.checkIns) {
            CheckIn checkIn;
            checkIn.episodeId = id;
            checkIn.at = Timestamp::local(start + s.after);
            checkIn.pain = s.pain;
            checkIn.areas.insert(s.areas.begin(), s.areas.end());
            checkIn.triggers = s.triggers;
            checkIn.worse = s.worse;
            if (s.heatMinutes > 0) {
                checkIn.heat = HeatUse{"ThermaCare Advanced Back & Hip", s.heatMinutes};
            }
            for (const auto& name : s.medications) {
                checkIn.medications.push_back({name, Timestamp::local(start + s.after - 15min)});
            }
            checkIn.movement = s.after > 12h;
            checkIn.breathing = s.pain >= 7;
            checkIn.note = s.note;
            if (s.newRedFlag) {
                checkIn.newRedFlag = true;
                checkIn.newRedFlagIds = {s.newRedFlag};
            }
            store.addCheckIn(checkIn);
        }
    }
    // The newest episode's pattern-finder answers (ids from the shipped patterns.json): a tie at the top.
    SavedPatternResult result;
    result.episodeId = newest;
    result.savedAt = Timestamp::local(now - 8h);
    result.fits = {{"facet", 2}, {"overload", 2}};
    result.answers = {{"leg", {"above-knee"}}, {"arching-twisting", {"yes"}}, {"before", {"twisting", "poor-sleep"}}};
    result.contentVersion = "1.0.0";
    store.savePatternResult(result);
    // What the tools record, in the latest (open) episode: heat, a few slow breaths, a medicine's name.
    const auto latest = store.currentEpisode();
    if (!latest) {
        return;
    }
    const auto start = latest->startedAt.timePoint();
    store.addHeatSession(
        {{}, latest->id, Timestamp::local(start + 5min), "ThermaCare Advanced Back & Hip", 20, 20min, true});
    store.addBreathingSession({{}, latest->id, Timestamp::local(start + 30min), 4, 6, 18, 3min});
    store.addMedication({{}, latest->id, "Methocarbamol (Robaxin)", Timestamp::local(start + 50min)});
    store.addHeatSession(
        {{}, latest->id, Timestamp::local(start + 2h + 5min), "GENIANI XL Electric Heating Pad", 20, 12min, false});
}

} // namespace spasmguide
