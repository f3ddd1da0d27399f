// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The spasmguide_speech module: Qt TextToSpeech behind SpeechEngine, loaded only when reading aloud is set up.
#include "gui/modules/speech_engine.h"

#include <QLocale>
#include <QTextToSpeech>
#include <memory>

namespace {

using spasmguide::SpeechEngine;

class QtSpeechEngine final : public SpeechEngine {
public:
    explicit QtSpeechEngine(const QLocale& preferred) {
        if (QTextToSpeech::availableEngines().isEmpty()) {
            m_status = Status::NoEngine;
            return;
        }
        m_speech = std::make_unique<QTextToSpeech>();
        if (m_speech->state() == QTextToSpeech::Error) {
            m_status = Status::CouldNotStart;
            return;
        }
        if (m_speech->availableVoices().isEmpty()) {
            m_status = Status::NoVoice;
            return;
        }
        if (m_speech->availableLocales().contains(preferred)) {
            m_speech->setLocale(preferred);
        }
        QObject::connect(m_speech.get(), &QTextToSpeech::stateChanged, m_speech.get(), [this] {
            if (stateChanged) {
                stateChanged();
            }
        });
        QObject::connect(m_speech.get(), &QTextToSpeech::errorOccurred, m_speech.get(),
                         [this](QTextToSpeech::ErrorReason reason, const QString&) {
                             if (failed) {
                                 failed(reason == QTextToSpeech::ErrorReason::Playback ? Failure::Playback
                                                                                       : Failure::Other);
                             }
                         });
        m_status = Status::Ready;
    }

    [[nodiscard]] Status status() const override { return m_status; }
    [[nodiscard]] QString errorString() const override { return m_speech ? m_speech->errorString() : QString(); }
    [[nodiscard]] bool isSpeaking() const override { return m_speech && m_speech->state() == QTextToSpeech::Speaking; }
    void say(const QString& text) override {
        if (m_status == Status::Ready) {
            m_speech->say(text);
        }
    }
    void stop() override {
        if (m_status == Status::Ready) {
            m_speech->stop();
        }
    }

private:
    std::unique_ptr<QTextToSpeech> m_speech;
    Status m_status = Status::NoEngine;
};

} // namespace

extern "C" Q_DECL_EXPORT SpeechEngine* spasmguide_create_speech_engine(const QLocale& preferred) {
    return new QtSpeechEngine(preferred);
}
