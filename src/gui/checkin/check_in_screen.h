// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/store/episode_model.h"
#include "core/time/clock.h"
#include "gui/widgets/screen_page.h"

#include <QStringList>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTimeEdit;

namespace spasmguide {

class BodyMap;

// The quick check-in: pain 0-10, "anything new?" and Save come first, so pain + "nothing new" + save takes
// a few seconds (keys: a digit, N, Ctrl+S). Everything else is optional below. What is typed survives
// leaving the screen: the form is only cleared after a save.
// In Edit mode (screen "checkin-edit", a separate form so a half-typed new check-in is never overwritten) it
// shows a saved check-in with its time; Save keeps its id and whatever the form cannot show (extra
// medications, triggers from an import).
class CheckInScreen final : public ScreenPage {
    Q_OBJECT

public:
    enum class Mode { New, Edit };

    CheckInScreen(const Clock& clock, Mode mode = Mode::New, QWidget* parent = nullptr);

    void setContent(const ContentBundle& content);
    // The entry as filled in so far; `at` is now, ids are left for the store.
    [[nodiscard]] CheckIn draft() const;
    void clear();
    // Edit mode: fills the form from a saved check-in.
    void edit(const CheckIn& checkIn);
    [[nodiscard]] bool isEditing() const { return m_mode == Mode::Edit; }
    [[nodiscard]] QDateTimeEdit* whenEdit() const { return m_when; }

    [[nodiscard]] QPushButton* saveButton() const { return m_save; }
    [[nodiscard]] QPushButton* nothingNewButton() const { return m_nothingNew; }
    [[nodiscard]] QPushButton* somethingNewButton() const { return m_somethingNew; }
    [[nodiscard]] QPushButton* painButton(int pain) const;
    [[nodiscard]] BodyMap* bodyMap() const { return m_bodyMap; }
    [[nodiscard]] bool hasPain() const { return pain() >= 0; }

Q_SIGNALS:
    void saveRequested(const spasmguide::CheckIn& checkIn);
    // "Anything new?" answered yes: the caller records it and shows the care screen.
    void newWarningSign(const spasmguide::CheckIn& checkIn);
    void backRequested(); // leaves the form as it is

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    QWidget* makePainRow();
    QWidget* makeAnythingNew();
    QWidget* makeTriggers();
    QWidget* makeWhatIDid();
    QWidget* makeWorse();
    QWidget* makeWhen();
    void updateSaveState();
    [[nodiscard]] int pain() const;
    void setPain(int pain);
    [[nodiscard]] CheckIn formValues() const;
    // Edit mode: the saved check-in's id, time, warning-sign answer and what the form has no place for.
    void keepWhatTheFormCannotShow(CheckIn& entry) const;

    const Clock& m_clock;
    Mode m_mode;
    CheckIn m_original; // Edit mode: as saved
    QDateTimeEdit* m_when = nullptr;
    QWidget* m_anythingNew = nullptr;
    QLabel* m_editNotice = nullptr;
    QButtonGroup* m_painGroup = nullptr;
    QPushButton* m_nothingNew = nullptr;
    QPushButton* m_somethingNew = nullptr;
    QLabel* m_signsList = nullptr;
    QStringList m_emergencySignIds;
    BodyMap* m_bodyMap = nullptr;
    std::vector<QCheckBox*> m_triggers;
    QLineEdit* m_tags = nullptr;
    QCheckBox* m_usedHeat = nullptr;
    QComboBox* m_heatProduct = nullptr;
    QSpinBox* m_heatMinutes = nullptr;
    QLineEdit* m_medication = nullptr;
    QTimeEdit* m_medicationTime = nullptr;
    QCheckBox* m_movement = nullptr;
    QCheckBox* m_breathing = nullptr;
    std::vector<QCheckBox*> m_worse;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace spasmguide
