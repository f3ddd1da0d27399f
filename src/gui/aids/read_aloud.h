// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <functional>
#include <memory>

class QAction;
class QPushButton;
class QWidget;

namespace spasmguide {

class OptionalModule;
class SpeechEngine;

// "Read this screen": speaks the words of the screen on display with Qt TextToSpeech, and stops when asked
// again. The speech engine is made on initialise(), called after the first paint, from the spasmguide_speech
// module (modules/speech_engine.h), because loading Qt TextToSpeech and its plugins costs start-up time. Where there is
// no engine, no voice or no sound output, the action and its buttons are disabled with a tooltip that says why: never
// an error dialog.
class ReadAloud final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    // `screen` gives the widget whose words are read when the action is triggered.
    ReadAloud(std::function<QWidget*()> screen, QObject* parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] QAction* action() const { return m_action; }
    // Makes the speech engine and enables the action if it can speak. Safe to call more than once.
    void initialise();
    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] bool isSpeaking() const;
    // Why reading aloud is not available (empty when it is).
    [[nodiscard]] const QString& unavailableReason() const { return m_reason; }
    // A button for a screen's footer that does what the action does, enabled and explained alike.
    [[nodiscard]] QPushButton* makeButton();

    // The words of a screen, in order: headings, text and tick-box labels, without its buttons.
    [[nodiscard]] static QString textOf(const QWidget* screen);

    // Reads `text`, or stops if reading is under way.
    void toggle(const QString& text);

private:
    void setUnavailable(const QString& reason);
    void update();

    std::function<QWidget*()> m_screen;
    QAction* m_action = nullptr;
    std::unique_ptr<OptionalModule> m_module;
    std::unique_ptr<SpeechEngine> m_speech;
    bool m_initialised = false;
    bool m_available = false;
    QString m_reason;
    QList<QPointer<QPushButton>> m_buttons;
};

} // namespace spasmguide
