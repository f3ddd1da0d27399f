// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../core/fake_clock.h"
#include "gui/content/content_source.h"
#include "gui/log/episode_log.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/main_window.h"
#include "gui/style/theme.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace spasmguide::test {

// The built-in bundle, as the app loads it with no --content.
inline LoadedContent builtInContent() {
    ContentLoader loader;
    return loadContent(loader, {}, QStringLiteral("en"));
}

// A themed main window at the size the brief asks screens to fit, shown offscreen.
inline std::unique_ptr<MainWindow> openWindow(const QString& region = QStringLiteral("US"),
                                              LoadedContent content = builtInContent(), EpisodeLog* log = nullptr) {
    Theme::apply(*qApp, Theme::Scheme::Light);
    auto window = std::make_unique<MainWindow>(std::move(content), region, log);
    window->resize(1280, 800);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get())) {
        qWarning("window was not exposed");
    }
    return window;
}

// What the window is built with, as the app would: an episode log and Settings in the data folder, --demo.
struct WindowOptions {
    enum class Log { None, Made, Opened };
    Log log = Log::Opened; // Made: the window opens it when it first needs it, as at start-up
    bool settings = false;
    bool demo = false;
    bool shown = true; // themed, at the size the brief asks screens to fit, shown offscreen
    QString region = QStringLiteral("US");
};

// One real window over its own temporary data folder, on a fake clock the test moves. Members go in the order
// they are torn down in reverse: the window first, then Settings and the log, the folder last.
class WindowFixture {
public:
    explicit WindowFixture(std::chrono::system_clock::time_point start = FakeClock().now(), WindowOptions options = {})
        : clock(start) {
        if (options.log != WindowOptions::Log::None) {
            log = std::make_unique<EpisodeLog>(dir.path().toStdString(), clock);
            if (options.log == WindowOptions::Log::Opened) {
                logProblem = log->open();
            }
        }
        if (options.settings) {
            settings = std::make_unique<AppSettings>(dir.path());
        }
        window = options.shown ? openWindow(options.region, builtInContent(), log.get())
                               : std::make_unique<MainWindow>(builtInContent(), options.region, log.get());
        if (settings) {
            window->setSettings(settings.get(), options.region, Theme::Scheme::Light);
        }
        if (options.demo) {
            window->setDemoMode();
        }
    }
    WindowFixture(const WindowFixture&) = delete;
    WindowFixture& operator=(const WindowFixture&) = delete;

    FakeClock clock;
    QTemporaryDir dir;
    std::unique_ptr<EpisodeLog> log;
    QString logProblem; // what opening the log said; empty when it opened
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<MainWindow> window;
};

} // namespace spasmguide::test
