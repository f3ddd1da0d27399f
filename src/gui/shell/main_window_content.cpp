// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's live preview: new content from the watched --content root replaces the guide's screens in
// place (same screen, same scroll position, ticks and typed text kept); a broken edit keeps the last good
// content on screen and says what is wrong in the banner.
#include "gui/content/content_watcher.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/notice_banner.h"
#include "gui/widgets/screen_page.h"
#include "gui/widgets/step_indicator.h"
#include "gui/widgets/text.h"

#include <QFrame>
#include <QLabel>
#include <QStackedWidget>
#include <QStatusBar>

namespace spasmguide {

void MainWindow::reloadContent() {
    if (m_watcher) {
        statusBar()->showMessage(tr("Reloading the content\u2026"), 3000);
        m_watcher->reload();
    }
}

void MainWindow::updateBanner() {
    const auto count = static_cast<int>(m_content.problems.size());
    const QString root = m_content.requestedRoot;
    QString text;
    if (m_showingLastGood) {
        text = tr("\u26A0  The latest change in %1 has %n problem(s), so its last good version is still shown.",
                  nullptr, count)
                   .arg(root);
    } else if (m_content.usingBuiltIn) {
        text = tr("\u26A0  The content in %1 has %n problem(s), so the built-in guide is shown.", nullptr, count)
                   .arg(root);
    } else {
        text = tr("\u26A0  The content in %1 has %n warning(s).", nullptr, count).arg(root);
    }
    m_banner->setText(text);
    m_banner->setVisible(count > 0);
}

void MainWindow::onContentReloaded(const LoadedContent& fresh) {
    const bool broken = fresh.usingBuiltIn;
    if (broken && !m_content.usingBuiltIn) {
        // Keep what is on screen; only the problems are new.
        m_content.problems = fresh.problems;
        m_showingLastGood = true;
    } else {
        m_content = fresh;
        m_showingLastGood = false;
        rebuildGuideScreens();
    }
    updateBanner();
    if (auto* problems = m_screens.take(screens::kContentProblems)) {
        forgetScreen(screens::kContentProblems);
        const bool visible = currentScreenId() == screens::kContentProblems;
        m_stack->removeWidget(problems);
        problems->deleteLater();
        if (visible) {
            display(screens::kContentProblems, false);
        }
    }
    statusBar()->showMessage(
        broken ? tr("The content has %n problem(s).", nullptr, static_cast<int>(fresh.problems.size()))
               : tr("Content reloaded."),
        5000);
}

// A screen taken out of the window: whoever holds it lets go before it is deleted.
void MainWindow::forgetScreen(const QString& screenId) {
    if (const ScreenSpec* spec = m_registry.find(screenId); spec && spec->forget) {
        spec->forget();
    }
}

// Screens with something the person entered (the ticks, a check-in being typed) take the new content; the
// others are dropped and built again from it on their next showing.
void MainWindow::rebuildGuideScreens() {
    const QString current = currentScreenId();
    const int scroll =
        m_stack->currentWidget() ? static_cast<ScreenPage*>(m_stack->currentWidget())->scrollPosition() : 0;
    const auto& content = *m_content.bundle;
    m_title->setText(qstr(content.manifest.title));
    m_steps->setSteps(content.steps);
    auto reloadOf = [this](const QString& id) {
        const ScreenSpec* spec = m_registry.find(id);
        return spec ? spec->onReload : OnContentReload::Rebuilt;
    };
    for (auto it = m_screens.begin(); it != m_screens.end();) {
        const QString id = it.key();
        const OnContentReload onReload = reloadOf(id);
        if (onReload == OnContentReload::TakesContent) {
            m_registry.find(id)->takeContent(content);
        } else if (onReload == OnContentReload::Rebuilt && id != current) {
            m_stack->removeWidget(it.value());
            it.value()->deleteLater();
            it = m_screens.erase(it);
            forgetScreen(id);
            continue;
        }
        ++it;
    }
    // The screen on display goes last, so the stack never shows an empty page in between.
    const bool kept = reloadOf(current) != OnContentReload::Rebuilt;
    if (!current.isEmpty() && m_screens.contains(current) && !kept) {
        ScreenPage* old = m_screens.take(current);
        forgetScreen(current);
        const QString target = screenIds().contains(current) ? current : screens::kTriage; // a step may be gone
        ScreenPage* page = screen(target);
        m_stack->setCurrentWidget(page);
        m_stack->removeWidget(old);
        old->deleteLater();
        display(target, false);
        page->setScrollPosition(scroll);
    } else if (!current.isEmpty()) {
        display(current, false);
        static_cast<ScreenPage*>(m_stack->currentWidget())->setScrollPosition(scroll);
    }
    buildMenus();
}

} // namespace spasmguide
