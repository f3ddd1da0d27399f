// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/history/episode_screen.h"

#include "gui/charts/chart_widget.h"
#include "gui/checkin/check_in_text.h"
#include "gui/history/activity_text.h"
#include "gui/log/episode_log.h"
#include "gui/log/local_time.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/one_tab_stop.h"
#include "gui/widgets/text.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

QDateTimeEdit* makeDateTimeEdit(const QString& objectName, const QString& accessibleName) {
    auto* edit = new OneTabStop<QDateTimeEdit>;
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    return edit;
}

bool askToDelete(QWidget* parent, const QString& title, const QString& question) {
    QMessageBox box(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    auto* remove = box.addButton(EpisodeScreen::tr("Delete"), QMessageBox::DestructiveRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == remove;
}

} // namespace

EpisodeScreen::EpisodeScreen(EpisodeLog& log, QWidget* parent) : ScreenPage(screens::kEpisode, parent), m_log(log) {
    m_title = makeHeading({}, 1.6);
    body()->addWidget(m_title);
    m_facts = makeTextLabel({});
    body()->addWidget(m_facts);
    body()->addWidget(makeTimes());
    m_pain = new ChartWidget(tr("Pain over time"));
    body()->addWidget(m_pain);
    body()->addWidget(makeCheckIns());
    body()->addWidget(makeHeading(tr("Heat, breathing and medicines"), 1.1));
    body()->addWidget(makeActivities());
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
    auto* save = new QPushButton(tr("Save changes"));
    save->setObjectName(QStringLiteral("saveEpisode"));
    save->setToolTip(tr("Save the note, start and end (Ctrl+S)"));
    save->setShortcut(QKeySequence::Save);
    save->setProperty("primary", true);
    // Problems show here, beside the buttons that caused them, without a dialog in the way.
    m_problem = makeTextLabel({});
    m_problem->setObjectName(QStringLiteral("episodeProblem"));
    m_problem->setVisible(false);
    footer()->addWidget(back);
    footer()->addWidget(m_problem, 1);
    footer()->addWidget(remove);
    footer()->addWidget(m_endNow);
    footer()->addWidget(save);
    connect(back, &QPushButton::clicked, this, &EpisodeScreen::backRequested);
    connect(remove, &QPushButton::clicked, this, &EpisodeScreen::confirmDelete);
    connect(m_endNow, &QPushButton::clicked, this, &EpisodeScreen::endNow);
    connect(save, &QPushButton::clicked, this, &EpisodeScreen::saveChanges);
    // A check-in edited or added elsewhere shows here at once; what is being typed stays.
    connect(&m_log, &EpisodeLog::changed, this, [this] {
        if (!m_episodeId.isEmpty()) {
            showEpisode(m_episodeId);
        }
    });
}

QWidget* EpisodeScreen::makeTimes() {
    auto* widget = new QWidget;
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    m_start = makeDateTimeEdit(QStringLiteral("episodeStart"), tr("Started"));
    m_end = makeDateTimeEdit(QStringLiteral("episodeEnd"), tr("Ended"));
    m_ongoing = new QCheckBox(tr("Still going on"));
    m_ongoing->setObjectName(QStringLiteral("episodeOngoing"));
    auto* startLabel = new QLabel(tr("Started"));
    startLabel->setBuddy(m_start);
    auto* endLabel = new QLabel(tr("Ended"));
    endLabel->setBuddy(m_end);
    grid->addWidget(startLabel, 0, 0);
    grid->addWidget(m_start, 0, 1);
    grid->addWidget(endLabel, 1, 0);
    grid->addWidget(m_end, 1, 1);
    grid->addWidget(m_ongoing, 1, 2);
    grid->setColumnStretch(3, 1);
    connect(m_ongoing, &QCheckBox::toggled, m_end, &QWidget::setDisabled);
    return widget;
}

QWidget* EpisodeScreen::makeCheckIns() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_checkIns = new QListWidget;
    m_checkIns->setObjectName(QStringLiteral("episodeCheckIns"));
    m_checkIns->setAccessibleName(tr("Check-ins, oldest first"));
    m_checkIns->setWordWrap(true);
    m_checkIns->setMinimumHeight(120);
    m_checkIns->setMaximumHeight(200); // the edit and delete buttons stay in view
    layout->addWidget(m_checkIns);
    auto* row = new QHBoxLayout;
    m_editCheckIn = new QPushButton(tr("Edit check-in\u2026"));
    m_editCheckIn->setObjectName(QStringLiteral("editCheckIn"));
    m_editCheckIn->setToolTip(tr("Change the selected check-in (Enter)"));
    m_deleteCheckIn = new QPushButton(tr("Delete check-in\u2026"));
    m_deleteCheckIn->setObjectName(QStringLiteral("deleteCheckIn"));
    row->addWidget(m_editCheckIn);
    row->addWidget(m_deleteCheckIn);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_editCheckIn, &QPushButton::clicked, this, &EpisodeScreen::editSelectedCheckIn);
    connect(m_checkIns, &QListWidget::itemActivated, this, &EpisodeScreen::editSelectedCheckIn);
    connect(m_deleteCheckIn, &QPushButton::clicked, this, &EpisodeScreen::confirmDeleteCheckIn);
    connect(m_checkIns, &QListWidget::currentRowChanged, this, [this](int current) {
        m_editCheckIn->setEnabled(current >= 0);
        m_deleteCheckIn->setEnabled(current >= 0);
    });
    return widget;
}

