// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "widgets/screen_page.h"

class QLabel;
class QListWidget;
class QPushButton;

namespace spasmguide {

class ChartWidget;
class EpisodeLog;

// The episodes, newest first, a page at a time; the selected one's pain over time, what was recorded
// most often, and its check-ins in order.
class HistoryScreen final : public ScreenPage {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit HistoryScreen(EpisodeLog& log, QWidget* parent = nullptr);

    void reload();

Q_SIGNALS:
    void backRequested();
    void exportRequested();
    void importRequested();
    void openEpisodeRequested(const QString& episodeId);

public:
    [[nodiscard]] QListWidget* episodeList() const { return m_episodes; }
    [[nodiscard]] QListWidget* timeline() const { return m_timeline; }
    [[nodiscard]] ChartWidget* painChart() const { return m_pain; }
    [[nodiscard]] ChartWidget* countsChart() const { return m_counts; }

private:
    void loadMore();
    void showEpisode(const QString& episodeId);

    EpisodeLog& m_log;
    QLabel* m_status = nullptr;
    QListWidget* m_episodes = nullptr;
    QPushButton* m_more = nullptr;
    QLabel* m_title = nullptr;
    ChartWidget* m_pain = nullptr;
    ChartWidget* m_counts = nullptr;
    QListWidget* m_timeline = nullptr;
    int m_loaded = 0;
};

} // namespace spasmguide
