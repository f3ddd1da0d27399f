// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "store/sample_log.h"

#include <array>

namespace spasmguide {
namespace {

using namespace std::chrono_literals;

struct SampleCheckIn {
    std::chrono::minutes after;
    int pain;
    std::vector<BodyArea> areas;
    std::vector<std::string> triggers;
    std::vector<std::string> worse;
    int heatMinutes; // 0: none
    const char* note;
};

struct SampleEpisode {
    std::chrono::hours daysAgo; // in hours, to keep the arithmetic in one unit
    std::chrono::hours length;
    std::vector<SampleCheckIn> checkIns;
};

std::vector<SampleEpisode> samples() {
    return {
        {24h * 20,
         72h,
         {{0min,
           8,
           {BodyArea::LowBackCentre, BodyArea::LowBackLeft},
           {"lifting"},
           {},
           20,
           "Bent to lift the laundry basket."},
          {90min, 7, {BodyArea::LowBackCentre}, {}, {"breath-holding"}, 20, ""},
          {20h, 5, {BodyArea::LowBackCentre}, {}, {"static-postures"}, 0, "Stiff after the drive."},
          {50h, 3, {BodyArea::LowBackCentre}, {}, {}, 0, ""}}},
        {24h * 9,
         48h,
         {{0min, 9, {BodyArea::LowBackRight, BodyArea::ButtockRight}, {"poor-sleep", "stress"}, {}, 20, ""},
          {3h, 7, {BodyArea::LowBackRight}, {}, {"deep-stretching"}, 15, "Stretching made it sharper."},
          {26h, 4, {BodyArea::LowBackRight}, {"prolonged-sitting"}, {}, 0, ""}}},
        {10h,
         0h,
         {{0min,
           7,
           {BodyArea::LowBackCentre, BodyArea::ThighLeft},
           {"twisting"},
           {},
           20,
           "Turned to reach the back seat."},
          {2h, 6, {BodyArea::LowBackCentre}, {}, {}, 20, ""},
          {6h, 4, {BodyArea::LowBackCentre}, {}, {}, 0, "Walking a little helps."}}},
    };
}

} // namespace

void fillSampleLog(EpisodeStore& store, std::chrono::system_clock::time_point now) {
    for (const auto& sample : samples()) {
        const auto start = now - sample.daysAgo;
        Episode episode;
        episode.startedAt = Timestamp::local(start);
        if (sample.length.count() > 0) {
            episode.endedAt = Timestamp::local(start + sample.length);
        }
        const auto id = store.startEpisode(episode);
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
            checkIn.movement = s.after > 12h;
            checkIn.note = s.note;
            store.addCheckIn(checkIn);
        }
    }
}

} // namespace spasmguide
