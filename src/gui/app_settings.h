// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "theme.h"

#include <QObject>
#include <QString>
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

    explicit AppSettings(const QString& dataDir, QObject* parent = nullptr);
    ~AppSettings() override;

    [[nodiscard]] QString language() const { return m_language; }
    [[nodiscard]] QString region() const { return m_region; }
    [[nodiscard]] QString emergencyNumber() const { return m_emergencyNumber; } // empty: the region's
    [[nodiscard]] int textSize() const { return m_textSize; }
    [[nodiscard]] ThemeChoice theme() const { return m_theme; }
    [[nodiscard]] bool reducedMotion() const { return m_reducedMotion; } // text instead of animations
    [[nodiscard]] QString filePath() const;

    void setLanguage(const QString& language);
    void setRegion(const QString& region);
    void setEmergencyNumber(const QString& number);
    void setTextSize(int percent);
    void setTheme(ThemeChoice theme);
    void setReducedMotion(bool reduced);
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
};

// The palette a theme choice stands for; "as the system" is `system`, read before any palette was applied.
[[nodiscard]] Theme::Scheme themeSchemeFor(AppSettings::ThemeChoice choice, Theme::Scheme system);

} // namespace spasmguide
