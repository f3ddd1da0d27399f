// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/checkin/check_in_screen.h"

#include "core/content/blank_text.h"
#include "gui/log/local_time.h"
#include "gui/log/log_vocabulary.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/body_map.h"
#include "gui/widgets/text.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

QWidget* section(const QString& title, QWidget* content) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(makeHeading(title, 1.1));
    layout->addWidget(content);
    return box;
}

QWidget* checkBoxGrid(const std::vector<LogChoice>& choices, std::vector<QCheckBox*>& boxes, int columns) {
    auto* widget = new QWidget;
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    int index = 0;
    for (const auto& choice : choices) {
        auto* box = new QCheckBox(choice.label);
        box->setObjectName(choice.id);
        box->setAccessibleName(choice.label);
        grid->addWidget(box, index / columns, index % columns);
        boxes.push_back(box);
        ++index;
    }
    return widget;
}

} // namespace

CheckInScreen::CheckInScreen(const Clock& clock, Mode mode, QWidget* parent)
    : ScreenPage(mode == Mode::Edit ? screens::kCheckInEdit : screens::kCheckIn, parent), m_clock(clock), m_mode(mode) {
    body()->addWidget(makeHeading(isEditing() ? tr("Edit check-in") : tr("Check in"), 1.6));
    if (isEditing()) {
        body()->addWidget(makeWhen());
    }
    body()->addWidget(makePainRow());
    m_anythingNew = makeAnythingNew();
    m_anythingNew->setVisible(!isEditing()); // a past answer about warning signs is kept as it was given
    body()->addWidget(m_anythingNew);
    m_bodyMap = new BodyMap;
    body()->addWidget(section(tr("Where does it hurt? (optional)"), m_bodyMap));
    body()->addWidget(makeTriggers());
    body()->addWidget(makeWhatIDid());
    body()->addWidget(makeWorse());
    m_note = new QPlainTextEdit;
    m_note->setObjectName(QStringLiteral("checkInNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMinimumHeight(100);
    body()->addWidget(section(tr("Note (optional, any length)"), m_note));
    body()->addStretch(1);

    m_save = new QPushButton(isEditing() ? tr("Save changes") : tr("Save check-in"));
    m_save->setObjectName(QStringLiteral("checkInSave"));
    m_save->setProperty("primary", true);
    m_save->setToolTip(tr("Ctrl+S"));
    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("checkInBack"));
    back->setToolTip(tr("What you entered stays here until you save"));
    connect(back, &QPushButton::clicked, this, &CheckInScreen::backRequested);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_save);
    connect(m_save, &QPushButton::clicked, this, [this] { Q_EMIT saveRequested(draft()); });
    auto* saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, m_save, [this] {
        if (m_save->isEnabled()) {
            m_save->click();
        }
    });
    updateSaveState();
}

QWidget* CheckInScreen::makePainRow() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(
        makeHeading(isEditing() ? tr("How bad was the pain?") : tr("How bad is the pain right now?"), 1.1));
    auto* row = new QHBoxLayout;
    row->setSpacing(6);
    m_painGroup = new QButtonGroup(this);
    m_painGroup->setExclusive(true);
    for (int level = 0; level <= 10; ++level) {
        auto* button = new QPushButton(QString::number(level));
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("pain-%1").arg(level));
        button->setAccessibleName(level == 0    ? tr("Pain 0: no pain")
                                  : level == 10 ? tr("Pain 10: worst imaginable")
                                                : tr("Pain %1 of 10").arg(level));
        button->setMinimumSize(52, 52);
        m_painGroup->addButton(button, level);
        row->addWidget(button);
    }
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(makeNote(tr("0 = no pain, 10 = worst imaginable. Keys: 0\u2013"
                                  "9, Up/Down.")));
    connect(m_painGroup, &QButtonGroup::idToggled, this, [this] { updateSaveState(); });
    return widget;
}

