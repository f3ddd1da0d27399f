// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/content/source_rules.h"

namespace spasmguide {

bool citesSource(const nlohmann::json& item, std::string_view key) {
    if (!item.is_object()) {
        return false;
    }
    const auto it = item.find(key);
    return it != item.end() && it->is_array() && !it->empty();
}

bool requireSources(const ParsedFile& file, const std::string& itemPointer, std::string_view what, Severity severity,
                    Diagnostics& out, std::string_view key) {
    const nlohmann::json::json_pointer pointer(itemPointer);
    if (!file.document.contains(pointer) || !file.owns(itemPointer)) {
        return true; // nothing here, or the base locale's item: the base's check reports it
    }
    if (citesSource(file.document.at(pointer), key)) {
        return true;
    }
    out.push_back(file.diagnosticAt(itemPointer,
                                    std::string(what) + " cites no source: add \"" + std::string(key) +
                                        "\" with the id of a source in manifest.json (\"author-protocol\" for the "
                                        "author's own words)",
                                    severity));
    return false;
}

} // namespace spasmguide
