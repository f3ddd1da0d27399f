// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/store/sample_log.h"
#include "core/time/clock.h"
#include "gui/log/episode_log.h"
#include "gui/shell/main_window.h"
#include "gui/widgets/screen_page.h"
#include "window_fixture.h"

#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
#include <memory>

namespace spasmguide::test {

// Windows over one episode log of sample data in a temporary folder, so every screen has lists and charts to
// show. The log is made and filled on the first window and shared by the later ones.
class SampleLogWindows {
public:
    std::unique_ptr<MainWindow> open() {
        if (!m_log) {
            m_log = std::make_unique<EpisodeLog>(m_dir.path().toStdString(), m_clock);
            (void)m_log->open();
            fillSampleLog(*m_log->store(), m_clock.now());
        }
        return openWindow(QStringLiteral("US"), builtInContent(), m_log.get());
    }

private:
    SystemClock m_clock;
    QTemporaryDir m_dir;
    std::unique_ptr<EpisodeLog> m_log;
};

// Stands in for the browser or file manager (QDesktopServices::setUrlHandler): records what would have opened.
class UrlRecorder : public QObject {
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl& url) { opened << url; }
};

template <typename T> T* find(QWidget* root, const QString& objectName) {
    auto* widget = root->findChild<T*>(objectName);
    if (!widget) {
        qWarning("no widget named %s", qPrintable(objectName));
    }
    return widget;
}

// Finds a widget on the screen currently shown, so hidden screens' twins are not picked up.
template <typename T> T* onScreen(MainWindow& window, const QString& objectName) {
    return find<T>(window.screen(window.currentScreenId()), objectName);
}

} // namespace spasmguide::test
