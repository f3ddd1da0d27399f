// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/app_settings.h"

#include <QDir>
#include <QFile>
#include <QSettings>
#include <algorithm>

namespace spasmguide {
namespace {

const QString kLanguage = QStringLiteral("display/language");
const QString kRegion = QStringLiteral("emergency/region");
const QString kEmergencyNumber = QStringLiteral("emergency/number");
const QString kTextSize = QStringLiteral("display/textSize");
const QString kTheme = QStringLiteral("display/theme");
const QString kReducedMotion = QStringLiteral("display/reducedMotion");
const QString kReminder = QStringLiteral("reminder/movement");
const QString kReminderMinutes = QStringLiteral("reminder/everyMinutes");
const QString kQuietFrom = QStringLiteral("reminder/quietFrom");
const QString kQuietUntil = QStringLiteral("reminder/quietUntil");
const QString kDismissedSetAside = QStringLiteral("log/dismissedSetAside");

int minuteOfDay(const QVariant& value, int fallback) {
    bool ok = false;
    const int minute = value.toInt(&ok);
    return ok && minute >= 0 && minute < 24 * 60 ? minute : fallback;
}

int reminderMinutes(int minutes) {
    return minutes <= 0 ? 0 : std::clamp(minutes, AppSettings::kMinReminderMinutes, AppSettings::kMaxReminderMinutes);
}

QString themeName(AppSettings::ThemeChoice theme) {
    switch (theme) {
    case AppSettings::ThemeChoice::Light:
        return QStringLiteral("light");
    case AppSettings::ThemeChoice::Dark:
        return QStringLiteral("dark");
    case AppSettings::ThemeChoice::HighContrast:
        return QStringLiteral("high-contrast");
    case AppSettings::ThemeChoice::System:
        break;
    }
    return QStringLiteral("system");
}

AppSettings::ThemeChoice themeFromName(const QString& name) {
    for (auto choice :
         {AppSettings::ThemeChoice::Light, AppSettings::ThemeChoice::Dark, AppSettings::ThemeChoice::HighContrast}) {
        if (name == themeName(choice)) {
            return choice;
        }
    }
    return AppSettings::ThemeChoice::System; // unknown values from a hand-edited file are ignored
}

// Digits, spaces and the few signs phone numbers use; anything else is dropped rather than shown.
QString cleanNumber(const QString& number) {
    QString clean;
    for (const QChar c : number.trimmed()) {
        if (c.isDigit() || c == QLatin1Char(' ') || c == QLatin1Char('+') || c == QLatin1Char('-')) {
            clean += c;
        }
    }
    return clean.left(20);
}

// "GB", "EU": two capital letters, or empty for "as the system".
QString cleanRegion(const QString& region) {
    const QString upper = region.trimmed().toUpper();
    const bool code = upper.size() == 2 && upper.at(0).isLetter() && upper.at(1).isLetter() &&
                      upper.at(0).unicode() < 128 && upper.at(1).unicode() < 128;
    return code ? upper : QString();
}

} // namespace

AppSettings::AppSettings(const QString& dataDir, QObject* parent)
    : QObject(parent), m_store(std::make_unique<QSettings>(QDir(dataDir).filePath(QStringLiteral("settings.ini")),
                                                           QSettings::IniFormat)) {
    m_language = m_store->value(kLanguage).toString();
    m_region = cleanRegion(m_store->value(kRegion).toString());
    m_emergencyNumber = cleanNumber(m_store->value(kEmergencyNumber).toString());
    m_textSize = std::clamp(m_store->value(kTextSize, kMinTextSize).toInt(), kMinTextSize, kMaxTextSize);
    m_theme = themeFromName(m_store->value(kTheme).toString());
    m_reducedMotion = m_store->value(kReducedMotion, false).toBool();
    m_movementReminder = m_store->value(kReminder, false).toBool();
    m_movementReminderMinutes = reminderMinutes(m_store->value(kReminderMinutes, 0).toInt());
    m_quietFrom = minuteOfDay(m_store->value(kQuietFrom), kDefaultQuietFrom);
    m_quietUntil = minuteOfDay(m_store->value(kQuietUntil), kDefaultQuietUntil);
    m_dismissedSetAside = m_store->value(kDismissedSetAside).toStringList();
}

AppSettings::~AppSettings() = default;

QString AppSettings::filePath() const {
    return m_store->fileName();
}

void AppSettings::setLanguage(const QString& language) {
    m_language = language;
    save();
}

void AppSettings::setRegion(const QString& region) {
    m_region = cleanRegion(region);
    save();
}

void AppSettings::setEmergencyNumber(const QString& number) {
    m_emergencyNumber = cleanNumber(number);
    save();
}

void AppSettings::setTextSize(int percent) {
    m_textSize = std::clamp(percent, kMinTextSize, kMaxTextSize);
    save();
}

void AppSettings::setTheme(ThemeChoice theme) {
    m_theme = theme;
    save();
}

void AppSettings::setReducedMotion(bool reduced) {
    m_reducedMotion = reduced;
    save();
}

void AppSettings::setMovementReminder(bool on) {
    m_movementReminder = on;
    save();
}

void AppSettings::setMovementReminderMinutes(int minutes) {
    m_movementReminderMinutes = reminderMinutes(minutes);
    save();
}

void AppSettings::setQuietHours(int from, int until) {
    m_quietFrom = minuteOfDay(from, kDefaultQuietFrom);
    m_quietUntil = minuteOfDay(until, kDefaultQuietUntil);
    save();
}

void AppSettings::restoreDefaults() {
    m_reducedMotion = false;
    m_movementReminder = false;
    m_movementReminderMinutes = 0;
    m_quietFrom = kDefaultQuietFrom;
    m_quietUntil = kDefaultQuietUntil;
    m_language.clear();
    m_region.clear();
    m_emergencyNumber.clear();
    m_textSize = kMinTextSize;
    m_theme = ThemeChoice::System;
    save();
}

void AppSettings::dismissSetAsideLogs(const QStringList& paths) {
    for (const QString& path : paths) {
        if (!m_dismissedSetAside.contains(path)) {
            m_dismissedSetAside << path;
        }
    }
    m_store->setValue(kDismissedSetAside, m_dismissedSetAside);
    m_store->sync();
    QFile::setPermissions(m_store->fileName(), QFile::ReadOwner | QFile::WriteOwner);
}

Theme::Scheme themeSchemeFor(AppSettings::ThemeChoice choice, Theme::Scheme system) {
    switch (choice) {
    case AppSettings::ThemeChoice::Light:
        return Theme::Scheme::Light;
    case AppSettings::ThemeChoice::Dark:
        return Theme::Scheme::Dark;
    case AppSettings::ThemeChoice::HighContrast:
        return Theme::Scheme::HighContrast;
    case AppSettings::ThemeChoice::System:
        break;
    }
    return system;
}

QString AppSettings::effectiveLanguage(const QString& systemLocale) const {
    return m_language.isEmpty() ? systemLocale : m_language;
}

QString AppSettings::effectiveRegion(const QString& systemRegion) const {
    return m_region.isEmpty() ? systemRegion : m_region;
}

void AppSettings::save() {
    m_store->setValue(kLanguage, m_language);
    m_store->setValue(kRegion, m_region);
    m_store->setValue(kEmergencyNumber, m_emergencyNumber);
    m_store->setValue(kTextSize, m_textSize);
    m_store->setValue(kTheme, themeName(m_theme));
    m_store->setValue(kReducedMotion, m_reducedMotion);
    m_store->setValue(kReminder, m_movementReminder);
    m_store->setValue(kReminderMinutes, m_movementReminderMinutes);
    m_store->setValue(kQuietFrom, m_quietFrom);
    m_store->setValue(kQuietUntil, m_quietUntil);
    m_store->sync();
    QFile::setPermissions(m_store->fileName(), QFile::ReadOwner | QFile::WriteOwner);
    Q_EMIT changed();
}

} // namespace spasmguide
