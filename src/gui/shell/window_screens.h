// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/shell/navigation.h"
#include "gui/shell/screen_registry.h"

namespace spasmguide {

class CareScreen;
class CheckInScreen;
class EpisodeScreen;
class HandoverScreen;
class HeatTimerScreen;
class InsightsScreen;
class MedicationScreen;
class PatternFinderScreen;
class PatternResultScreen;
class PlanScreen;
class SameDayScreen;
class SettingsScreen;
class TriageScreen;

// The screens the window talks to once they are made, each held typed by the spec that makes it.
struct WindowScreens {
    ScreenSlot<TriageScreen> triage{screens::kTriage};
    ScreenSlot<CareScreen> care{screens::kCare};
    ScreenSlot<HandoverScreen> handover{screens::kHandover};
    ScreenSlot<SameDayScreen> sameDay{screens::kSameDay};
    ScreenSlot<CheckInScreen> checkIn{screens::kCheckIn};
    ScreenSlot<EpisodeScreen> episode{screens::kEpisode};
    ScreenSlot<CheckInScreen> checkInEdit{screens::kCheckInEdit};
    ScreenSlot<InsightsScreen> insights{screens::kInsights};
    ScreenSlot<SettingsScreen> settings{screens::kSettings};
    ScreenSlot<HeatTimerScreen> heatTimer{screens::kHeatTimer};
    ScreenSlot<MedicationScreen> medication{screens::kMedication};
    ScreenSlot<PlanScreen> plan{screens::kPlan};
    ScreenSlot<PatternFinderScreen> patternFinder{screens::kPatternFinder};
    ScreenSlot<PatternResultScreen> patternResult{screens::kPatternResult};
};

} // namespace spasmguide
