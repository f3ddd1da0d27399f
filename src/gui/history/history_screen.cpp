// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/history_screen.h"

#include "core/store/store_error.h"
#include "gui/charts/chart_widget.h"
#include "gui/checkin/check_in_text.h"
#include "gui/history/activity_text.h"
#include "gui/log/episode_log.h"
#include "gui/log/import_text.h"
#include "gui/log/local_time.h"
#include "gui/log/log_vocabulary.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QButtonGroup>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <map>

namespace spasmguide {
namespace {

QString duration(std::chrono::milliseconds d) {
    const auto minutes = std::chrono::duration_cast<std::chrono::minutes>(d).count();
    if (minutes < 60) {
        return HistoryScreen::tr("%n min", nullptr, static_cast<int>(minutes));
    }
    if (minutes < 48 * 60) {
        return HistoryScreen::tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60);
    }
    return HistoryScreen::tr("%n day(s)", nullptr, static_cast<int>(minutes / (24 * 60)));
}

QString describe(const EpisodeSummary& s) {
    QString text = longDateTime(s.episode.startedAt) + QStringLiteral("  \u00b7  ") + duration(s.duration);
    if (!s.episode.endedAt) {
        text += HistoryScreen::tr(" (ongoing)");
    }
    text += QStringLiteral("\n") + HistoryScreen::tr("%n check-in(s)", nullptr, s.checkInCount);
    if (s.peakPain) {
        text +=
            HistoryScreen::tr("  \u00b7  peak %1  \u00b7  latest %2").arg(*s.peakPain).arg(s.latestPain.value_or(0));
    }
    return text;
}

} // namespace

