// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/episode_screen.h"

#include "charts/chart_widget.h"
#include "episode_log.h"
#include "local_time.h"
#include "store/store_error.h"
#include "widgets/text.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {
EpisodeScreen::EpisodeScreen(EpisodeLog& log, QWidget* parent)
    : ScreenPage(QStringLiteral("episode"), parent), m_log(log) {
    m_title = makeHeading({}, 1.6);
    body()->addWidget(m_title);
    m_facts = makeTextLabel({});
    body()->addWidget(m_facts);
    m_pain = new ChartWidget(tr("Pain over time"));
    body()->addWidget(m_pain);
    m_checkIns = new QListWidget;
    m_checkIns->setObjectName(QStringLiteral("episodeCheckIns"));
    m_checkIns->setAccessibleName(tr("Check-ins, oldest first"));
    m_checkIns->setMinimumHeight(140);
    body()->addWidget(m_checkIns);
    body()->addWidget(makeHeading(tr("Note about this episode"), 1.1));
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("episodeNote"));
    m_note->setAccessibleName(tr("Note about this episode"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(120);
    body()->addWidget(m_note);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("episodeBack"));
    auto* remove = new QPushButton(tr("Delete episode\u2026"));
    remove->setObjectName(QStringLiteral("deleteEpisode"));
    m_endNow = new QPushButton(tr("End this episode now"));
    m_endNow->setObjectName(QStringLiteral("endEpisode"));
    auto* save = new QPushButton(tr("Save note"));
    save->setObjectName(QStringLiteral("saveEpisodeNote"));
    save->setProperty("primary", true);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(remove);
    footer()->addWidget(m_endNow);
    footer()->addWidget(save);
    connect(back, &QPushButton::clicked, this, &EpisodeScreen::backRequested);
    connect(remove, &QPushButton::clicked, this, &EpisodeScreen::confirmDelete);
    connect(m_endNow, &QPushButton::clicked, this, &EpisodeScreen::endNow);
    connect(save, &QPushButton::clicked, this, &EpisodeScreen::saveNote);
}

void EpisodeScreen::showEpisode(const QString& episodeId) {
    const bool another = episodeId != m_episodeId;
    m_episodeId = episodeId;
    EpisodeStore* store = m_log.store();
    const auto episode = store ? store->episode(episodeId.toStdString()) : std::nullopt;
    if (!episode) {
        m_title->setText(tr("This episode is no longer in your log."));
        m_facts->clear();
        m_checkIns->clear();
        m_pain->setPainSeries({});
        return;
    }
    m_title->setText(tr("Episode from %1").arg(longDateTime(episode->startedAt)));
    QString facts = episode->endedAt ? tr("Ended %1.").arg(longDateTime(*episode->endedAt)) : tr("Ongoing.");
    if (!episode->triageTicked.empty()) {
        facts += QLatin1Char(' ') +
                 tr("Warning signs ticked at the start: %n", nullptr, static_cast<int>(episode->triageTicked.size()));
    }
    m_facts->setText(facts);
    m_endNow->setVisible(!episode->endedAt);
    if (another) { // a refresh of the same episode keeps what is being typed
        m_note->setPlainText(QString::fromStdString(episode->note));
    }
    std::vector<PainPoint> points;
    m_checkIns->clear();
    for (const auto& c : store->checkIns(episode->id)) {
        points.push_back({c.at.epochMs, c.pain});
        m_checkIns->addItem(
            QStringLiteral("%1  \u00b7  %2").arg(shortDateTime(c.at.epochMs), tr("pain %1").arg(c.pain)));
    }
    m_pain->setPainSeries(std::move(points));
}

void EpisodeScreen::saveNote() {
    EpisodeStore* store = m_log.store();
    auto episode = store ? store->episode(m_episodeId.toStdString()) : std::nullopt;
    if (!episode) {
        return;
    }
    episode->note = m_note->toPlainText().toStdString();
    try {
        store->updateEpisode(*episode);
        Q_EMIT m_log.changed();
    } catch (const StoreError& e) {
        // The text stays in the editor, so nothing typed is lost.
        QMessageBox::warning(this, tr("Episode log"),
                             tr("The note could not be saved: %1").arg(QString::fromUtf8(e.what())));
    }
}

void EpisodeScreen::endNow() {
    if (EpisodeStore* store = m_log.store()) {
        store->endEpisode(m_episodeId.toStdString(), Timestamp::local(m_log.clock().now()));
        Q_EMIT m_log.changed();
        showEpisode(m_episodeId);
    }
}

bool EpisodeScreen::deleteEpisode() {
    EpisodeStore* store = m_log.store();
    if (!store || !store->deleteEpisode(m_episodeId.toStdString())) {
        return false;
    }
    Q_EMIT m_log.changed();
    Q_EMIT deleted();
    return true;
}

void EpisodeScreen::confirmDelete() {
    QMessageBox question(QMessageBox::Warning, tr("Delete episode"),
                         tr("Delete this episode and its %n check-in(s) for good?", nullptr, m_checkIns->count()),
                         QMessageBox::Cancel, this);
    auto* remove = question.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    question.setDefaultButton(QMessageBox::Cancel);
    question.exec();
    if (question.clickedButton() == remove) {
        deleteEpisode();
    }
}

} // namespace spasmguide
