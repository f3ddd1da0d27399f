// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shell/navigation.h"

namespace spasmguide::screens {
namespace {

int stepIndex(const ContentBundle& content, const QString& screenId) {
    for (std::size_t i = 0; i < content.steps.size(); ++i) {
        if (stepScreenId(content.steps[i].id) == screenId) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

} // namespace

QString previousStep(const ContentBundle& content, const QString& screenId) {
    const int index = stepIndex(content, screenId);
    return index > 0 ? stepScreenId(content.steps[static_cast<std::size_t>(index) - 1].id) : QString();
}

QString nextStep(const ContentBundle& content, const QString& screenId) {
    const int index = stepIndex(content, screenId);
    const bool hasNext = index >= 0 && static_cast<std::size_t>(index) + 1 < content.steps.size();
    return hasNext ? stepScreenId(content.steps[static_cast<std::size_t>(index) + 1].id) : QString();
}

} // namespace spasmguide::screens