QWidget* CheckInScreen::makeAnythingNew() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(makeHeading(tr("Anything new from the emergency signs?"), 1.1));
    m_signsList = makeNote({});
    layout->addWidget(m_signsList);
    auto* row = new QHBoxLayout;
    m_nothingNew = new QPushButton(tr("No, nothing new"));
    m_nothingNew->setObjectName(QStringLiteral("nothingNew"));
    m_nothingNew->setCheckable(true);
    m_nothingNew->setToolTip(tr("N"));
    m_somethingNew = new QPushButton(QStringLiteral("\u26A0  ") + tr("Yes, something is new"));
    m_somethingNew->setObjectName(QStringLiteral("somethingNew"));
    m_somethingNew->setAccessibleName(tr("Yes, something is new"));
    m_somethingNew->setProperty("urgent", true);
    row->addWidget(m_nothingNew);
    row->addWidget(m_somethingNew);
    row->addStretch(1);
    layout->addLayout(row);
    connect(m_nothingNew, &QPushButton::toggled, this, [this] { updateSaveState(); });
    connect(m_somethingNew, &QPushButton::clicked, this, [this] {
        CheckIn entry = draft();
        entry.newRedFlag = true;
        Q_EMIT newWarningSign(entry);
    });
    return widget;
}

QWidget* CheckInScreen::makeTriggers() {
    auto* widget = new QWidget;
    auto* layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(checkBoxGrid(triggerChoices(), m_triggers, 3));
    m_tags = new QLineEdit;
    m_tags->setObjectName(QStringLiteral("freeTags"));
    m_tags->setPlaceholderText(tr("Other triggers, separated by commas"));
    m_tags->setAccessibleName(tr("Other triggers"));
    layout->addWidget(m_tags);
    return section(tr("Possible triggers (optional)"), widget);
}

QWidget* CheckInScreen::makeWhatIDid() {
    auto* widget = new QWidget;
    auto* grid = new QGridLayout(widget);
    grid->setContentsMargins(0, 0, 0, 0);
    m_usedHeat = new QCheckBox(tr("Heat"));
    m_usedHeat->setObjectName(QStringLiteral("usedHeat"));
    m_heatProduct = new QComboBox;
    m_heatProduct->setEditable(true);
    m_heatProduct->setAccessibleName(tr("Heat product"));
    m_heatProduct->lineEdit()->setAccessibleName(tr("Heat product"));
    m_heatMinutes = new QSpinBox;
    m_heatMinutes->setRange(1, 240);
    m_heatMinutes->setValue(20);
    m_heatMinutes->setSuffix(tr(" min"));
    m_heatMinutes->setAccessibleName(tr("Heat minutes"));
    grid->addWidget(m_usedHeat, 0, 0);
    grid->addWidget(m_heatProduct, 0, 1);
    grid->addWidget(m_heatMinutes, 0, 2);

    auto* medicationLabel = new QLabel(tr("Medication taken"));
    m_medication = new QLineEdit;
    m_medication->setObjectName(QStringLiteral("medicationName"));
    m_medication->setPlaceholderText(tr("Name, as on the pack"));
    m_medication->setAccessibleName(tr("Medication taken"));
    medicationLabel->setBuddy(m_medication);
    m_medicationTime = new QTimeEdit;
    m_medicationTime->setAccessibleName(tr("Time taken"));
    grid->addWidget(medicationLabel, 1, 0);
    grid->addWidget(m_medication, 1, 1);
    grid->addWidget(m_medicationTime, 1, 2);

    m_movement = new QCheckBox(tr("Gentle movement"));
    m_breathing = new QCheckBox(tr("Slow breathing"));
    grid->addWidget(m_movement, 2, 0);
    grid->addWidget(m_breathing, 2, 1);
    grid->setColumnStretch(1, 1);
    return section(tr("What I did (optional)"), widget);
}

QWidget* CheckInScreen::makeWorse() {
    return section(tr("What made it worse (optional)"), checkBoxGrid(worseChoices(), m_worse, 2));
}

void CheckInScreen::setContent(const ContentBundle& content) {
    QStringList names;
    m_emergencySignIds.clear();
    for (const RedFlag* sign : content.redFlags.signsWith(SignAction::Ambulance)) {
        names << qstr(sign->text);
        m_emergencySignIds << qstr(sign->id);
    }
    m_signsList->setText(names.join(QStringLiteral(" \u00b7 ")));
    const QString current = m_heatProduct->currentText();
    m_heatProduct->clear();
    for (const auto& step : content.steps) {
        for (const auto& block : step.blocks) {
            if (const auto* products = std::get_if<ProductsBlock>(&block)) {
                for (const auto& product : products->items) {
                    m_heatProduct->addItem(qstr(product.name));
                }
            }
        }
    }
    if (!current.isEmpty()) {
        m_heatProduct->setCurrentText(current); // keep what the person typed or picked
    }
}

