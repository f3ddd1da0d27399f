// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// measures.json as the screens use it. Field meanings are documented in content/schema/measures.schema.json.

#include <optional>
#include <string>
#include <vector>

namespace spasmguide {

// The Roland-Morris Disability Questionnaire as one locale offers it. Its instructions and statements are the
// published English wording: the validator refuses content whose words differ from measures/rmdq_form.h.
struct RmdqContent {
    std::string name;
    std::string title;
    std::string offer;                // "Your weekly back check: 24 quick yes/no, about 2 minutes"
    std::string answerLabel;          // "Applies to me today"
    std::string formNote;             // shown with the form when it is not in the reader's language
    bool formInReaderLanguage = true; // the locale is English (the form's language): no note
    std::string instructions;
    std::vector<std::string> statements; // 24, in the published order
    std::string scoring;
    std::string licence;
    std::vector<std::string> sources;
};

struct PgicOption {
    int value = 0; // 1 very much improved ... 7 very much worse
    std::string text;
};

struct PgicContent {
    std::string name;
    std::string question;
    std::vector<PgicOption> options; // 7, values 1 to 7 in order
    std::string note;
    std::vector<std::string> sources;
};

struct ImportantChangeRule {
    std::string text;
    std::vector<std::string> sources;
};

struct MeasuresContent {
    std::optional<RmdqContent> rmdq; // none when a translation leaves the questionnaire out ("rmdq": null)
    PgicContent pgic;
    std::string backToUsualOffer; // "I'm back to my usual activities"
    std::string importantChangeLabel;
    ImportantChangeRule painRule;
    ImportantChangeRule rmdqRule;
};

} // namespace spasmguide
