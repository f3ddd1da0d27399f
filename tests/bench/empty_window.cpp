// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The start-up baseline: the smallest Qt Widgets window, quitting after its first paint like the app does.
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QTimer>

namespace {

// The same end mark as spasmguide --quit-after-first-paint, so both binaries measure the same span.
class FirstPaintQuitter final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }
};

} // namespace

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello from an empty Qt Widgets window"), &window));
    window.resize(1280, 800);
    FirstPaintQuitter quitter;
    window.installEventFilter(&quitter);
    window.show();
    return QApplication::exec();
}
