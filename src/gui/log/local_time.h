// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/timestamp.h"

#include <QDateTime>
#include <QString>
#include <chrono>
#include <cstdint>

namespace spasmguide {

// How screens and charts show moments: always in the computer's local time.
[[nodiscard]] inline QDateTime localDateTime(std::chrono::system_clock::time_point moment) {
    return QDateTime::fromMSecsSinceEpoch(
        std::chrono::duration_cast<std::chrono::milliseconds>(moment.time_since_epoch()).count());
}

// A moment picked on screen, stored with the computer's offset at that moment.
[[nodiscard]] inline Timestamp timestampFrom(const QDateTime& local) {
    return Timestamp::local(
        std::chrono::system_clock::time_point(std::chrono::milliseconds(local.toMSecsSinceEpoch())));
}

[[nodiscard]] inline QDateTime localDateTime(const Timestamp& t) {
    return QDateTime::fromMSecsSinceEpoch(t.epochMs);
}

// "Mon 23 Nov 2026, 14:05", for headings.
[[nodiscard]] inline QString longDateTime(const Timestamp& t) {
    return QDateTime::fromMSecsSinceEpoch(t.epochMs).toString(QStringLiteral("ddd d MMM yyyy, HH:mm"));
}

// "23 Nov 14:05", for lists and chart axes.
[[nodiscard]] inline QString shortDateTime(std::int64_t epochMs) {
    return QDateTime::fromMSecsSinceEpoch(epochMs).toString(QStringLiteral("d MMM HH:mm"));
}

} // namespace spasmguide
