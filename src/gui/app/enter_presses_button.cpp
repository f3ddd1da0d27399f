// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/enter_presses_button.h"

#include <QApplication>
#include <QKeyEvent>
#include <QPushButton>
#include <QToolButton>

namespace spasmguide {
namespace {

const char* const kFilterName = "enterPressesFocusedButton";

bool isEnter(const QKeyEvent& key) {
    const auto modifiers = key.modifiers() & ~Qt::KeypadModifier;
    return (key.key() == Qt::Key_Return || key.key() == Qt::Key_Enter) && modifiers == Qt::NoModifier;
}

// The buttons this filter presses: push and tool buttons that do not already take Enter themselves (a dialog's
// buttons, the triage screen's default button), shown and enabled.
QAbstractButton* buttonToPress(QObject* watched) {
    auto* button = qobject_cast<QAbstractButton*>(watched);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        return nullptr;
    }
    if (auto* push = qobject_cast<QPushButton*>(button)) {
        return push->autoDefault() || push->isDefault() ? nullptr : push;
    }
    return qobject_cast<QToolButton*>(button);
}

class EnterPressesButton final : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        const auto type = event->type();
        if (type != QEvent::KeyPress && type != QEvent::ShortcutOverride) {
            return false;
        }
        auto* key = static_cast<QKeyEvent*>(event);
        if (!isEnter(*key)) {
            return false;
        }
        QAbstractButton* button = buttonToPress(watched);
        if (!button) {
            return false;
        }
        if (type == QEvent::ShortcutOverride) {
            key->accept(); // the focused button takes Enter before any screen-wide Enter shortcut
            return true;
        }
        if (!key->isAutoRepeat()) { // holding Enter down presses once
            button->click();
        }
        return true;
    }
};

} // namespace

void makeEnterPressFocusedButtons(QApplication& app) {
    if (app.findChild<QObject*>(QLatin1String(kFilterName), Qt::FindDirectChildrenOnly)) {
        return;
    }
    auto* filter = new EnterPressesButton(&app);
    filter->setObjectName(QLatin1String(kFilterName));
    app.installEventFilter(filter);
}

} // namespace spasmguide
