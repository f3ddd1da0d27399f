// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/handover/handover_card.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <vector>

class QPagedPaintDevice;

namespace spasmguide {

// The handover card in words, as the screen shows it, read aloud and printed: short sections a person can read
// out to the call handler. Without anything recorded, what to say instead.
struct HandoverSection {
    QString id; // "signs", "began", "medicines", "answers", "say"
    QString heading;
    QStringList lines;
};

[[nodiscard]] std::vector<HandoverSection> handoverSections(const ContentBundle& content, const HandoverCard& card,
                                                            const QDateTime& now);

// When something was recorded, as a person says it: "14:05 today", "yesterday at 22:10", "Mon 23 Nov at 09:00".
[[nodiscard]] QString spokenWhen(const QDateTime& moment, const QDateTime& now);

// Prints the sections in large type, one or two pages.
bool paintHandoverPages(QPagedPaintDevice& device, const QString& title, const std::vector<HandoverSection>& sections);

} // namespace spasmguide
