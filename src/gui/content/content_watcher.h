// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gui/content/content_source.h"

#include <QFileSystemWatcher>
#include <QObject>
#include <QTimer>
#include <future>

namespace spasmguide {

// Live preview for content editors: watches a --content root and, when a file in it is saved, loads the bundle
// again on a worker thread and hands the result over. Saves come in bursts (write, rename, touch), so changes
// are gathered for a moment before one reload.
class ContentWatcher final : public QObject {
    Q_OBJECT

public:
    ContentWatcher(QString contentRoot, QString locale, QObject* parent = nullptr);
    ~ContentWatcher() override; // waits for a reload under way

    // Loads again now (the "Reload content" action), whether or not anything changed.
    void reload();
    [[nodiscard]] bool isReloading() const { return m_loading.valid(); }
    [[nodiscard]] QStringList watchedPaths() const;

Q_SIGNALS:
    // A fresh load of the root: valid content, or the problems that kept it from loading.
    void reloaded(const spasmguide::LoadedContent& content);

private:
    void watch();
    void finishReload();

    QString m_root;
    QString m_locale;
    QFileSystemWatcher m_watcher;
    QTimer m_settle;
    std::future<LoadedContent> m_loading;
    bool m_reloadAgain = false;
};

} // namespace spasmguide
