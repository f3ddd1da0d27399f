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
// again. Nothing of speech is loaded until the person first asks to read aloud: the spasmguide_speech module
// (modules/speech_engine.h), Qt TextToSpeech, its plugins and the speech daemon they start (speech-dispatcher,
// which also probes a TCP port) cost start-up time and run for nobody otherwise. Until then the action and its
// buttons are enabled; where the first request finds no engine, no voice or no sound output, they are disabled
// with a tooltip that says why, and unavailable() carries the reason for the window to say: never an error dialog.
class ReadAloud final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReadAloud)

public:
    // `screen` gives the widget whose words are read when the action is triggered.
    ReadAloud(std::function<QWidget*()> screen, QObject* parent = nullptr);
    ~ReadAloud() override;

    [[nodiscard]] QAction* action() const { return m_action; }
    // Whether speech has been set up: the module loaded and the engine made (on the first request only).
    [[nodiscard]] bool isInitialised() const { return m_initialised; }
    // True until a request has found that speech cannot work here.
    [[nodiscard]] bool isAvailable() const { return m_available; }
    [[nodiscard]] bool isSpeaking() const;
    // Why reading aloud is not available (empty when it is).
    [[nodiscard]] const QString& unavailableReason() const { return m_reason; }
    // A button for a screen's footer that does what the action does, enabled and explained alike.
    [[nodiscard]] QPushButton* makeButton();

    // The words of a screen, in order: headings, text and tick-box labels, without its buttons.
    [[nodiscard]] static QString textOf(const QWidget* screen);

    // Reads `text`, or stops if reading is under way; the first call sets speech up.
    void toggle(const QString& text);

Q_SIGNALS:
    // Speech was asked for and cannot work here; `reason` says why, in words for the person.
    void unavailable(const QString& reason);

private:
    // Loads the module and makes the speech engine; false (with the action disabled) when it cannot speak.
    bool initialise();
    void setUnavailable(const QString& reason);
    void update();

    std::function<QWidget*()> m_screen;
    QAction* m_action = nullptr;
    std::unique_ptr<OptionalModule> m_module;
    std::unique_ptr<SpeechEngine> m_speech;
    bool m_initialised = false;
    bool m_available = true;
    QString m_reason;
    QList<QPointer<QPushButton>> m_buttons;
};

} // namespace spasmguide
