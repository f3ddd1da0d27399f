// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/text_limits.h"

#include "core/content/json_walk.h"

#include <algorithm>
#include <array>

namespace spasmguide {
namespace {

// Measured against the shipped English and Spanish text with room to spare; single-line controls (tick
// boxes, buttons, the step bar, product cards three to a row) are the tightest.
constexpr std::array kLimits{
    TextLimit{"manifest.json", "/title", 60, "the window's title bar"},
    TextLimit{"manifest.json", "/tagline", 90, "one line under the title"},
    TextLimit{"manifest.json", "/intro", 300, "the start screen"},
    TextLimit{"red-flags.json", "/title", 70, "one line at the top of the warning-sign check"},
    TextLimit{"red-flags.json", "/intro", 160, "the warning-sign check"},
    TextLimit{"red-flags.json", "/actions/*/label", 20, "a group's label beside its icon"},
    TextLimit{"red-flags.json", "/actions/*/text", 120, "the warning-sign check"},
    TextLimit{"red-flags.json", "/groups/*/heading", 70, "one heading line"},
    TextLimit{"red-flags.json", "/groups/*/signs/*/text", 110, "one line next to a tick box"},
    TextLimit{"red-flags.json", "/groups/*/signs/*/detail", 160, "a few short lines under a sign"},
    TextLimit{"red-flags.json", "/groups/*/signs/*/escalation", 120, "a few short lines under a sign"},
    TextLimit{"red-flags.json", "/escalations/*/reason", 200, "the emergency care screen"},
    TextLimit{"red-flags.json", "/note", 200, "the foot of the warning-sign check"},
    TextLimit{"red-flags.json", "/care/title", 70, "one heading line"},
    TextLimit{"red-flags.json", "/care/doNow/*", 140, "the emergency care screen"},
    TextLimit{"red-flags.json", "/care/tellCallHandler/*", 140, "the emergency care screen"},
    TextLimit{"red-flags.json", "/care/afterCall", 200, "the emergency care screen"},
    TextLimit{"red-flags.json", "/sameDayAdvice/title", 70, "one heading line"},
    TextLimit{"red-flags.json", "/sameDayAdvice/text", 300, "the same-day screen"},
    TextLimit{"red-flags.json", "/sameDayAdvice/acknowledge", 100, "one line next to a tick box"},
    TextLimit{"red-flags.json", "/sameDayAdvice/continueNote", 300, "the same-day screen"},
    TextLimit{"red-flags.json", "/soonAdvice/title", 70, "one heading line"},
    TextLimit{"red-flags.json", "/soonAdvice/text", 300, "the same-day screen"},
    TextLimit{"red-flags.json", "/soonAdvice/continueNote", 300, "the same-day screen"},
    TextLimit{"emergency-numbers.json", "/regions/*/name", 50, "the region menu"},
    TextLimit{"emergency-numbers.json", "/regions/*/sameDayLabel", 30, "a call button"},
    TextLimit{"steps.json", "/steps/*/shortTitle", 16, "the step bar"},
    TextLimit{"steps.json", "/steps/*/title", 70, "one heading line"},
    TextLimit{"steps.json", "/steps/*/goal", 160, "the line under a step's title"},
    TextLimit{"steps.json", "/steps/*/blocks/*/title", 70, "one heading line"},
    TextLimit{"steps.json", "/steps/*/blocks/*/label", 70, "a button"},
    TextLimit{"steps.json", "/steps/*/blocks/*/items/*/name", 50, "a product card's heading"},
    TextLimit{"steps.json", "/steps/*/blocks/*/items/*/linkLabel", 30, "a product card's button"},
    TextLimit{"steps.json", "/steps/*/blocks/*/items/*/bestFor", 160, "a product card"},
    TextLimit{"steps.json", "/steps/*/blocks/*/items/*/bullets/*", 90, "a product card"},
    TextLimit{"patterns.json", "/patterns/*/name", 60, "one heading line"},
    TextLimit{"patterns.json", "/patterns/*/explanation", 300, "the patterns list"},
    TextLimit{"patterns.json", "/patterns/*/retriggers/*/text", 140, "the pattern finder's result"},
    TextLimit{"patterns.json", "/finder/title", 60, "one heading line"},
    TextLimit{"patterns.json", "/finder/intro", 300, "the pattern finder"},
    TextLimit{"patterns.json", "/finder/questions/*/text", 110, "one question line"},
    TextLimit{"patterns.json", "/finder/questions/*/answers/*/text", 60, "one answer next to its button"},
    TextLimit{"about.json", "/title", 60, "one heading line"},
    TextLimit{"about.json", "/subtitle", 90, "one line under the title"},
    TextLimit{"about.json", "/credentials/*", 40, "a highlight box"},
    TextLimit{"about.json", "/book/text", 90, "one line"},
    TextLimit{"about.json", "/book/label", 70, "a button"},
    TextLimit{"plan.json", "/title", 60, "one heading line"},
    TextLimit{"plan.json", "/intro", 300, "the plan screen"},
    TextLimit{"plan.json", "/phases/*/title", 40, "one heading line and the \"what comes next\" line"},
    TextLimit{"plan.json", "/phases/*/goal", 160, "the line under a phase's title"},
    TextLimit{"plan.json", "/phases/*/do/*/text", 240, "two lines next to a tick box"},
    TextLimit{"plan.json", "/phases/*/avoid/*/text", 240, "two lines of a list"},
    TextLimit{"plan.json", "/phases/*/seeClinicianIf/*/text", 300, "a highlighted box"},
    TextLimit{"plan.json", "/movementReminder/title", 60, "a notification's title"},
    TextLimit{"plan.json", "/movementReminder/text", 200, "a notification"},
    TextLimit{"measures.json", "/rmdq/name", 70, "one heading line"},
    TextLimit{"measures.json", "/rmdq/title", 60, "one heading line"},
    TextLimit{"measures.json", "/rmdq/offer", 90, "the one line that offers the check"},
    TextLimit{"measures.json", "/rmdq/answerLabel", 30, "a tick box beside each statement"},
    TextLimit{"measures.json", "/rmdq/formNote", 120, "one line above the form"},
    TextLimit{"measures.json", "/rmdq/scoring", 300, "the report"},
    TextLimit{"measures.json", "/rmdq/licence", 400, "the foot of the form"},
    TextLimit{"measures.json", "/pgic/name", 70, "one heading line"},
    TextLimit{"measures.json", "/pgic/question", 110, "one question line"},
    TextLimit{"measures.json", "/pgic/options/*/text", 40, "one answer next to its button"},
    TextLimit{"measures.json", "/pgic/note", 300, "the foot of the question"},
    TextLimit{"measures.json", "/backToUsual/offer", 60, "one line next to a tick box"},
    TextLimit{"measures.json", "/importantChange/lineLabel", 40, "the words beside a chart's dashed line"},
    TextLimit{"measures.json", "/importantChange/*/text", 200, "the report's summary"},
};

// "/steps/*/title" matches "/steps/2/title": "*" stands for any one token.
bool matches(std::string_view pattern, std::string_view pointer) {
    while (!pattern.empty() && !pointer.empty()) {
        const auto patternEnd = std::min(pattern.find('/', 1), pattern.size());
        const auto pointerEnd = std::min(pointer.find('/', 1), pointer.size());
        const auto want = pattern.substr(0, patternEnd);
        if (want != "/*" && want != pointer.substr(0, pointerEnd)) {
            return false;
        }
        pattern.remove_prefix(patternEnd);
        pointer.remove_prefix(pointerEnd);
    }
    return pattern.empty() && pointer.empty();
}

} // namespace

std::span<const TextLimit> textLimits() {
    return kLimits;
}

std::size_t characterCount(std::string_view utf8) {
    return static_cast<std::size_t>(std::count_if(
        utf8.begin(), utf8.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

void checkTextLimits(const std::string& fileName, const ParsedFile& file, Diagnostics& out) {
    forEachText(file.document, "", "", [&](const std::string&, const std::string& pointer, const std::string& text) {
        if (!file.owns(pointer)) {
            return;
        }
        for (const auto& limit : kLimits) {
            if (limit.file != fileName || !matches(limit.pattern, pointer)) {
                continue;
            }
            const auto count = characterCount(text);
            if (count > limit.maxCharacters) {
                out.push_back(file.diagnosticAt(pointer,
                                                "text is " + std::to_string(count) + " characters, over the " +
                                                    std::to_string(limit.maxCharacters) + " that fit " +
                                                    std::string(limit.shownAs) + " at 1280×800",
                                                Severity::Warning));
            }
            return;
        }
    });
}

} // namespace spasmguide
