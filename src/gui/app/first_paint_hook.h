// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <functional>

namespace spasmguide {

// Runs an action once the watched window has painted (and so flushed) its first frame: work that can
// wait (opening the episode log) goes there, and so does the start-up benchmark's end mark. Header-only,
// so the benchmark's empty window uses the very same mark without linking the GUI.
class FirstPaintHook final : public QObject {
public:
    explicit FirstPaintHook(std::function<void()> action, QObject* parent = nullptr)
        : QObject(parent), m_action(std::move(action)) {}

    static void quitApplication() { QCoreApplication::quit(); }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, this, m_action);
        }
        return false;
    }

private:
    std::function<void()> m_action;
};

} // namespace spasmguide
