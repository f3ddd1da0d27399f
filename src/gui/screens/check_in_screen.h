// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "content/model.h"
#include "store/clock.h"
#include "store/episode_model.h"
#include "widgets/screen_page.h"

#include <QStringList>
#include <vector>

class QButtonGroup;
class QCheckBox;
class QComboBox;
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
class CheckInScreen final : public ScreenPage {
    Q_OBJECT

public:
    CheckInScreen(const Clock& clock, QWidget* parent = nullptr);

    void setContent(const ContentBundle& content);
    // The entry as filled in so far; `at` is now, ids are left for the store.
    [[nodiscard]] CheckIn draft() const;
    void clear();

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
    void updateSaveState();
    [[nodiscard]] int pain() const;

    const Clock& m_clock;
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