HistoryScreen::HistoryScreen(EpisodeLog& log, QWidget* parent) : ScreenPage(screens::kHistory, parent), m_log(log) {
    body()->addWidget(makeHeading(tr("History"), 1.6));
    m_status = makeNote({});
    body()->addWidget(m_status);
    m_imports = makeNote({});
    m_imports->setObjectName(QStringLiteral("importHistory"));
    m_imports->setVisible(false);
    body()->addWidget(m_imports);

    auto* columns = new QHBoxLayout;
    columns->setSpacing(24);
    auto* left = new QVBoxLayout;
    m_episodes = new QListWidget;
    m_episodes->setObjectName(QStringLiteral("episodeList"));
    m_episodes->setAccessibleName(tr("Episodes, newest first"));
    m_episodes->setMinimumWidth(360);
    m_episodes->setWordWrap(true);
    m_episodes->setSpacing(6);
    left->addWidget(m_episodes, 1);
    m_more = new QPushButton(tr("Show older episodes"));
    m_more->setObjectName(QStringLiteral("moreEpisodes"));
    left->addWidget(m_more);
    columns->addLayout(left, 2);

    auto* right = new QVBoxLayout;
    m_title = makeHeading({}, 1.2);
    right->addWidget(m_title);
    m_pain = new ChartWidget(tr("Pain over time"));
    m_pain->setObjectName(QStringLiteral("painChart"));
    right->addWidget(m_pain);
    right->addWidget(makeCountsChoice());
    m_counts = new ChartWidget(tr("Triggers and what made it worse"));
    m_counts->setObjectName(QStringLiteral("countsChart"));
    right->addWidget(m_counts);
    m_timeline = new QListWidget;
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setAccessibleName(tr("Check-ins, sessions and medicines of this episode, oldest first"));
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(4);
    m_timeline->setMinimumHeight(160);
    right->addWidget(m_timeline, 1);
    columns->addLayout(right, 3);
    body()->addLayout(columns, 1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("historyBack"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    auto* importButton = new QPushButton(tr("Import\u2026"));
    importButton->setObjectName(QStringLiteral("importLog"));
    importButton->setToolTip(tr("Merge a SpasmGuide .json export into this log"));
    auto* exportButton = new QPushButton(tr("Export\u2026"));
    exportButton->setObjectName(QStringLiteral("exportLog"));
    exportButton->setToolTip(tr("Save your log as .csv (a spreadsheet) or .json (everything, re-importable)"));
    auto* open = new QPushButton(tr("Open episode"));
    open->setObjectName(QStringLiteral("openEpisode"));
    open->setToolTip(tr("See, edit or delete the selected episode (Enter)"));
    auto* insights = new QPushButton(tr("Insights…"));
    insights->setObjectName(QStringLiteral("openInsights"));
    insights->setToolTip(tr("What your episodes have in common: how often, how long, triggers and what helped"));
    footer()->addWidget(insights);
    footer()->addWidget(open);
    footer()->addWidget(importButton);
    footer()->addWidget(exportButton);
    auto* reportButton = new QPushButton(tr("Report for my clinician\u2026"));
    reportButton->setObjectName(QStringLiteral("clinicianReport"));
    reportButton->setToolTip(tr("Save a one- or two-page PDF of your log to show your doctor or physiotherapist"));
    footer()->addWidget(reportButton);
    connect(reportButton, &QPushButton::clicked, this, &HistoryScreen::reportRequested);
    connect(back, &QPushButton::clicked, this, &HistoryScreen::backRequested);
    connect(insights, &QPushButton::clicked, this, &HistoryScreen::insightsRequested);
    connect(exportButton, &QPushButton::clicked, this, &HistoryScreen::exportRequested);
    connect(importButton, &QPushButton::clicked, this, &HistoryScreen::importRequested);
    connect(m_more, &QPushButton::clicked, this, &HistoryScreen::loadMore);
    auto openSelected = [this] {
        if (auto* item = m_episodes->currentItem()) {
            Q_EMIT openEpisodeRequested(item->data(Qt::UserRole).toString());
        }
    };
    connect(open, &QPushButton::clicked, this, openSelected);
    connect(m_episodes, &QListWidget::itemActivated, this, openSelected);
    connect(m_episodes, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* item) {
        if (item) {
            showEpisode(item->data(Qt::UserRole).toString());
        }
    });
    connect(&m_log, &EpisodeLog::changed, this, &HistoryScreen::reload);
    reload();
}

HistoryScreen::~HistoryScreen() {
    if (m_counting.valid()) {
        m_counting.wait();
    }
}

void HistoryScreen::reload() {
    if (m_countsScope->checkedId() == 1) {
        countAllEpisodes(); // the log changed: the totals too
    }
    const QString selected =
        m_episodes->currentItem() ? m_episodes->currentItem()->data(Qt::UserRole).toString() : QString();
    m_episodes->clear();
    m_loaded = 0;
    loadMore();
    showImports();
    for (int row = 0; row < m_episodes->count(); ++row) {
        if (m_episodes->item(row)->data(Qt::UserRole).toString() == selected) {
            m_episodes->setCurrentRow(row);
        }
    }
    if (!m_episodes->currentItem() && m_episodes->count() > 0) {
        m_episodes->setCurrentRow(0);
    }
}

void HistoryScreen::loadMore() {
    EpisodeStore* store = m_log.store();
    if (!store) {
        m_status->setText(m_log.isOpening() ? tr("Opening your log\u2026") : tr("The episode log is not available."));
        m_more->setVisible(false);
        return;
    }
    try {
        // One page at a time: the list never holds more than the person has asked to see.
        const auto page = store->listEpisodes(m_loaded, kPageSize);
        for (const auto& summary : page) {
            auto* item = new QListWidgetItem(describe(summary), m_episodes);
            item->setData(Qt::UserRole, QString::fromStdString(summary.episode.id));
        }
        m_loaded += static_cast<int>(page.size());
        const auto total = store->episodeCount();
        m_more->setVisible(m_loaded < total);
        m_status->setText(total == 0 ? tr("No episodes yet. Check in (Ctrl+K) to start one.")
                                     : tr("%n episode(s) in your private log.", nullptr, static_cast<int>(total)));
    } catch (const StoreError& e) {
        m_status->setText(tr("The history could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

// The latest imports into this log, so the person can see when which file changed it, and how.
void HistoryScreen::showImports() {
    EpisodeStore* store = m_log.store();
    QStringList lines;
    try {
        for (const ImportRecord& record : store ? store->importHistory(kImportsShown) : std::vector<ImportRecord>{}) {
            lines << importRecordText(record);
        }
    } catch (const StoreError& e) {
        lines << tr("The history of imports could not be read: %1").arg(QString::fromUtf8(e.what()));
    }
    m_imports->setText(lines.isEmpty() ? QString()
                                       : tr("Imports into this log, latest first:") + QLatin1Char('\n') +
                                             lines.join(QLatin1Char('\n')));
    m_imports->setVisible(!lines.isEmpty());
}

void HistoryScreen::showEpisode(const QString& episodeId) {
    EpisodeStore* store = m_log.store();
    if (!store) {
        return;
    }
    try {
        const auto episode = store->episode(episodeId.toStdString());
        const auto checkIns = store->checkIns(episodeId.toStdString());
        m_title->setText(episode ? tr("Episode from %1").arg(longDateTime(episode->startedAt)) : QString());
        std::vector<PainPoint> points;
        std::map<QString, int> counts;
        const auto triggers = triggerChoices();
        const auto worse = worseChoices();
        m_timeline->clear();
        // Check-ins and the tools' records, merged by time.
        const auto activities = describeActivities(store->activities(episodeId.toStdString()));
        auto nextActivity = activities.begin();
        for (const auto& c : checkIns) {
            for (; nextActivity != activities.end() && nextActivity->epochMs < c.at.epochMs; ++nextActivity) {
                m_timeline->addItem(nextActivity->text);
            }
            if (c.pain) { // a check-in that only reported a warning sign has no point
                points.push_back({c.at.epochMs, *c.pain});
            }
            for (const auto& id : c.triggers) {
                ++counts[labelFor(triggers, QString::fromStdString(id))];
            }
            for (const auto& id : c.worse) {
                ++counts[tr("Worse: %1").arg(labelFor(worse, QString::fromStdString(id)))];
            }
            m_timeline->addItem(describeCheckIn(c));
        }
        for (; nextActivity != activities.end(); ++nextActivity) {
            m_timeline->addItem(nextActivity->text);
        }
        m_pain->setPainSeries(std::move(points));
        m_episodeCounts.clear();
        for (const auto& [label, count] : counts) {
            m_episodeCounts.push_back({label, count});
        }
        std::stable_sort(m_episodeCounts.begin(), m_episodeCounts.end(),
                         [](const CountBar& a, const CountBar& b) { return a.count > b.count; });
        showCounts();
    } catch (const StoreError& e) {
        m_status->setText(tr("This episode could not be read: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace spasmguide
