// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/insights_screen.h"

#include "core/store/store_error.h"
#include "gui/charts/chart_widget.h"
#include "gui/history/insights_text.h"
#include "gui/log/episode_log.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QLabel>
#include <QMetaObject>
#include <QPushButton>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace spasmguide {

InsightsScreen::InsightsScreen(EpisodeLog& log, QWidget* parent) : ScreenPage(screens::kInsights, parent), m_log(log) {
    body()->addWidget(makeHeading(tr("Insights across your episodes"), 1.6));
    m_status = makeNote({});
    m_status->setObjectName(QStringLiteral("insightsStatus"));
    body()->addWidget(m_status);
    auto* sentences = new QWidget;
    sentences->setObjectName(QStringLiteral("insightsSentences"));
    m_sentences = new QVBoxLayout(sentences);
    m_sentences->setContentsMargins(0, 0, 0, 0);
    m_sentences->setSpacing(8);
    body()->addWidget(sentences);
    body()->addWidget(makeHeading(tr("Peak pain in each episode"), 1.1));
    m_peaks = new ChartWidget(tr("Peak pain in each episode"));
    m_peaks->setObjectName(QStringLiteral("insightsPeaks"));
    body()->addWidget(m_peaks);
    body()->addStretch(1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("insightsBack"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    connect(back, &QPushButton::clicked, this, &InsightsScreen::backRequested);
    connect(&m_log, &EpisodeLog::changed, this, [this] {
        if (isVisible()) {
            refresh();
        }
    });
}

InsightsScreen::~InsightsScreen() {
    if (m_computing.valid()) {
        m_computing.wait();
    }
}

void InsightsScreen::refresh() {
    EpisodeStore* store = m_log.store();
    if (!store) {
        m_status->setText(tr("The episode log is not available."));
        return;
    }
    if (m_computing.valid()) {
        m_again = true;
        return;
    }
    m_status->setText(tr("Looking through your log\u2026"));
    m_computing = std::async(std::launch::async, [this, path = store->path(), now = m_log.clock().now()] {
        std::optional<Insights> insights;
        try {
            insights = computeInsights(path, now);
        } catch (const StoreError& e) {
            spdlog::warn("insights: reading the log failed: {}", e.what());
        }
        QMetaObject::invokeMethod(this, &InsightsScreen::finish, Qt::QueuedConnection);
        return insights;
    });
}

void InsightsScreen::finish() {
    if (!m_computing.valid()) {
        return;
    }
    const auto insights = m_computing.get();
    if (m_again) {
        m_again = false;
        refresh();
        return;
    }
    if (!insights) {
        m_status->setText(tr("Your log could not be read just now."));
        Q_EMIT computed();
        return;
    }
    showInsights(*insights);
    Q_EMIT computed();
}

void InsightsScreen::showInsights(const Insights& insights) {
    m_status->setText(tr("From %n check-in(s) in your log.", nullptr, insights.checkIns));
    while (auto* item = m_sentences->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const auto& sentence : InsightsText::sentences(insights)) {
        auto* label = makeTextLabel(sentence);
        scaleFont(label, 1.05);
        m_sentences->addWidget(label);
    }
    std::vector<PainPoint> points;
    for (const auto& peak : insights.peaks) {
        points.push_back({peak.startedMs, peak.peakPain});
    }
    m_peaks->setPainSeries(std::move(points));
}

QStringList InsightsScreen::sentences() const {
    QStringList texts;
    for (int i = 0; i < m_sentences->count(); ++i) {
        if (auto* label = qobject_cast<QLabel*>(m_sentences->itemAt(i)->widget())) {
            texts << label->text();
        }
    }
    return texts;
}

} // namespace spasmguide
