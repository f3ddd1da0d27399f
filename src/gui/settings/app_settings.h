// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/style/theme.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QSettings;

namespace spasmguide {

// The person's choices from the Settings screen, kept in <data dir>/settings.ini (readable by the user only),
// never in the system registry or a shared place. An empty language or region means "as the system says".
class AppSettings final : public QObject {
    Q_OBJECT

public:
    enum class ThemeChoice { System, Light, Dark, HighContrast };
    static constexpr int kMinTextSize = 100; // percent
    static constexpr int kMaxTextSize = 200;
    static constexpr int kMinReminderMinutes = 5;
    static constexpr int kMaxReminderMinutes = 240;
    static constexpr int kDefaultQuietFrom = 22 * 60;
    static constexpr int kDefaultQuietUntil = 7 * 60;

    explicit AppSettings(const QString& dataDir, QObject* parent = nullptr);
    ~AppSettings() override;

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString region() const { return m_region; }
    [[nodiscard]] QString emergencyNumber() const { return m_emergencyNumber; } // empty: the region's
    [[nodiscard]] int textSize() const { return m_textSize; }
    [[nodiscard]] ThemeChoice theme() const { return m_theme; }
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; } // text instead of animations
    [[nodiscard]] QString filePath() const;
    // The movement reminder: off by default; 0 minutes means the content's default interval. Quiet hours are
    // minutes after midnight, local time.
    [[nodiscard]] bool movementReminder() const { return m_movementReminder; }
    [[nodiscard]] int movementReminderMinutes() const { return m_movementReminderMinutes; }
    [[nodiscard]] int quietFrom() const { return m_quietFrom; }
    [[nodiscard]] int quietUntil() const { return m_quietUntil; }
    // Old logs set aside as unreadable whose notice the person dismissed for good, by path: a new one is told.
    [[nodiscard]] bool isSetAsideLogDismissed(const QString& path) const { return m_dismissedSetAside.contains(path); }
    // Not a preference: saved at once, without changed(), and kept by restoreDefaults().
    void dismissSetAsideLogs(const QStringList& paths);

    void setLanguage(const QString& language);
    void setRegion(const QString& region);
    void setEmergencyNumber(const QString& number);
    void setTextSize(int percent);
    void setTheme(ThemeChoice theme);
    void setReducedMotion(bool reduced);
    void setMovementReminder(bool on);
    void setMovementReminderMinutes(int minutes);
    void setQuietHours(int from, int until);
    void restoreDefaults();

    // What the app should use, for a system locale such as "es_MX".
    [[nodiscard]] QString effectiveLanguage(const QString& systemLocale) const;
    [[nodiscard]] QString effectiveRegion(const QString& systemRegion) const;

Q_SIGNALS:
    void changed(); // any setting; saved already

private:
    void save();

    std::unique_ptr<QSettings> m_store;
    QString m_language;
    QString m_region;
    QString m_emergencyNumber;
    int m_textSize = kMinTextSize;
    ThemeChoice m_theme = ThemeChoice::System;
    bool m_reducedMotion = false;
    bool m_movementReminder = false;
    int m_movementReminderMinutes = 0;
    int m_quietFrom = kDefaultQuietFrom;
    int m_quietUntil = kDefaultQuietUntil;
    QStringList m_dismissedSetAside;
};

// The palette a theme choice stands for; "as the system" is `system`, read before any palette was applied.
[[nodiscard]] Theme::Scheme themeSchemeFor(AppSettings::ThemeChoice choice, Theme::Scheme system);

} // namespace spasmguide
