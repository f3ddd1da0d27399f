// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/screen_page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace spasmguide {

class AppSettings;
struct EmergencyNumbers;

// Language, region and emergency number, text size and theme. Every change is saved at once and, except the
// language (which needs a restart, so every screen and menu speaks one language), takes effect at once.
class SettingsScreen final : public ScreenPage {
    Q_OBJECT

public:
    SettingsScreen(AppSettings& settings, QWidget* parent = nullptr);

    // The regions the content offers, and what "as the system" resolves to.
    void setContent(const EmergencyNumbers& numbers, const QString& systemRegion, const QString& runningLanguage);

    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QComboBox* regionBox() const { return m_region; }
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }
    [[nodiscard]] QSpinBox* textSizeBox() const { return m_textSize; }
    [[nodiscard]] QComboBox* themeBox() const { return m_theme; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget* makeLanguage();
    QWidget* makeEmergency();
    QWidget* makeDisplay();
    void showSaved();
    void updateRestartNote();

    AppSettings& m_settings;
    QString m_runningLanguage;
    QComboBox* m_language = nullptr;
    QLabel* m_restartNote = nullptr;
    QComboBox* m_region = nullptr;
    QLineEdit* m_number = nullptr;
    QSpinBox* m_textSize = nullptr;
    QComboBox* m_theme = nullptr;
};

} // namespace spasmguide
