// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/activity_model.h"
#include "core/time/clock.h"
#include "gui/widgets/screen_page.h"

#include <vector>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPushButton;

namespace spasmguide {

class Callout;
struct ContentBundle;

// Step 2's medication log: what was taken and when, saved into the current episode. The drowsiness warning and
// "consult a pharmacist or clinician" are in view every time. On purpose there is no dose field, and the screen
// never suggests a dose or when to take the next one: it records, it does not advise.
class MedicationScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit MedicationScreen(const Clock& clock, QWidget* parent = nullptr);

    // The names offered to pick from: every step's "medicationNames".
    void setContent(const ContentBundle& content);
    // Ready for an entry: the time is set to now, unless a name is half entered (then the form is left as it is).
    void prepare();
    // This episode's medicines, oldest first.
    void showTaken(const std::vector<MedicationEntry>& taken);
    // After a save: the form is cleared for the next entry and the save is confirmed in words.
    void showSaved(const MedicationEntry& entry);
    // A save that failed: the form keeps what was entered.
    void showProblem(const QString& message);

    [[nodiscard]] QComboBox* nameBox() const { return m_name; }
    [[nodiscard]] QDateTimeEdit* timeEdit() const { return m_time; }
    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] Callout* warning() const { return m_warning; }
    [[nodiscard]] QListWidget* takenList() const { return m_taken; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

Q_SIGNALS:
    void saveRequested(const spasmguide::MedicationEntry& entry);
    void backRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void save();

    const Clock& m_clock;
    Callout* m_warning = nullptr;
    QComboBox* m_name = nullptr;
    QDateTimeEdit* m_time = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_status = nullptr;
    QListWidget* m_taken = nullptr;
};

} // namespace spasmguide
