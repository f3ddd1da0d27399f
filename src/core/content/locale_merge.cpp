// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/locale_merge.h"

#include <algorithm>
#include <map>
#include <set>
#include <vector>

namespace spasmguide {
namespace {

using nlohmann::json;

// A published questionnaire's own words (measures.json "licensedForm"): never merged or compared item by item; the
// validator checks them against the text compiled into the app.
bool isLicensedWording(const std::string& key) {
    return key == "licensedForm";
}

// Values that are the same in every language: ids, links, codes, phone numbers, dates, the author's name, a sign's
// action, and (whole lists) the citations, the pattern finder's scoring rules and its pre-fill hints, what the
// escalation rules match, and the licensed wording of a questionnaire. A translation may leave them out: they are
// taken from the base without a word.
bool isLanguageNeutral(const std::string& key, const json& value) {
    static const std::set<std::string, std::less<>> kNeutralText{
        "$schema", "id",     "url",  "region", "emergency", "alsoCall", "sameDay", "checked", "locale",  "version",
        "date",    "status", "year", "type",   "kind",      "author",   "action",  "sign",    "checkIn", "basis",
    };
    if (key == "sources" || key == "noteSources" || key == "rules" || key == "prefill" || key == "handoverSigns" ||
        key == "bodyMap" || key == "finderAnswer" || isLicensedWording(key)) {
        return true;
    }
    return !value.is_structured() && (!value.is_string() || kNeutralText.count(key) > 0);
}

// The lists of source ids: taken whole from a translation that has one, never merged item by item.
bool isCitationList(const std::string& key) {
    return key == "sources" || key == "noteSources";
}

// A number to dial is the same in every language, so a translation never holds one of its own.
bool isPhoneNumberKey(const std::string& key) {
    return key == "emergency" || key == "alsoCall" || key == "sameDay";
}

// Whether a value holds any text a translator must write (not only ids, codes and other neutral values).
bool hasTranslatableText(const json& value) {
    if (value.is_string()) {
        return true;
    }
    if (value.is_array()) {
        return std::any_of(value.begin(), value.end(), [](const json& item) { return hasTranslatableText(item); });
    }
    if (value.is_object()) {
        for (const auto& [key, child] : value.items()) {
            if (!isLanguageNeutral(key, child) && hasTranslatableText(child)) {
                return true;
            }
        }
    }
    return false;
}

bool isAsciiLetter(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Text a translator rightly leaves as it is: no letters, a web address, or a name, taken to be text in which
// every word starts with a capital or a digit ("ThermaCare Advanced Back & Hip", "NHS 111", "Australia").
bool looksLanguageNeutral(const std::string& text) {
    bool hasLetter = false;
    bool everyWordCapitalised = true;
    bool atWordStart = true;
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        hasLetter = hasLetter || isAsciiLetter(c) || c >= 0x80;
        if (c == ' ') {
            atWordStart = true;
        } else if (atWordStart && (isAsciiLetter(c) || (c >= '0' && c <= '9') || c >= 0x80)) {
            everyWordCapitalised = everyWordCapitalised && !(c >= 'a' && c <= 'z');
            atWordStart = false;
        }
    }
    return !hasLetter || text.find("://") != std::string::npos || text.rfind("www.", 0) == 0 || everyWordCapitalised;
}

// The key that identifies list items, when every item on both sides has it as text.
std::string identityKey(const json& base, const json& own) {
    for (const char* key : {"id", "region"}) {
        auto hasKey = [key](const json& item) {
            return item.is_object() && item.contains(key) && item[key].is_string();
        };
        if (!base.empty() && std::all_of(base.begin(), base.end(), hasKey) &&
            std::all_of(own.begin(), own.end(), hasKey)) {
            return key;
        }
    }
    return {};
}

std::string quoted(const std::string& text) {
    return '"' + text + '"';
}

class Merger {
public:
    Merger(const ParsedFile& file, const LocalePair& locales, MergeReport* report, Completeness completeness)
        : m_file(file), m_locales(locales), m_report(report), m_completeness(completeness) {}

