// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's part in Settings: the screen, and following a change at once (region and emergency number,
// text size, theme). The language is applied at the next start.
#include "gui/settings/app_settings.h"
#include "gui/settings/settings_screen.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QApplication>
#include <QLocale>
#include <algorithm>

namespace spasmguide {
void MainWindow::setSettings(AppSettings* settings, const QString& systemRegion, Theme::Scheme systemScheme) {
    m_settings = settings;
    m_systemRegion = systemRegion;
    m_systemScheme = systemScheme;
    m_savedRegion = settings->region();
    m_region = m_regionOverride.isEmpty() ? settings->effectiveRegion(systemRegion) : m_regionOverride;
    // The caller applied these before building the window, so its first paint already has them.
    m_appliedScheme = themeSchemeFor(settings->theme(), systemScheme);
    m_appliedTextScale = settings->textSize() / 100.0;
    connect(settings, &AppSettings::changed, this, &MainWindow::applySettings);
    applyReminderSettings();
    buildMenus(); // adds Settings…
    updateLogBanners(); // the notices dismissed for good are in the settings
}

void MainWindow::registerSettingsScreens() {
    m_registry.add(m_slots.settings,
                   [this](const QString&) {
                       auto* page = new SettingsScreen(*m_settings);
                       page->setContent(m_content.bundle->emergencyNumbers, m_systemRegion,
                                        QLocale().name().left(2)); // the language this run speaks
                       page->setReminderDefault(m_content.bundle->plan.movementReminder.everyMinutes);
                       connect(page, &SettingsScreen::backRequested, this, &MainWindow::goBack);
                       return page;
                   },
                   {.needs = ScreenNeeds::Settings});
}

void MainWindow::setRegionOverride(const QString& region) {
    m_regionOverride = region;
    if (!region.isEmpty()) {
        m_region = region;
    }
}

void MainWindow::applySettings() {
    if (m_settings->region() != m_savedRegion) {
        m_regionOverride.clear(); // the person chose a country in Settings: that wins over --region
        m_savedRegion = m_settings->region();
    }
    m_region = m_regionOverride.isEmpty() ? m_settings->effectiveRegion(m_systemRegion) : m_regionOverride;
    applyReminderSettings();
    applyTextScale(textScale(), themeSchemeFor(m_settings->theme(), m_systemScheme));
}

// The text size from Settings, made larger while presenting the demo (at most the 200% Settings allows).
double MainWindow::textScale() const {
    const double chosen = m_settings ? m_settings->textSize() / 100.0 : 1.0;
    return m_presentation ? std::min(2.0, std::max(1.5, chosen * 1.5)) : chosen;
}

void MainWindow::applyTextScale(double scale, Theme::Scheme scheme) {
    // Only when something changed: applying a theme restyles every widget.
    if (scale != m_appliedTextScale || scheme != m_appliedScheme) {
        m_appliedTextScale = scale;
        m_appliedScheme = scheme;
        Theme::apply(*qApp, scheme, scale);
        rescaleFonts(this);
    }
}

RegionNumbers MainWindow::shownNumbers() const {
    return regionNumbers(m_content.bundle->emergencyNumbers, m_region,
                         m_settings ? m_settings->emergencyNumber() : QString());
}

void MainWindow::showRegionChoice() {
    if (!m_settings) {
        return;
    }
    showScreen(screens::kSettings);
    if (auto* page = screenIn(m_slots.settings)) {
        page->focusRegionChoice();
    }
}

} // namespace spasmguide
