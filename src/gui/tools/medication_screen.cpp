// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/medication_screen.h"

#include "core/content/blank_text.h"
#include "core/content/model.h"
#include "gui/history/activity_text.h"
#include "gui/log/local_time.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/callout.h"
#include "gui/widgets/one_tab_stop.h"
#include "gui/widgets/text.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace spasmguide {

MedicationScreen::MedicationScreen(const Clock& clock, QWidget* parent)
    : ScreenPage(screens::kMedication, parent), m_clock(clock) {
    body()->addWidget(makeHeading(tr("Medication log"), 1.6));
    // The seed's own warning, built in so that no content edit can remove it; first, before any field.
    m_warning = new Callout(Callout::Kind::Warning, tr("Before you take anything"),
                            tr("Muscle relaxants cause drowsiness: do not drive or operate machinery. Consult a "
                               "pharmacist or clinician before use, especially if you take other medications, have "
                               "other conditions, or have drowsiness-related risks."));
    m_warning->setObjectName(QStringLiteral("medicationWarning"));
    body()->addWidget(m_warning);
    auto* intro = makeTextLabel(tr("Record what you took and when, so you and your clinician can see it later. "
                                   "SpasmGuide never suggests a dose or when to take more."));
    body()->addWidget(intro);

    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_name = new QComboBox;
    m_name->setObjectName(QStringLiteral("medicationName"));
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->setMinimumContentsLength(28);
    m_name->setAccessibleName(tr("What you took"));
    m_name->lineEdit()->setAccessibleName(tr("What you took"));
    m_name->lineEdit()->setPlaceholderText(tr("Pick a name or type your own"));
    m_time = new OneTabStop<QDateTimeEdit>;
    m_time->setObjectName(QStringLiteral("medicationTime"));
    m_time->setAccessibleName(tr("When you took it"));
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    form->addRow(tr("What you took"), m_name);
    form->addRow(tr("When you took it"), m_time);
    body()->addLayout(form);
    m_status = makeTextLabel({});
    m_status->setObjectName(QStringLiteral("medicationStatus"));
    m_status->setVisible(false);
    body()->addWidget(m_status);

    body()->addWidget(makeHeading(tr("Taken in this episode"), 1.1));
    m_taken = new QListWidget;
    m_taken->setObjectName(QStringLiteral("medicationTaken"));
    m_taken->setAccessibleName(tr("Medicines taken in this episode, oldest first"));
    m_taken->setWordWrap(true);
    m_taken->setMinimumHeight(90);
    body()->addWidget(m_taken);
    body()->addStretch(1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("medicationBack"));
    m_save = new QPushButton(tr("Save in my log"));
    m_save->setObjectName(QStringLiteral("medicationSave"));
    m_save->setToolTip(tr("Save what you took and when (Ctrl+S)"));
    m_save->setProperty("primary", true);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_save);
    connect(back, &QPushButton::clicked, this, &MedicationScreen::backRequested);
    connect(m_save, &QPushButton::clicked, this, &MedicationScreen::save);
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, &MedicationScreen::save);
    m_name->lineEdit()->installEventFilter(this); // Enter saves
    showTaken({});
    prepare();
}

void MedicationScreen::setContent(const ContentBundle& content) {
    const QString typed = m_name->currentText();
    m_name->clear();
    for (const auto& step : content.steps) {
        for (const auto& name : step.medicationNames) {
            m_name->addItem(qstr(name));
        }
    }
    m_name->setCurrentIndex(-1);
    m_name->setEditText(typed);
}

void MedicationScreen::prepare() {
    if (m_name->currentText().trimmed().isEmpty()) {
        m_time->setDateTime(localDateTime(m_clock.now()));
    }
}

void MedicationScreen::showTaken(const std::vector<MedicationEntry>& taken) {
    m_taken->clear();
    EpisodeActivities only;
    only.medications = taken;
    for (const ActivityLine& line : describeActivities(only)) {
        m_taken->addItem(line.text);
    }
    if (taken.empty()) {
        m_taken->addItem(tr("Nothing recorded in this episode yet."));
    }
}

void MedicationScreen::showSaved(const MedicationEntry& entry) {
    m_status->setText(
        tr("\u2714  Saved: %1 at %2.").arg(QString::fromStdString(entry.name), shortDateTime(entry.takenAt.epochMs)));
    m_status->setVisible(true);
    m_name->setCurrentIndex(-1);
    m_name->setEditText({});
    prepare();
}

void MedicationScreen::showProblem(const QString& message) {
    m_status->setText(QStringLiteral("\u26A0  ") + message);
    m_status->setAccessibleName(message);
    m_status->setVisible(true);
}

// Enter in the name saves. Taken here rather than from returnPressed, which fires twice: the line edit passes
// Enter on to its combo box, which hands it back to the line edit.
bool MedicationScreen::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_name->lineEdit() && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            save();
            return true;
        }
    }
    return ScreenPage::eventFilter(watched, event);
}

void MedicationScreen::save() {
    const QString name = m_name->currentText().trimmed();
    if (isVisiblyBlank(name.toStdString())) { // zero-width characters alone would log an invisible medicine
        showProblem(tr("Pick or type what you took, then save."));
        m_name->setFocus();
        return;
    }
    const QDateTime when = m_time->dateTime();
    if (when > localDateTime(m_clock.now()).addSecs(60)) {
        showProblem(tr("That time is in the future. Please correct it."));
        m_time->setFocus();
        return;
    }
    Q_EMIT saveRequested({{}, {}, name.toStdString(), timestampFrom(when)});
}

} // namespace spasmguide
