// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/settings/settings_screen.h"

#include "core/content/model.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <algorithm>
#include <vector>

namespace spasmguide {
namespace {

QWidget* section(const QString& title, QLayout* content, const QString& note = {}) {
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 8, 0, 0);
    layout->addWidget(makeHeading(title, 1.1));
    layout->addLayout(content);
    if (!note.isEmpty()) {
        layout->addWidget(makeNote(note));
    }
    return box;
}

QFormLayout* form() {
    auto* layout = new QFormLayout;
    layout->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    layout->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return layout;
}

void selectData(QComboBox* box, const QVariant& data) {
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

SettingsScreen::SettingsScreen(AppSettings& settings, QWidget* parent)
    : ScreenPage(screens::kSettings, parent), m_settings(settings) {
    body()->addWidget(makeHeading(tr("Settings"), 1.6));
    body()->addWidget(makeNote(tr("Changes are saved at once, on this computer only.")));
    body()->addWidget(makeLanguage());
    body()->addWidget(makeEmergency());
    body()->addWidget(makeDisplay());
    body()->addWidget(makeReminder());
    body()->addStretch(1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("settingsBack"));
    auto* defaults = new QPushButton(tr("Restore defaults"));
    defaults->setObjectName(QStringLiteral("restoreDefaults"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(defaults);
    connect(back, &QPushButton::clicked, this, &SettingsScreen::backRequested);
    connect(defaults, &QPushButton::clicked, this, [this] {
        m_settings.restoreDefaults();
        showSaved();
    });
}

QWidget* SettingsScreen::makeLanguage() {
    auto* layout = form();
    m_language = new QComboBox;
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("As the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en")); // each language in its own words
    m_language->addItem(QStringLiteral("Espa\u00f1ol"), QStringLiteral("es"));
    layout->addRow(tr("Language"), m_language);
    m_restartNote = makeNote(tr("The new language is used the next time SpasmGuide starts."));
    m_restartNote->setObjectName(QStringLiteral("restartNote"));
    layout->addRow(m_restartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_settings.setLanguage(m_language->currentData().toString());
        updateRestartNote();
    });
    return section(tr("Language"), layout);
}

QWidget* SettingsScreen::makeEmergency() {
    auto* layout = form();
    // An editable list: typing part of a name ("king") offers the countries that hold it, in any position.
    m_region = new QComboBox;
    m_region->setObjectName(QStringLiteral("regionChoice"));
    m_region->setAccessibleName(tr("Country"));
    m_region->setEditable(true);
    m_region->setInsertPolicy(QComboBox::NoInsert);
    m_region->lineEdit()->setAccessibleName(tr("Country: type to search"));
    auto* completer = new QCompleter(m_region->model(), m_region);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    m_region->setCompleter(completer);
    layout->addRow(tr("Country"), m_region);
    m_number = new QLineEdit;
    m_number->setObjectName(QStringLiteral("emergencyNumber"));
    m_number->setAccessibleName(tr("Emergency number to show instead"));
    m_number->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_number->setMaxLength(20);
    layout->addRow(tr("Number to show instead (optional)"), m_number);
    connect(m_region, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setRegion(m_region->currentData().toString()); });
    connect(completer, qOverload<const QString&>(&QCompleter::activated), this, &SettingsScreen::chooseRegionNamed);
    // Typed text that names no country is put back to the choice in force, so the box never shows a country
    // that is not the one used.
    connect(m_region->lineEdit(), &QLineEdit::editingFinished, this,
            [this] { chooseRegionNamed(m_region->lineEdit()->text()); });
    connect(m_number, &QLineEdit::editingFinished, this, [this] { m_settings.setEmergencyNumber(m_number->text()); });
    return section(tr("Emergency number"), layout,
                   tr("The emergency screen (Get help now) shows the number for this country. Make sure it is "
                      "right for where you are."));
}

void SettingsScreen::chooseRegionNamed(const QString& text) {
    const int index = m_region->findText(text.trimmed(), Qt::MatchFixedString); // case-insensitive, whole text
    if (index >= 0 && index != m_region->currentIndex()) {
        m_region->setCurrentIndex(index);
    } else {
        m_region->setEditText(m_region->itemText(m_region->currentIndex())); // currentText() is what was typed
    }
}

void SettingsScreen::focusRegionChoice() {
    m_region->setFocus(Qt::OtherFocusReason);
    m_region->lineEdit()->selectAll(); // typing replaces the name shown
}

QWidget* SettingsScreen::makeDisplay() {
    auto* layout = form();
    m_textSize = new QSpinBox;
    m_textSize->setObjectName(QStringLiteral("textSize"));
    m_textSize->setAccessibleName(tr("Text size"));
    m_textSize->setRange(AppSettings::kMinTextSize, AppSettings::kMaxTextSize);
    m_textSize->setSingleStep(10);
    m_textSize->setSuffix(QStringLiteral(" %"));
    layout->addRow(tr("Text size"), m_textSize);
    m_theme = new QComboBox;
    m_theme->setObjectName(QStringLiteral("themeChoice"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->addItem(tr("As the system"), static_cast<int>(AppSettings::ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(AppSettings::ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(AppSettings::ThemeChoice::Dark));
    m_theme->addItem(tr("High contrast"), static_cast<int>(AppSettings::ThemeChoice::HighContrast));
    layout->addRow(tr("Theme"), m_theme);
    connect(m_textSize, &QSpinBox::valueChanged, this, [this](int percent) { m_settings.setTextSize(percent); });
    connect(m_theme, &QComboBox::currentIndexChanged, this,
            [this] { m_settings.setTheme(static_cast<AppSettings::ThemeChoice>(m_theme->currentData().toInt())); });
    return section(tr("Display"), layout, tr("Text size: 100 % is the usual size, 200 % doubles it."));
}

QWidget* SettingsScreen::makeReminder() {
    auto* layout = form();
    m_reminder = new QCheckBox(tr("Remind me to change position"));
    m_reminder->setObjectName(QStringLiteral("movementReminder"));
    layout->addRow(m_reminder);
    m_reminderMinutes = new QSpinBox;
    m_reminderMinutes->setObjectName(QStringLiteral("reminderMinutes"));
    m_reminderMinutes->setAccessibleName(tr("Remind me every"));
    m_reminderMinutes->setRange(AppSettings::kMinReminderMinutes, AppSettings::kMaxReminderMinutes);
    m_reminderMinutes->setSingleStep(5);
    m_reminderMinutes->setSuffix(tr(" min"));
    layout->addRow(tr("Every"), m_reminderMinutes);
    m_quietFrom = new QTimeEdit;
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setAccessibleName(tr("Quiet from"));
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    layout->addRow(tr("Quiet from"), m_quietFrom);
    m_quietUntil = new QTimeEdit;
    m_quietUntil->setObjectName(QStringLiteral("quietUntil"));
    m_quietUntil->setAccessibleName(tr("Quiet until"));
    m_quietUntil->setDisplayFormat(QStringLiteral("HH:mm"));
    layout->addRow(tr("Quiet until"), m_quietUntil);
    connect(m_reminder, &QCheckBox::toggled, this, [this](bool on) { m_settings.setMovementReminder(on); });
    connect(m_reminderMinutes, &QSpinBox::valueChanged, this,
            [this](int minutes) { m_settings.setMovementReminderMinutes(minutes); });
    connect(m_quietFrom, &QTimeEdit::timeChanged, this, &SettingsScreen::saveQuietHours);
    connect(m_quietUntil, &QTimeEdit::timeChanged, this, &SettingsScreen::saveQuietHours);
    return section(tr("Movement reminder"), layout,
                   tr("Long static postures without breaks can make a spasm worse. The reminder is silent in the "
                      "quiet hours; it shows in the window, or as a desktop notification when SpasmGuide is "
                      "hidden."));
}

void SettingsScreen::saveQuietHours() {
    const auto minutes = [](const QTime& t) { return t.hour() * 60 + t.minute(); };
    m_settings.setQuietHours(minutes(m_quietFrom->time()), minutes(m_quietUntil->time()));
}

void SettingsScreen::setReminderDefault(int minutes) {
    m_reminderDefault = minutes;
    showSaved();
}

void SettingsScreen::setContent(const EmergencyNumbers& numbers, const QString& systemRegion,
                                const QString& runningLanguage) {
    m_runningLanguage = runningLanguage;
    const QSignalBlocker block(m_region);
    m_region->clear();
    auto label = [](const EmergencyNumber& entry) {
        return QStringLiteral("%1 (%2)").arg(qstr(entry.name), QString::fromStdString(entry.emergency));
    };
    const auto* system = numbers.find(systemRegion.toStdString());
    m_region->addItem(system ? tr("As the system: %1").arg(label(*system))
                             : tr("As the system: not known (local emergency number)"),
                      QString());
    std::vector<const EmergencyNumber*> sorted;
    for (const auto& entry : numbers.regions) {
        sorted.push_back(&entry);
    }
    QCollator collator{QLocale(runningLanguage)};
    std::sort(sorted.begin(), sorted.end(), [&collator](const EmergencyNumber* a, const EmergencyNumber* b) {
        return collator.compare(qstr(a->name), qstr(b->name)) < 0;
    });
    for (const auto* entry : sorted) {
        m_region->addItem(label(*entry), QString::fromStdString(entry->region));
    }
    m_number->setPlaceholderText(system ? tr("e.g. %1").arg(QString::fromStdString(system->emergency))
                                        : tr("e.g. 112"));
    showSaved();
}

// The controls show what is saved, without saving it again.
void SettingsScreen::showSaved() {
    const QSignalBlocker a(m_language), b(m_region), c(m_number), d(m_textSize), e(m_theme), f(m_reminder),
        g(m_reminderMinutes), h(m_quietFrom), i(m_quietUntil);
    selectData(m_language, m_settings.language());
    selectData(m_region, m_settings.region());
    m_number->setText(m_settings.emergencyNumber());
    m_textSize->setValue(m_settings.textSize());
    selectData(m_theme, static_cast<int>(m_settings.theme()));
    m_reminder->setChecked(m_settings.movementReminder());
    const int every = m_settings.movementReminderMinutes();
    m_reminderMinutes->setValue(every > 0 ? every : m_reminderDefault);
    m_quietFrom->setTime(QTime(m_settings.quietFrom() / 60, m_settings.quietFrom() % 60));
    m_quietUntil->setTime(QTime(m_settings.quietUntil() / 60, m_settings.quietUntil() % 60));
    updateRestartNote();
}

void SettingsScreen::updateRestartNote() {
    const QString chosen = m_settings.language();
    m_restartNote->setVisible(!chosen.isEmpty() && chosen != m_runningLanguage);
}

} // namespace spasmguide