int CheckInScreen::pain() const {
    return m_painGroup->checkedId();
}

QPushButton* CheckInScreen::painButton(int level) const {
    return static_cast<QPushButton*>(m_painGroup->button(level));
}

void CheckInScreen::updateSaveState() {
    // A check-in that only reported a warning sign was saved without a pain number; editing it need not add one.
    const bool painGiven = pain() >= 0 || (isEditing() && !m_original.pain);
    const bool ready = painGiven && (isEditing() || m_nothingNew->isChecked());
    m_save->setEnabled(ready);
    m_save->setToolTip(ready ? tr("Ctrl+S")
                             : tr("Choose a pain number and answer \u201c"
                                  "Anything new?\u201d first"));
}

CheckIn CheckInScreen::draft() const {
    CheckIn entry = formValues();
    if (isEditing()) {
        keepWhatTheFormCannotShow(entry);
    }
    return entry;
}

CheckIn CheckInScreen::formValues() const {
    CheckIn entry;
    entry.at = Timestamp::local(m_clock.now());
    if (pain() >= 0) {
        entry.pain = pain();
    }
    entry.areas = m_bodyMap->selected();
    for (const auto* box : m_triggers) {
        if (box->isChecked()) {
            entry.triggers.push_back(box->objectName().toStdString());
        }
    }
    for (const auto& tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!isVisiblyBlank(tag.toStdString())) { // a tag of zero-width spaces would show as nothing
            entry.freeTags.push_back(tag.trimmed().toStdString());
        }
    }
    if (m_usedHeat->isChecked()) {
        entry.heat = HeatUse{m_heatProduct->currentText().toStdString(), m_heatMinutes->value()};
    }
    if (!isVisiblyBlank(m_medication->text().toStdString())) {
        // The time picked today, in local time; the clock decides what "today" is.
        const QDateTime taken(localDateTime(m_clock.now()).date(), m_medicationTime->time());
        entry.medications.push_back(
            {m_medication->text().trimmed().toStdString(), Timestamp::local(std::chrono::system_clock::time_point(
                                                               std::chrono::milliseconds(taken.toMSecsSinceEpoch())))});
    }
    entry.movement = m_movement->isChecked();
    entry.breathing = m_breathing->isChecked();
    for (const auto* box : m_worse) {
        if (box->isChecked()) {
            entry.worse.push_back(box->objectName().toStdString());
        }
    }
    entry.note = m_note->toPlainText().toStdString();
    return entry;
}

void CheckInScreen::setPain(int level) {
    if (auto* button = painButton(level)) {
        button->setChecked(true);
        return;
    }
    m_painGroup->setExclusive(false); // the only way to leave an exclusive group with nothing chosen
    for (auto* button : m_painGroup->buttons()) {
        button->setChecked(false);
    }
    m_painGroup->setExclusive(true);
}

void CheckInScreen::clear() {
    setPain(-1);
    m_nothingNew->setChecked(false);
    m_bodyMap->setSelected({});
    for (auto* box : m_triggers) {
        box->setChecked(false);
    }
    for (auto* box : m_worse) {
        box->setChecked(false);
    }
    m_tags->clear();
    m_usedHeat->setChecked(false);
    m_medication->clear();
    m_movement->setChecked(false);
    m_breathing->setChecked(false);
    m_note->clear();
    m_medicationTime->setTime(localDateTime(m_clock.now()).time());
    updateSaveState();
}

void CheckInScreen::keyPressEvent(QKeyEvent* event) {
    const int key = event->key();
    if (key >= Qt::Key_0 && key <= Qt::Key_9 && event->modifiers() == Qt::NoModifier) {
        painButton(key - Qt::Key_0)->setChecked(true);
        return;
    }
    if ((key == Qt::Key_Up || key == Qt::Key_Down) && event->modifiers() == Qt::NoModifier) {
        const int next = std::clamp(std::max(0, pain()) + (key == Qt::Key_Up ? 1 : -1), 0, 10);
        painButton(next)->setChecked(true);
        return;
    }
    if (key == Qt::Key_N && event->modifiers() == Qt::NoModifier) {
        m_nothingNew->setChecked(true);
        return;
    }
    ScreenPage::keyPressEvent(event);
}

} // namespace spasmguide
