// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/insights/insights.h"
#include "gui/widgets/screen_page.h"

#include <future>

class QLabel;
class QVBoxLayout;

namespace spasmguide {

class ChartWidget;
class EpisodeLog;

// Insights across episodes, in sentences and a chart of each episode's peak pain. Computed from the whole log in
// SQL on a worker thread with a read-only connection of its own, so a large log never holds up the screen.
class InsightsScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit InsightsScreen(EpisodeLog& log, QWidget* parent = nullptr);
    ~InsightsScreen() override; // waits for a computation under way

    // Computes again (one at a time; a request during a computation runs once it is done).
    void refresh();
    [[nodiscard]] bool isComputing() const { return m_computing.valid(); }
    [[nodiscard]] QStringList sentences() const;
    [[nodiscard]] ChartWidget* peaksChart() const { return m_peaks; }

Q_SIGNALS:
    void backRequested();
    void computed(); // the sentences and chart show the latest figures, or why they could not be read

private:
    void finish();
    void showInsights(const Insights& insights);

    EpisodeLog& m_log;
    QLabel* m_status = nullptr;
    QVBoxLayout* m_sentences = nullptr;
    ChartWidget* m_peaks = nullptr;
    std::future<std::optional<Insights>> m_computing;
    bool m_again = false;
};

} // namespace spasmguide
