// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

class QLocale;

namespace spasmguide {

// What "Read this screen" needs of a speech engine. The engine lives in the spasmguide_speech module (Qt
// TextToSpeech), loaded on first use by OptionalModule, so its libraries are not loaded before the first paint.
// Plain callbacks rather than signals: the module does not link the GUI library, so it shares no meta-objects.
class SpeechEngine {
public:
    enum class Status { Ready, NoEngine, CouldNotStart, NoVoice };
    enum class Failure { Playback, Other };

    SpeechEngine() = default;
    SpeechEngine(const SpeechEngine&) = delete;
    SpeechEngine& operator=(const SpeechEngine&) = delete;
    virtual ~SpeechEngine() = default;

    [[nodiscard]] virtual Status status() const = 0;
    // The engine's own words for a start-up failure, for the log only.
    [[nodiscard]] virtual QString errorString() const = 0;
    [[nodiscard]] virtual bool isSpeaking() const = 0;
    virtual void say(const QString& text) = 0;
    virtual void stop() = 0;

    // Called on the GUI thread when speaking starts or stops, and when the engine fails.
    std::function<void()> stateChanged;
    std::function<void(Failure)> failed;
};

namespace speech_module {
inline constexpr char kName[] = "spasmguide_speech";
// SpeechEngine* spasmguide_create_speech_engine(const QLocale& preferred): a new engine, owned by the caller;
// speaks `preferred` when the engine has it.
inline constexpr char kCreate[] = "spasmguide_create_speech_engine";
using Create = SpeechEngine* (*)(const QLocale& preferred);
} // namespace speech_module

} // namespace spasmguide