QWidget* EpisodeScreen::makeActivities() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    m_activities = new QListWidget;
    m_activities->setObjectName(QStringLiteral("episodeActivities"));
    m_activities->setAccessibleName(tr("Heat, breathing and medicines, oldest first"));
    m_activities->setWordWrap(true);
    m_activities->setMinimumHeight(80);
    m_activities->setMaximumHeight(160);
    layout->addWidget(m_activities);
    auto* row = new QHBoxLayout;
    m_deleteActivity = new QPushButton(tr("Delete entry\u2026"));
    m_deleteActivity->setObjectName(QStringLiteral("deleteActivity"));
    m_deleteActivity->setToolTip(tr("Remove the selected heat session, breathing session or medicine"));
    row->addWidget(m_deleteActivity);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_deleteActivity, &QPushButton::clicked, this, &EpisodeScreen::confirmDeleteActivity);
    connect(m_activities, &QListWidget::currentItemChanged, this, [this](QListWidgetItem* current) {
        m_deleteActivity->setEnabled(current && !current->data(Qt::UserRole).toString().isEmpty());
    });
    return widget;
}

void EpisodeScreen::showActivities(const std::string& episodeId) {
    const QString selected =
        m_activities->currentItem() ? m_activities->currentItem()->data(Qt::UserRole).toString() : QString();
    m_activities->clear();
    for (const ActivityLine& line : describeActivities(m_log.activities(episodeId))) {
        auto* item = new QListWidgetItem(line.text, m_activities);
        item->setData(Qt::UserRole, line.id);
        if (line.id == selected) {
            m_activities->setCurrentItem(item);
        }
    }
    if (m_activities->count() == 0) {
        auto* none = new QListWidgetItem(tr("Nothing recorded yet: the heat timer, slow breathing and the "
                                            "medication log add their entries here."),
                                         m_activities);
        none->setFlags(Qt::ItemIsEnabled);
    }
    m_deleteActivity->setEnabled(m_activities->currentItem() &&
                                 !m_activities->currentItem()->data(Qt::UserRole).toString().isEmpty());
}

void EpisodeScreen::showEpisode(const QString& episodeId) {
    const bool another = episodeId != m_episodeId;
    m_episodeId = episodeId;
    if (another) {
        showProblem({});
    }
    const auto episode = m_log.episode(episodeId.toStdString());
    const QString selected =
        m_checkIns->currentItem() ? m_checkIns->currentItem()->data(Qt::UserRole).toString() : QString();
    m_checkIns->clear();
    if (!episode) {
        m_title->setText(tr("This episode is no longer in your log."));
        m_facts->clear();
        m_pain->setPainSeries({});
        m_editCheckIn->setEnabled(false);
        m_deleteCheckIn->setEnabled(false);
        m_activities->clear();
        m_deleteActivity->setEnabled(false);
        return;
    }
    m_title->setText(tr("Episode from %1").arg(longDateTime(episode->startedAt)));
    m_facts->setText(episode->triageTicked.empty() ? tr("No warning signs were ticked at the start.")
                                                   : tr("Warning signs ticked at the start: %n", nullptr,
                                                        static_cast<int>(episode->triageTicked.size())));
    m_endNow->setVisible(!episode->endedAt);
    if (another) { // a refresh of the same episode keeps what is being typed
        m_note->setPlainText(QString::fromStdString(episode->note));
        m_start->setDateTime(localDateTime(episode->startedAt));
        m_ongoing->setChecked(!episode->endedAt);
        m_end->setDateTime(localDateTime(episode->endedAt.value_or(Timestamp::local(m_log.clock().now()))));
    } else if (episode->endedAt && m_ongoing->isChecked()) {
        m_ongoing->setChecked(false); // ended with "End this episode now"
        m_end->setDateTime(localDateTime(*episode->endedAt));
    }
    std::vector<PainPoint> points;
    for (const auto& c : m_log.checkIns(episode->id)) {
        if (c.pain) { // a check-in that only reported a warning sign has no point
            points.push_back({c.at.epochMs, *c.pain});
        }
        auto* item = new QListWidgetItem(describeCheckIn(c), m_checkIns);
        item->setData(Qt::UserRole, QString::fromStdString(c.id));
        if (item->data(Qt::UserRole).toString() == selected) {
            m_checkIns->setCurrentItem(item);
        }
    }
    m_editCheckIn->setEnabled(m_checkIns->currentRow() >= 0);
    m_deleteCheckIn->setEnabled(m_checkIns->currentRow() >= 0);
    m_pain->setPainSeries(std::move(points));
    showActivities(episode->id);
}