    json merge(const json& base, const json& own, const std::string& pointer, bool translatable) {
        if (base.is_object() && own.is_object()) {
            return mergeObjects(base, own, pointer, translatable);
        }
        if (base.is_array() && own.is_array()) {
            const auto key = identityKey(base, own);
            return key.empty() ? mergeByPosition(base, own, pointer, translatable)
                               : mergeById(base, own, pointer, translatable, key);
        }
        if (translatable && own.is_string() && own == base &&
            !looksLanguageNeutral(own.get_ref<const std::string&>())) {
            note(&MergeReport::untranslated, pointer, "same text as in " + m_locales.base + " (not translated yet?)",
                 Severity::Warning);
        }
        return own;
    }

private:
    json mergeObjects(const json& base, const json& own, const std::string& pointer, bool translatable) {
        if (base.contains("type") && own.contains("type") && base["type"].is_string() && own["type"] != base["type"]) {
            note(&MergeReport::mismatches, pointer + "/type",
                 "a " + own["type"].dump() + " block here but a " + base["type"].dump() + " block in " +
                     m_locales.base + " (blocks are matched by position)",
                 Severity::Error);
            return own;
        }
        json merged = own;
        for (const auto& [key, value] : base.items()) {
            const auto child = pointer + '/' + escapePointerToken(key);
            if (const auto it = own.find(key); it != own.end() && (isCitationList(key) || isLicensedWording(key))) {
                merged[key] = *it; // a translation cites what its own words need (a local brand's leaflet, say)
            } else if (it != own.end()) {
                if (isPhoneNumberKey(key) && it->is_string() && value.is_string() && *it != value) {
                    note(&MergeReport::mismatches, child,
                         quoted(key) + " is " + it->dump() + " here but " + value.dump() + " in " + m_locales.base +
                             ": phone numbers are kept once, in " + m_locales.base +
                             " (leave them out of the translation)",
                         Severity::Error);
                }
                merged[key] = merge(value, *it, child, translatable && !isLanguageNeutral(key, *it));
            } else {
                // Safety text that holds no words (escalation rules naming a sign) is borrowed without a word.
                if (!isLanguageNeutral(key, value) &&
                    (m_completeness == Completeness::FallBackToBase || hasTranslatableText(value))) {
                    note(&MergeReport::fallbacks, child, quoted(key) + fallsBack(), fallbackSeverity());
                }
                merged[key] = value;
            }
        }
        for (const auto& [key, value] : own.items()) {
            if (key != "$schema" && !base.contains(key)) {
                note(&MergeReport::extras, pointer + '/' + escapePointerToken(key), quoted(key) + notInBase(),
                     Severity::Warning);
            }
        }
        return merged;
    }

    json mergeByPosition(const json& base, const json& own, const std::string& pointer, bool translatable) {
        json merged = json::array();
        for (std::size_t i = 0; i < own.size(); ++i) {
            const auto child = pointer + '/' + std::to_string(i);
            if (i < base.size()) {
                merged.push_back(merge(base[i], own[i], child, translatable));
            } else {
                note(&MergeReport::extras, child, "item " + std::to_string(i + 1) + notInBase(), Severity::Warning);
                merged.push_back(own[i]);
            }
        }
        for (std::size_t i = own.size(); i < base.size(); ++i) {
            note(&MergeReport::fallbacks, pointer + '/' + std::to_string(i),
                 "item " + std::to_string(i + 1) + " of " + std::to_string(base.size()) + fallsBack(),
                 fallbackSeverity());
            merged.push_back(base[i]);
        }
        return merged;
    }

    json mergeById(const json& base, const json& own, const std::string& pointer, bool translatable,
                   const std::string& key) {
        std::map<std::string, std::size_t, std::less<>> baseIndex;
        for (std::size_t i = 0; i < base.size(); ++i) {
            baseIndex.emplace(base[i][key].get<std::string>(), i);
        }
        std::vector<bool> used(base.size(), false);
        json merged = json::array();
        for (std::size_t i = 0; i < own.size(); ++i) {
            const auto& id = own[i][key].get_ref<const std::string&>();
            const auto child = pointer + '/' + std::to_string(i);
            const auto match = baseIndex.find(id);
            if (match == baseIndex.end()) {
                note(&MergeReport::extras, child + '/' + key,
                     "item " + quoted(id) + " is not in " + m_locales.base + " (items are matched by " + quoted(key) +
                         "; is it misspelt?)",
                     Severity::Error);
                merged.push_back(own[i]);
            } else if (used[match->second]) {
                merged.push_back(own[i]); // a repeated id, which the cross-file checks report
            } else {
                used[match->second] = true;
                merged.push_back(merge(base[match->second], own[i], child, translatable));
            }
        }
        for (std::size_t i = 0; i < base.size(); ++i) {
            if (!used[i] && (hasTranslatableText(base[i]) || m_completeness == Completeness::FallBackToBase)) {
                note(&MergeReport::fallbacks, pointer, "item " + quoted(base[i][key].get<std::string>()) + fallsBack(),
                     fallbackSeverity());
                merged.push_back(base[i]);
            }
        }
        return merged;
    }

    void note(Diagnostics MergeReport::*list, const std::string& pointer, std::string message, Severity severity) {
        if (m_report) {
            (m_report->*list).push_back(m_file.diagnosticAt(pointer, std::move(message), severity));
        }
    }

    [[nodiscard]] std::string fallsBack() const {
        if (m_completeness == Completeness::Required) {
            return " is missing in " + m_locales.translation +
                   ": warning signs and care text are safety text, needed in every language";
        }
        return " is missing in " + m_locales.translation + ", falls back to " + m_locales.base;
    }
    [[nodiscard]] Severity fallbackSeverity() const {
        return m_completeness == Completeness::Required ? Severity::Error : Severity::Warning;
    }
    [[nodiscard]] std::string notInBase() const {
        return " is not in " + m_locales.base + " (shown in " + m_locales.translation + " only)";
    }

    const ParsedFile& m_file;
    const LocalePair& m_locales;
    MergeReport* m_report;
    Completeness m_completeness;
};

} // namespace

json mergeOverBase(const json& base, const ParsedFile& translation, const LocalePair& locales, MergeReport* report,
                   Completeness completeness) {
    return Merger(translation, locales, report, completeness).merge(base, translation.document, "", true);
}

} // namespace spasmguide
