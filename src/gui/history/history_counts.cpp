// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The history's "how often" chart: for the selected episode, or across the whole log. The whole log is counted
// in SQL on a worker thread with a connection of its own, so a large log never holds up the screen.
#include "core/store/store_error.h"
#include "gui/charts/chart_widget.h"
#include "gui/history/history_screen.h"
#include "gui/log/episode_log.h"
#include "gui/log/log_vocabulary.h"
#include "gui/widgets/text.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QMetaObject>
#include <QPushButton>
#include <QVBoxLayout>
#include <limits>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

constexpr int kThisEpisode = 0;
constexpr int kAllEpisodes = 1;

int clampedCount(std::int64_t count) {
    return static_cast<int>(std::min<std::int64_t>(count, std::numeric_limits<int>::max()));
}

std::vector<CountBar> barsFor(const RecordedCounts& counts) {
    std::vector<CountBar> bars;
    const auto triggers = triggerChoices();
    const auto worse = worseChoices();
    for (const auto& item : counts.triggers) {
        bars.push_back({labelFor(triggers, QString::fromStdString(item.id)), clampedCount(item.checkIns)});
    }
    for (const auto& item : counts.freeTags) {
        bars.push_back({QString::fromStdString(item.id), clampedCount(item.checkIns)});
    }
    for (const auto& item : counts.worse) {
        bars.push_back({HistoryScreen::tr("Worse: %1").arg(labelFor(worse, QString::fromStdString(item.id))),
                        clampedCount(item.checkIns)});
    }
    std::stable_sort(bars.begin(), bars.end(), [](const CountBar& a, const CountBar& b) { return a.count > b.count; });
    return bars;
}

} // namespace

QWidget* HistoryScreen::makeCountsChoice() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 8, 0, 0);
    auto* row = new QHBoxLayout;
    row->addWidget(makeHeading(tr("How often"), 1.1));
    m_countsScope = new QButtonGroup(this);
    const std::pair<QString, QString> scopes[] = {{QStringLiteral("countsThisEpisode"), tr("This episode")},
                                                  {QStringLiteral("countsAllEpisodes"), tr("All episodes")}};
    int id = kThisEpisode;
    for (const auto& [name, label] : scopes) {
        auto* button = new QPushButton(label);
        button->setObjectName(name);
        button->setCheckable(true);
        button->setAccessibleName(tr("Count triggers and what made it worse: %1").arg(label));
        button->setProperty("segment", true); // a choice of two: a tick, not bold text, marks the chosen one
        connect(button, &QPushButton::toggled, button,
                [button, label](bool chosen) { button->setText(chosen ? QStringLiteral("\u2713 ") + label : label); });
        m_countsScope->addButton(button, id++);
        row->addWidget(button);
    }
    m_countsScope->button(kThisEpisode)->setChecked(true);
    row->addStretch(1);
    layout->addLayout(row);
    m_countsNote = makeNote({});
    layout->addWidget(m_countsNote);
    connect(m_countsScope, &QButtonGroup::idClicked, this, [this](int scope) {
        if (scope == kAllEpisodes) {
            countAllEpisodes();
        }
        showCounts();
    });
    return widget;
}

QPushButton* HistoryScreen::allEpisodesButton() const {
    return static_cast<QPushButton*>(m_countsScope->button(kAllEpisodes));
}

void HistoryScreen::showCounts() {
    if (m_countsScope->checkedId() == kThisEpisode) {
        m_countsNote->setText(tr("Triggers and what made it worse in the selected episode, by number of check-ins."));
        m_counts->setCounts(m_episodeCounts);
    } else if (m_counting.valid()) {
        m_countsNote->setText(tr("Counting every check-in in your log\u2026"));
    }
}

void HistoryScreen::countAllEpisodes() {
    EpisodeStore* store = m_log.store();
    if (!store) {
        m_countsNote->setText(tr("The episode log is not available."));
        return;
    }
    if (m_counting.valid()) {
        m_countAgain = true; // one count at a time; the newest change is counted next
        return;
    }
    m_counting = std::async(std::launch::async, [this, path = store->path()] {
        RecordedCounts counts;
        try {
            counts = countRecorded(path);
        } catch (const StoreError& e) {
            spdlog::warn("history: counting the log failed: {}", e.what());
            counts.checkIns = -1; // shown as "could not be counted"
        }
        QMetaObject::invokeMethod(this, &HistoryScreen::finishCounting, Qt::QueuedConnection);
        return counts;
    });
    showCounts();
}

void HistoryScreen::finishCounting() {
    if (!m_counting.valid()) {
        return;
    }
    const RecordedCounts counts = m_counting.get();
    if (m_countAgain) {
        m_countAgain = false;
        countAllEpisodes();
        return;
    }
    if (m_countsScope->checkedId() != kAllEpisodes) {
        return;
    }
    if (counts.checkIns < 0) {
        m_countsNote->setText(tr("Your log could not be counted just now."));
        return;
    }
    m_countsNote->setText(tr("Triggers and what made it worse across all %n check-in(s) in your log.", nullptr,
                             clampedCount(counts.checkIns)));
    m_counts->setCounts(barsFor(counts));
}

} // namespace spasmguide