bool EpisodeScreen::saveChanges() {
    auto episode = m_log.episode(m_episodeId.toStdString());
    if (!episode) {
        showProblem(tr("This episode is no longer in your log, so the changes were not saved."));
        return false;
    }
    const QDateTime start = m_start->dateTime();
    if (!m_ongoing->isChecked() && m_end->dateTime() < start) {
        // Nothing is changed, and what was typed stays on screen to be corrected.
        showProblem(tr("The end (%1) is before the start (%2). Please correct one of them.")
                        .arg(m_end->text(), m_start->text()));
        return false;
    }
    episode->note = m_note->toPlainText().toStdString();
    episode->startedAt = timestampFrom(start);
    episode->endedAt = m_ongoing->isChecked() ? std::nullopt : std::optional(timestampFrom(m_end->dateTime()));
    if (!m_log.updateEpisode(*episode)) {
        showProblem(m_log.lastError());
        return false;
    }
    showProblem({});
    showEpisode(m_episodeId);
    return true;
}

void EpisodeScreen::endNow() {
    if (!m_log.endEpisode(m_episodeId.toStdString())) {
        showProblem(m_log.lastError());
    }
    showEpisode(m_episodeId);
}

bool EpisodeScreen::deleteEpisode() {
    if (!m_log.deleteEpisode(m_episodeId.toStdString())) {
        return false;
    }
    Q_EMIT deleted();
    return true;
}

bool EpisodeScreen::deleteSelectedCheckIn() {
    auto* item = m_checkIns->currentItem();
    if (!item || !m_log.deleteCheckIn(item->data(Qt::UserRole).toString().toStdString())) {
        return false;
    }
    showEpisode(m_episodeId);
    return true;
}

bool EpisodeScreen::deleteSelectedActivity() {
    auto* item = m_activities->currentItem();
    const QString id = item ? item->data(Qt::UserRole).toString() : QString();
    if (id.isEmpty() || !m_log.deleteActivity(id.toStdString())) {
        return false;
    }
    showEpisode(m_episodeId);
    return true;
}

void EpisodeScreen::confirmDeleteActivity() {
    auto* item = m_activities->currentItem();
    if (item && !item->data(Qt::UserRole).toString().isEmpty() &&
        askToDelete(this, tr("Delete entry"), tr("Delete this entry for good?\n\n%1").arg(item->text())) &&
        !deleteSelectedActivity()) {
        showProblem(m_log.lastError());
    }
}

void EpisodeScreen::confirmDelete() {
    if (askToDelete(this, tr("Delete episode"),
                    tr("Delete this episode and its %n check-in(s) for good?", nullptr, m_checkIns->count())) &&
        !deleteEpisode() && !m_log.lastError().isEmpty()) {
        showProblem(m_log.lastError());
    }
}

void EpisodeScreen::confirmDeleteCheckIn() {
    auto* item = m_checkIns->currentItem();
    if (item &&
        askToDelete(this, tr("Delete check-in"), tr("Delete this check-in for good?\n\n%1").arg(item->text())) &&
        !deleteSelectedCheckIn()) {
        showProblem(m_log.lastError());
    }
}

void EpisodeScreen::editSelectedCheckIn() {
    if (auto* item = m_checkIns->currentItem()) {
        Q_EMIT editCheckInRequested(item->data(Qt::UserRole).toString());
    }
}

void EpisodeScreen::showProblem(const QString& message) {
    m_problem->setText(QStringLiteral("\u26A0  ") + message);
    m_problem->setAccessibleName(message);
    m_problem->setVisible(!message.isEmpty());
}

} // namespace spasmguide
