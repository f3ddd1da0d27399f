// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up baseline: the smallest Qt Widgets window, quitting after its first paint like the app does.
#include "gui/app/first_paint_hook.h" // the same end mark as spasmguide --quit-after-first-paint

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

using spasmguide::FirstPaintHook;

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello from an empty Qt Widgets window"), &window));
    window.resize(1280, 800);
    FirstPaintHook quitter(&FirstPaintHook::quitApplication);
    window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
