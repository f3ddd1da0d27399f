// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/log/log_vocabulary.h"

#include <QCoreApplication>

namespace spasmguide {

std::vector<LogChoice> triggerChoices() {
    return {
        {QStringLiteral("lifting"), QCoreApplication::translate("LogVocabulary", "Lifting")},
        {QStringLiteral("twisting"), QCoreApplication::translate("LogVocabulary", "Twisting")},
        {QStringLiteral("prolonged-sitting"), QCoreApplication::translate("LogVocabulary", "Prolonged sitting")},
        {QStringLiteral("poor-sleep"), QCoreApplication::translate("LogVocabulary", "Poor sleep")},
        {QStringLiteral("dehydration"), QCoreApplication::translate("LogVocabulary", "Dehydration")},
        {QStringLiteral("stress"), QCoreApplication::translate("LogVocabulary", "Stress")},
    };
}

std::vector<LogChoice> worseChoices() {
    return {
        {QStringLiteral("deep-stretching"),
         QCoreApplication::translate("LogVocabulary", "Forcing deep stretching into sharp pain")},
        {QStringLiteral("pushing-through"),
         QCoreApplication::translate("LogVocabulary", "Trying to \u201cpush through\u201d with heavy lifting")},
        {QStringLiteral("static-postures"),
         QCoreApplication::translate("LogVocabulary", "Long static postures without breaks")},
        {QStringLiteral("breath-holding"),
         QCoreApplication::translate("LogVocabulary", "Breath-holding or panic breathing")},
        {QStringLiteral("ice"), QCoreApplication::translate("LogVocabulary", "Applying ice during the acute phase")},
    };
}

QString labelFor(const std::vector<LogChoice>& choices, const QString& id) {
    for (const auto& choice : choices) {
        if (choice.id == id) {
            return choice.label;
        }
    }
    return id; // a free tag, or an id from a newer version: show it as it is
}

} // namespace spasmguide
