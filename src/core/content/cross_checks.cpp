// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/cross_checks.h"

#include "core/content/content_loader.h"
#include "core/content/finder_checks.h"
#include "core/content/measures_checks.h"
#include "core/content/plan_checks.h"
#include "core/content/red_flag_checks.h"
#include "core/content/step_checks.h"

#include <map>
#include <set>
#include <vector>

namespace spasmguide {
namespace {

using nlohmann::json;

struct IdSite {
    const ParsedFile* file;
    std::string pointer;
};

// Ids of one kind must be unique across the bundle; the second use is the one reported.
class UniqueIds {
public:
    explicit UniqueIds(std::string kind) : m_kind(std::move(kind)) {}

    void add(const ParsedFile& file, const std::string& pointer, const std::string& id, Diagnostics& out) {
        auto [it, inserted] = m_seen.try_emplace(id, IdSite{&file, pointer});
        // A repeat a translation borrows from the base locale is the base's, and the base's check reports it.
        if (!inserted && file.owns(pointer)) {
            const auto first = it->second.file->source.positionOf(it->second.file->source.offsetOf(it->second.pointer));
            out.push_back(file.diagnosticAt(
                pointer, "duplicate " + m_kind + " id \"" + id + "\" (first used at " + it->second.file->displayPath +
                             ':' + std::to_string(first.line) + ':' + std::to_string(first.column) + ')'));
        }
    }

    [[nodiscard]] bool contains(const std::string& id) const { return m_seen.count(id) > 0; }

private:
    std::string m_kind;
    std::map<std::string, IdSite> m_seen;
};

void addIds(UniqueIds& ids, const ParsedFile& file, const json& array, const std::string& pointer, const char* key,
            Diagnostics& out) {
    for (std::size_t i = 0; i < array.size(); ++i) {
        const auto itemPointer = pointer + '/' + std::to_string(i);
        ids.add(file, itemPointer + '/' + key, array[i].at(key).get<std::string>(), out);
    }
}

// Every "sources"/"noteSources" list of strings must name a source declared in the manifest.
void checkSourceReferences(const ParsedFile& file, const json& node, const std::string& pointer,
                           const UniqueIds& sources, Diagnostics& out) {
    if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i) {
            checkSourceReferences(file, node[i], pointer + '/' + std::to_string(i), sources, out);
        }
        return;
    }
    if (!node.is_object()) {
        return;
    }
    for (const auto& [key, value] : node.items()) {
        const auto childPointer = pointer + '/' + key;
        const bool isReferenceList = (key == "sources" || key == "noteSources") && value.is_array();
        if (!isReferenceList) {
            checkSourceReferences(file, value, childPointer, sources, out);
            continue;
        }
        for (std::size_t i = 0; i < value.size(); ++i) {
            // A reference a translation borrows is the base's, and the base's check reports it.
            const auto referencePointer = childPointer + '/' + std::to_string(i);
            if (value[i].is_string() && file.owns(referencePointer) && !sources.contains(value[i].get<std::string>())) {
                out.push_back(
                    file.diagnosticAt(referencePointer, "unknown source \"" + value[i].get<std::string>() +
                                                            "\": add it to the \"sources\" list in manifest.json"));
            }
        }
    }
}

} // namespace

void crossCheckBundle(const ParsedFiles& files, const std::string& locale, Diagnostics& out) {
    // Each rule runs on the files it needs that are usable, so one broken file never hides another's problems.
    auto usable = [&files](const char* name) -> const ParsedFile* {
        const auto it = files.find(name);
        return it == files.end() ? nullptr : &it->second;
    };
    const ParsedFile* manifest = usable("manifest.json");
    UniqueIds sources("source");
    if (manifest) {
        const auto& declaredLocale = manifest->document.at("locale").get_ref<const std::string&>();
        if (declaredLocale != locale) {
            out.push_back(manifest->diagnosticAt("/locale", "locale \"" + declaredLocale +
                                                                "\" does not match its folder \"" + locale + '"'));
        }
        addIds(sources, *manifest, manifest->document.at("sources"), "/sources", "id", out);
    }

    if (const auto* redFlags = usable("red-flags.json")) {
        checkRedFlags(*redFlags, usable("patterns.json"), out);
    }

    if (const auto* numbers = usable("emergency-numbers.json")) {
        UniqueIds regions("region");
        addIds(regions, *numbers, numbers->document.at("regions"), "/regions", "region", out);
    }

    if (const auto* steps = usable("steps.json")) {
        UniqueIds stepIds("step");
        UniqueIds stepNumbers("step number");
        UniqueIds products("product");
        const auto& stepArray = steps->document.at("steps");
        for (std::size_t i = 0; i < stepArray.size(); ++i) {
            const auto pointer = "/steps/" + std::to_string(i);
            stepIds.add(*steps, pointer + "/id", stepArray[i].at("id").get<std::string>(), out);
            stepNumbers.add(*steps, pointer + "/number", stepArray[i].at("number").dump(), out);
            const auto& blocks = stepArray[i].at("blocks");
            for (std::size_t b = 0; b < blocks.size(); ++b) {
                if (blocks[b].at("type") == "products") {
                    addIds(products, *steps, blocks[b].at("items"), pointer + "/blocks/" + std::to_string(b) + "/items",
                           "id", out);
                }
            }
        }
        checkSteps(*steps, out);
    }

    if (const auto* patterns = usable("patterns.json")) {
        UniqueIds patternIds("pattern");
        addIds(patternIds, *patterns, patterns->document.at("patterns"), "/patterns", "id", out);
        checkPatternFinder(*patterns, out);
    }

    if (const auto* plan = usable("plan.json")) {
        checkPlan(*plan, out);
    }

    if (const auto* measures = usable("measures.json")) {
        checkMeasures(*measures, locale == kBaseLocale, out);
    }

    if (manifest) { // without its list of sources no citation can be checked
        for (const auto& [name, file] : files) {
            if (name != "manifest.json") {
                checkSourceReferences(file, file.document, "", sources, out);
            }
        }
    }
}

} // namespace spasmguide
