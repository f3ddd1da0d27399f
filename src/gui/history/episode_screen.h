// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/widgets/screen_page.h"

#include <string>

class QCheckBox;
class QDateTimeEdit;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace spasmguide {

class ChartWidget;
class EpisodeLog;

// One episode in detail: when it began and ended (both editable, for a log filled in afterwards), the warning
// signs ticked at the start, its pain chart and check-ins (each can be edited or deleted), what the tools recorded
// (heat and breathing sessions, medicines taken; each can be deleted), an editable note,
// "End this episode now", and delete (after a confirmation).
class EpisodeScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit EpisodeScreen(EpisodeLog& log, QWidget* parent = nullptr);

    void showEpisode(const QString& episodeId);
    [[nodiscard]] const QString& episodeId() const { return m_episodeId; }
    // Deletes without asking; the Delete buttons ask first and then call these.
    bool deleteEpisode();
    bool deleteSelectedCheckIn();
    bool deleteSelectedActivity();
    // Saves the note, start and end as shown. False (with a message shown) when they cannot be saved.
    bool saveChanges();

    [[nodiscard]] QListWidget* checkInList() const { return m_checkIns; }
    // Heat and breathing sessions and medicines taken, oldest first.
    [[nodiscard]] QListWidget* activityList() const { return m_activities; }
    [[nodiscard]] QDateTimeEdit* startEdit() const { return m_start; }
    [[nodiscard]] QDateTimeEdit* endEdit() const { return m_end; }
    [[nodiscard]] QCheckBox* ongoingBox() const { return m_ongoing; }
    [[nodiscard]] QPlainTextEdit* noteEdit() const { return m_note; }
    [[nodiscard]] QLabel* problemLabel() const { return m_problem; }

Q_SIGNALS:
    void backRequested();
    void deleted();
    void editCheckInRequested(const QString& checkInId);

private:
    QWidget* makeTimes();
    QWidget* makeCheckIns();
    QWidget* makeActivities();
    void showActivities(const std::string& episodeId);
    void confirmDeleteActivity();
    void endNow();
    void confirmDelete();
    void confirmDeleteCheckIn();
    void editSelectedCheckIn();
    void showProblem(const QString& message);

    EpisodeLog& m_log;
    QString m_episodeId;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    QLabel* m_problem = nullptr;
    QDateTimeEdit* m_start = nullptr;
    QDateTimeEdit* m_end = nullptr;
    QCheckBox* m_ongoing = nullptr;
    ChartWidget* m_pain = nullptr;
    QListWidget* m_checkIns = nullptr;
    QPushButton* m_editCheckIn = nullptr;
    QPushButton* m_deleteCheckIn = nullptr;
    QListWidget* m_activities = nullptr;
    QPushButton* m_deleteActivity = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_endNow = nullptr;
};

} // namespace spasmguide
