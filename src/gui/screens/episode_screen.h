// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/screen_page.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace spasmguide {

class ChartWidget;
class EpisodeLog;

// One episode in detail: when it began and ended, the warning signs ticked at the start, its pain chart and
// check-ins, an editable note, "End this episode now", and delete (after a confirmation).
class EpisodeScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit EpisodeScreen(EpisodeLog& log, QWidget* parent = nullptr);

    void showEpisode(const QString& episodeId);
    [[nodiscard]] const QString& episodeId() const { return m_episodeId; }
    // Deletes without asking; the Delete button asks first and then calls this.
    bool deleteEpisode();

Q_SIGNALS:
    void backRequested();
    void deleted();

private:
    void saveNote();
    void endNow();
    void confirmDelete();

    EpisodeLog& m_log;
    QString m_episodeId;
    QLabel* m_title = nullptr;
    QLabel* m_facts = nullptr;
    ChartWidget* m_pain = nullptr;
    QListWidget* m_checkIns = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QPushButton* m_endNow = nullptr;
};

} // namespace spasmguide
