// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shell/screen_registry.h"

#include <algorithm>

namespace spasmguide {

void ScreenRegistry::add(ScreenSpec spec) {
    Q_ASSERT(!spec.id.isEmpty() && spec.create);
    Q_ASSERT(std::none_of(m_specs.begin(), m_specs.end(), [&](const ScreenSpec& s) { return s.id == spec.id; }));
    Q_ASSERT(spec.onReload != OnContentReload::TakesContent || spec.takeContent);
    m_specs.push_back(std::move(spec));
}

const ScreenSpec* ScreenRegistry::find(const QString& screenId) const {
    const auto exact = std::find_if(m_specs.begin(), m_specs.end(),
                                    [&](const ScreenSpec& spec) { return !spec.family && spec.id == screenId; });
    if (exact != m_specs.end()) {
        return &*exact;
    }
    const auto family = std::find_if(m_specs.begin(), m_specs.end(), [&](const ScreenSpec& spec) {
        return spec.family && screenId.size() > spec.id.size() && screenId.startsWith(spec.id);
    });
    return family != m_specs.end() ? &*family : nullptr;
}

} // namespace spasmguide
