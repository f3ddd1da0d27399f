// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The main window in --demo: the "Demo — sample data" banner on every screen, "Reset demo", and presentation mode.
#include "core/store/sample_log.h"
#include "gui/log/episode_log.h"
#include "gui/shell/main_window.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QVBoxLayout>
#include <spdlog/spdlog.h>

namespace spasmguide {

void MainWindow::setDemoMode() {
    if (m_demoBanner) {
        return;
    }
    m_demoBanner = new QFrame;
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    auto* row = new QHBoxLayout(m_demoBanner);
    row->setContentsMargins(24, 6, 16, 6);
    // Said in words, not by the banner's colour alone.
    auto* text = makeTextLabel(tr("Demo \u2014 sample data. Nothing here is anyone's real log, and nothing you do "
                                  "is kept."));
    text->setObjectName(QStringLiteral("demoBannerText"));
    scaleFont(text, 1.0, true);
    row->addWidget(text, 1);
    auto* present = new QPushButton(tr("Presentation (F11)"));
    present->setObjectName(QStringLiteral("presentDemo"));
    present->setAccessibleName(tr("Presentation mode: full screen, larger text"));
    present->setCheckable(true);
    auto* reset = new QPushButton(tr("Reset demo"));
    reset->setObjectName(QStringLiteral("resetDemo"));
    reset->setAccessibleName(tr("Reset demo: put the sample data back as it was"));
    row->addWidget(present);
    row->addWidget(reset);
    connect(present, &QPushButton::toggled, this, &MainWindow::setPresentationMode);
    connect(reset, &QPushButton::clicked, this, &MainWindow::resetDemo);
    static_cast<QVBoxLayout*>(centralWidget()->layout())->insertWidget(0, m_demoBanner);
    setWindowTitle(tr("SpasmGuide \u2014 demo"));
    buildMenus(); // adds the Demo menu
}

void MainWindow::addDemoMenu() {
    auto* demo = menuBar()->addMenu(tr("&Demo"));
    auto* present = demo->addAction(tr("&Presentation mode"));
    present->setCheckable(true);
    present->setChecked(m_presentation);
    present->setShortcut(QKeySequence(Qt::Key_F11));
    present->setShortcutContext(Qt::ApplicationShortcut);
    connect(present, &QAction::toggled, this, &MainWindow::setPresentationMode);
    auto* reset = demo->addAction(tr("&Reset demo"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetDemo);
}

void MainWindow::setPresentationMode(bool on) {
    if (!m_demoBanner || on == m_presentation) {
        return;
    }
    m_presentation = on;
    // The button, the menu item and F11 all say the same.
    if (auto* button = m_demoBanner->findChild<QPushButton*>(QStringLiteral("presentDemo"))) {
        const QSignalBlocker quiet(button);
        button->setChecked(on);
    }
    for (auto* action : menuBar()->findChildren<QAction*>()) {
        if (action->shortcut() == QKeySequence(Qt::Key_F11)) {
            const QSignalBlocker quiet(action);
            action->setChecked(on);
        }
    }
    applyTextScale(textScale(), m_appliedScheme); // not saved: Settings keeps the person's own size
    if (on) {
        showFullScreen();
    } else {
        showNormal();
    }
}

void MainWindow::resetDemo() {
    if (!m_demoBanner || !m_log) {
        return;
    }
    (void)m_log->open(); // finishes an opening still under way
    m_log->deleteAllData();
    if (!m_log->store()) {
        showLogNotice(m_log->lastError());
        return;
    }
    try {
        fillSampleLog(*m_log->store(), m_log->clock().now());
    } catch (const std::exception& e) {
        spdlog::warn("demo: refilling the sample log failed: {}", e.what());
    }
    Q_EMIT m_log->changed();
    m_history.clear();
    showScreen(screens::kTriage);
    statusBar()->showMessage(tr("The demo starts again with its sample data."), 10000);
}

} // namespace spasmguide
