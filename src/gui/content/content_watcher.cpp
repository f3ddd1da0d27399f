// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/content/content_watcher.h"

#include <QDir>
#include <QMetaObject>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

constexpr int kSettleMs = 150; // an editor's save is a burst of events; well under the one second promised

} // namespace

ContentWatcher::ContentWatcher(QString contentRoot, QString locale, QObject* parent)
    : QObject(parent), m_root(std::move(contentRoot)), m_locale(std::move(locale)) {
    m_settle.setSingleShot(true);
    m_settle.setInterval(kSettleMs);
    connect(&m_settle, &QTimer::timeout, this, &ContentWatcher::reload);
    connect(&m_watcher, &QFileSystemWatcher::fileChanged, &m_settle, qOverload<>(&QTimer::start));
    connect(&m_watcher, &QFileSystemWatcher::directoryChanged, &m_settle, qOverload<>(&QTimer::start));
    watch();
}

ContentWatcher::~ContentWatcher() {
    if (m_loading.valid()) {
        m_loading.wait();
    }
}

// The root, every locale folder and every file in them. Files saved by "write a copy, rename it over" stop
// being watched, so the list is renewed after each reload.
void ContentWatcher::watch() {
    QStringList paths{m_root};
    const QDir root(m_root);
    for (const auto& folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QDir dir(root.filePath(folder));
        paths << dir.path();
        for (const auto& file : dir.entryList({QStringLiteral("*.json")}, QDir::Files)) {
            paths << dir.filePath(file);
        }
    }
    const QStringList current = watchedPaths();
    QStringList missing;
    for (const auto& path : paths) {
        if (!current.contains(path)) {
            missing << path;
        }
    }
    if (!missing.isEmpty()) {
        m_watcher.addPaths(missing);
    }
}

QStringList ContentWatcher::watchedPaths() const {
    return m_watcher.files() + m_watcher.directories();
}

void ContentWatcher::reload() {
    if (m_loading.valid()) {
        m_reloadAgain = true; // the newest save is loaded next
        return;
    }
    m_loading = std::async(std::launch::async, [this, root = m_root, locale = m_locale] {
        ContentLoader loader; // one per load: the worker shares nothing with the GUI thread
        auto loaded = loadContent(loader, root, locale);
        QMetaObject::invokeMethod(this, &ContentWatcher::finishReload, Qt::QueuedConnection);
        return loaded;
    });
}

void ContentWatcher::finishReload() {
    if (!m_loading.valid()) {
        return;
    }
    LoadedContent loaded = m_loading.get();
    watch();
    if (m_reloadAgain) {
        m_reloadAgain = false;
        reload();
        return;
    }
    spdlog::info("content: reloaded {} with {} problem(s)", m_root.toStdString(), loaded.problems.size());
    Q_EMIT reloaded(loaded);
}

} // namespace spasmguide
