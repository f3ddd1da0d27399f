// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/aids/read_aloud.h"

#include "gui/modules/speech_engine.h"
#include "gui/platform/optional_module.h"
#include "gui/widgets/link_label.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextDocumentFragment>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

QString plain(const QString& text) {
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

} // namespace

ReadAloud::ReadAloud(std::function<QWidget*()> screen, QObject* parent)
    : QObject(parent), m_screen(std::move(screen)), m_action(new QAction(tr("&Read this screen"), this)) {
    m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_action->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_action, &QAction::triggered, this, [this] {
        if (QWidget* shown = m_screen ? m_screen() : nullptr) {
            toggle(textOf(shown));
        }
    });
    update();
}

ReadAloud::~ReadAloud() = default;

bool ReadAloud::initialise() {
    if (m_initialised) {
        return m_available;
    }
    m_initialised = true;
#ifdef SPASMGUIDE_HAVE_SPEECH
    m_module = std::make_unique<OptionalModule>(QString::fromLatin1(speech_module::kName));
    const auto create = m_module->resolveAs<speech_module::Create>(speech_module::kCreate);
    if (!create) {
        setUnavailable(tr("Reading aloud is not available: part of SpasmGuide is missing. Reinstalling it may help."));
        return false;
    }
    m_speech.reset(create(QLocale()));
    switch (m_speech->status()) {
    case SpeechEngine::Status::NoEngine:
        setUnavailable(tr("Reading aloud needs a speech engine, and none is installed on this computer."));
        return false;
    case SpeechEngine::Status::CouldNotStart:
        spdlog::info("read aloud: the speech engine could not start: {}", m_speech->errorString().toStdString());
        setUnavailable(tr("Reading aloud is not available: the speech engine could not start."));
        return false;
    case SpeechEngine::Status::NoVoice:
        setUnavailable(tr("Reading aloud is not available: no voice is installed for the speech engine."));
        return false;
    case SpeechEngine::Status::Ready:
        break;
    }
    m_speech->stateChanged = [this] { update(); };
    m_speech->failed = [this](SpeechEngine::Failure failure) {
        // No sound device, or the engine gave up: say so on the action, never in a dialog.
        setUnavailable(failure == SpeechEngine::Failure::Playback
                           ? tr("Reading aloud is not available: no sound output was found.")
                           : tr("Reading aloud is not available: the speech engine stopped working."));
        Q_EMIT unavailable(m_reason);
    };
    m_available = true;
    m_reason.clear();
    update();
    return true;
#else
    setUnavailable(tr("This copy of SpasmGuide was built without speech support."));
    return false;
#endif
}

bool ReadAloud::isSpeaking() const {
    return m_speech && m_speech->isSpeaking();
}

void ReadAloud::toggle(const QString& text) {
    if (!m_available) {
        return;
    }
    if (!initialise()) {
        Q_EMIT unavailable(m_reason); // the first request: say why where the person is looking
        return;
    }
    if (isSpeaking()) {
        m_speech->stop();
    } else if (!text.trimmed().isEmpty()) {
        m_speech->say(text);
    }
}

void ReadAloud::setUnavailable(const QString& reason) {
    m_available = false;
    m_reason = reason;
    update();
}

void ReadAloud::update() {
    const bool speaking = isSpeaking();
    m_action->setEnabled(m_available);
    m_action->setText(speaking ? tr("Stop &reading") : tr("&Read this screen"));
    m_action->setToolTip(m_available ? tr("Read this screen aloud (Ctrl+R)") : m_reason);
    for (const auto& button : std::as_const(m_buttons)) {
        if (!button) {
            continue;
        }
        button->setEnabled(m_available);
        button->setText(speaking ? tr("Stop reading") : tr("Read aloud"));
        button->setToolTip(m_action->toolTip());
        button->setAccessibleDescription(m_available ? QString() : m_reason);
    }
}

QPushButton* ReadAloud::makeButton() {
    auto* button = new QPushButton(tr("Read aloud"));
    button->setObjectName(QStringLiteral("readAloud"));
    button->setAccessibleName(tr("Read this screen aloud"));
    // A disabled button still shows its tooltip, so the reason is there for the mouse too.
    button->setAttribute(Qt::WA_AlwaysShowToolTips);
    connect(button, &QPushButton::clicked, m_action, &QAction::trigger);
    m_buttons.append(button);
    update();
    return button;
}

QString ReadAloud::textOf(const QWidget* screen) {
    QStringList parts;
    for (const QWidget* widget : screen->findChildren<QWidget*>()) {
        if (!widget->isVisibleTo(screen)) {
            continue;
        }
        QString words;
        if (const auto* label = qobject_cast<const QLabel*>(widget)) {
            words = plain(label->text());
        } else if (const auto* link = qobject_cast<const LinkLabel*>(widget)) {
            words = plain(link->text());
        } else if (const auto* button = qobject_cast<const QAbstractButton*>(widget); button && button->isCheckable()) {
            words = button->accessibleName().isEmpty() ? button->text() : button->accessibleName(); // tick boxes
        }
        words = words.trimmed();
        if (!words.isEmpty()) {
            parts << words;
        }
    }
    return parts.join(QLatin1Char('\n'));
}

} // namespace spasmguide
