// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/widgets/screen_page.h"

class QCheckBox;
class QComboBox;
class QTimeEdit;
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

    // The countries the content offers, by name, sorted in `runningLanguage`; and what "as the system" is.
    void setContent(const EmergencyNumbers& numbers, const QString& systemRegion, const QString& runningLanguage);
    // Puts the keyboard in the country choice, ready for typing a name ("Change country" on the care screen).
    void focusRegionChoice();
    // The content's interval for the movement reminder, shown until the person picks their own.
    void setReminderDefault(int minutes);

    [[nodiscard]] QComboBox* languageBox() const { return m_language; }
    [[nodiscard]] QComboBox* regionBox() const { return m_region; }
    [[nodiscard]] QLineEdit* numberEdit() const { return m_number; }
    [[nodiscard]] QSpinBox* textSizeBox() const { return m_textSize; }
    [[nodiscard]] QComboBox* themeBox() const { return m_theme; }
    [[nodiscard]] QCheckBox* reminderBox() const { return m_reminder; }
    [[nodiscard]] QSpinBox* reminderMinutesBox() const { return m_reminderMinutes; }
    [[nodiscard]] QTimeEdit* quietFromEdit() const { return m_quietFrom; }
    [[nodiscard]] QTimeEdit* quietUntilEdit() const { return m_quietUntil; }

Q_SIGNALS:
    void backRequested();

private:
    QWidget* makeLanguage();
    QWidget* makeEmergency();
    QWidget* makeDisplay();
    QWidget* makeReminder();
    void saveQuietHours();
    void chooseRegionNamed(const QString& text);
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
    QCheckBox* m_reminder = nullptr;
    QSpinBox* m_reminderMinutes = nullptr;
    QTimeEdit* m_quietFrom = nullptr;
    QTimeEdit* m_quietUntil = nullptr;
    int m_reminderDefault = 30;
};

} // namespace spasmguide
