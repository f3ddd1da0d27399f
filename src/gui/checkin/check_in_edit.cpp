// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The check-in form's Edit mode: filling the form from a saved check-in and saving it back without losing
// anything the form has no control for.
#include "gui/checkin/check_in_screen.h"
#include "gui/log/local_time.h"
#include "gui/widgets/body_map.h"
#include "gui/widgets/one_tab_stop.h"
#include "gui/widgets/text.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>

namespace spasmguide {
namespace {

bool shownBy(const std::vector<QCheckBox*>& boxes, const std::string& id) {
    return std::any_of(boxes.begin(), boxes.end(),
                       [&](const QCheckBox* box) { return box->objectName().toStdString() == id; });
}

void tick(const std::vector<QCheckBox*>& boxes, const std::vector<std::string>& ids) {
    for (auto* box : boxes) {
        box->setChecked(std::find(ids.begin(), ids.end(), box->objectName().toStdString()) != ids.end());
    }
}

// Ids the form has no box for (from an import, or an older vocabulary) are kept after the ones it shows.
void keepUnshown(std::vector<std::string>& edited, const std::vector<std::string>& original,
                 const std::vector<QCheckBox*>& boxes) {
    for (const auto& id : original) {
        if (!shownBy(boxes, id)) {
            edited.push_back(id);
        }
    }
}

} // namespace

QWidget* CheckInScreen::makeWhen() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("When"));
    m_when = new OneTabStop<QDateTimeEdit>;
    m_when->setObjectName(QStringLiteral("checkInWhen"));
    m_when->setAccessibleName(tr("When"));
    m_when->setCalendarPopup(true);
    m_when->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    label->setBuddy(m_when);
    row->addWidget(label);
    row->addWidget(m_when);
    row->addStretch(1);
    layout->addLayout(row);
    m_editNotice = makeNote({});
    m_editNotice->setVisible(false);
    layout->addWidget(m_editNotice);
    return widget;
}

void CheckInScreen::edit(const CheckIn& checkIn) {
    m_original = checkIn;
    m_when->setDateTime(localDateTime(checkIn.at));
    setPain(checkIn.pain.value_or(-1));
    m_editNotice->setText(tr("\u26A0  At this check-in you reported a new warning sign."));
    m_editNotice->setVisible(checkIn.newRedFlag);
    m_bodyMap->setSelected(checkIn.areas);
    tick(m_triggers, checkIn.triggers);
    tick(m_worse, checkIn.worse);
    QStringList tags;
    for (const auto& tag : checkIn.freeTags) {
        tags << QString::fromStdString(tag);
    }
    m_tags->setText(tags.join(QStringLiteral(", ")));
    m_usedHeat->setChecked(checkIn.heat.has_value());
    if (checkIn.heat) {
        m_heatProduct->setCurrentText(QString::fromStdString(checkIn.heat->product));
        m_heatMinutes->setValue(checkIn.heat->minutes);
    }
    if (checkIn.medications.empty()) {
        m_medication->clear();
        m_medicationTime->setTime(localDateTime(checkIn.at).time());
    } else {
        m_medication->setText(QString::fromStdString(checkIn.medications.front().name));
        m_medicationTime->setTime(localDateTime(checkIn.medications.front().takenAt).time());
    }
    m_movement->setChecked(checkIn.movement);
    m_breathing->setChecked(checkIn.breathing);
    m_note->setPlainText(QString::fromStdString(checkIn.note));
    updateSaveState();
}

void CheckInScreen::keepWhatTheFormCannotShow(CheckIn& entry) const {
    entry.id = m_original.id;
    entry.episodeId = m_original.episodeId;
    entry.at = timestampFrom(m_when->dateTime());
    entry.newRedFlag = m_original.newRedFlag;
    entry.newRedFlagIds = m_original.newRedFlagIds;
    keepUnshown(entry.triggers, m_original.triggers, m_triggers);
    keepUnshown(entry.worse, m_original.worse, m_worse);
    if (!entry.medications.empty()) {
        // The form shows a time only: the day is the one it was taken on, not today.
        const QDate day = m_original.medications.empty() ? m_when->date()
                                                         : localDateTime(m_original.medications.front().takenAt).date();
        entry.medications.front().takenAt = timestampFrom(QDateTime(day, m_medicationTime->time()));
    }
    // Only the first medication has fields on the form; the others stay as they were.
    for (std::size_t index = 1; index < m_original.medications.size(); ++index) {
        entry.medications.push_back(m_original.medications[index]);
    }
}

} // namespace spasmguide
