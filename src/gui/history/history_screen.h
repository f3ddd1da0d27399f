// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/recorded_counts.h"
#include "gui/widgets/screen_page.h"

#include <future>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;

namespace spasmguide {

class ChartWidget;
struct CountBar;
class EpisodeLog;

// The episodes, newest first, a page at a time; the selected one's pain over time, what was recorded
// most often (in that episode, or across the whole log, counted on a worker thread), and its check-ins in order.
class HistoryScreen final : public ScreenPage {
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;
    static constexpr int kImportsShown = 3;

    explicit HistoryScreen(EpisodeLog& log, QWidget* parent = nullptr);
    ~HistoryScreen() override; // waits for a count still under way

    void reload();

Q_SIGNALS:
    void backRequested();
    void exportRequested();
    void importRequested();
    void reportRequested();
    void openEpisodeRequested(const QString& episodeId);
    void insightsRequested();

public:
    [[nodiscard]] QListWidget* episodeList() const { return m_episodes; }
    [[nodiscard]] QListWidget* timeline() const { return m_timeline; }
    [[nodiscard]] ChartWidget* painChart() const { return m_pain; }
    [[nodiscard]] ChartWidget* countsChart() const { return m_counts; }
    [[nodiscard]] QPushButton* allEpisodesButton() const;
    [[nodiscard]] bool isCounting() const { return m_counting.valid(); }
    [[nodiscard]] QLabel* importHistory() const { return m_imports; }

private:
    void loadMore();
    void showImports();
    void showEpisode(const QString& episodeId);
    QWidget* makeCountsChoice();
    void showCounts();
    void countAllEpisodes();
    void finishCounting();

    EpisodeLog& m_log;
    QLabel* m_status = nullptr;
    QLabel* m_imports = nullptr;
    QListWidget* m_episodes = nullptr;
    QPushButton* m_more = nullptr;
    QLabel* m_title = nullptr;
    ChartWidget* m_pain = nullptr;
    ChartWidget* m_counts = nullptr;
    QListWidget* m_timeline = nullptr;
    QButtonGroup* m_countsScope = nullptr;
    QLabel* m_countsNote = nullptr;
    std::vector<CountBar> m_episodeCounts;
    std::future<RecordedCounts> m_counting;
    bool m_countAgain = false; // the log changed while counting
    int m_loaded = 0;
};

} // namespace spasmguide
