// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/breathing_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/breath_circle.h"
#include "gui/widgets/focus_hand_over.h"
#include "gui/widgets/text.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

// Slow breathing with a longer out-breath; the person can change both.
constexpr int kInSeconds = 4;
constexpr int kOutSeconds = 6;
constexpr int kAnimationMs = 50; // smooth enough; only while running and animated

QSpinBox* secondsBox(const QString& name, const QString& accessibleName, int value) {
    auto* box = new QSpinBox;
    box->setObjectName(name);
    box->setAccessibleName(accessibleName);
    box->setRange(2, 12);
    box->setValue(value);
    box->setSuffix(BreathingScreen::tr(" s"));
    return box;
}

} // namespace

BreathingScreen::BreathingScreen(const Clock& clock, QWidget* parent)
    : ScreenPage(screens::kBreathing, parent), m_clock(clock) {
    body()->addWidget(makeHeading(tr("Slow breathing"), 1.6));
    // The guide's own point (Step 2: breath-holding and panic breathing make spasms worse), no more.
    body()->addWidget(makeTextLabel(tr("Breath-holding and panic breathing make a spasm worse in the first days. "
                                       "Follow the circle or the words: breathe in gently, and let the breath out "
                                       "slowly.")));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_in = secondsBox(QStringLiteral("breatheInSeconds"), tr("Breathe in for (seconds)"), kInSeconds);
    m_out = secondsBox(QStringLiteral("breatheOutSeconds"), tr("Breathe out for (seconds)"), kOutSeconds);
    m_textOnly = new QCheckBox(tr("Text only, no animation"));
    m_textOnly->setObjectName(QStringLiteral("breathingTextOnly"));
    form->addRow(tr("Breathe in for"), m_in);
    form->addRow(tr("Breathe out for"), m_out);
    form->addRow(m_textOnly);
    body()->addLayout(form);
    m_circle = new BreathCircle;
    m_circle->setAccessibleName(tr("Breathing circle"));
    body()->addWidget(m_circle, 0, Qt::AlignHCenter);
    m_cue = makeHeading(tr("Press Start when you are ready."), 1.6);
    m_cue->setObjectName(QStringLiteral("breathingCue"));
    m_cue->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_cue);
    m_count = makeTextLabel({});
    m_count->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_count);
    body()->addStretch(1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("breathingBack"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("breathingStop"));
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("breathingStart"));
    m_start->setProperty("primary", true);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_stop);
    footer()->addWidget(m_start);
    connect(back, &QPushButton::clicked, this, [this] {
        stop(); // a pacer nobody is watching is not breathing with anyone
        Q_EMIT backRequested();
    });
    connect(m_start, &QPushButton::clicked, this, &BreathingScreen::start);
    connect(m_stop, &QPushButton::clicked, this, &BreathingScreen::stop);
    connect(m_textOnly, &QCheckBox::toggled, this, [this](bool textOnly) {
        setTextOnly(textOnly);
        Q_EMIT textOnlyChanged(textOnly);
    });
    connect(&m_tick, &QTimer::timeout, this, &BreathingScreen::refresh);
    m_stop->setVisible(false);
}

void BreathingScreen::setTextOnly(bool textOnly) {
    m_textOnly->setChecked(textOnly);
    m_circle->setVisible(!textOnly);
    m_tick.setInterval(textOnly ? 250 : kAnimationMs); // words change each second; no need to wake more often
}

int BreathingScreen::inhaleSeconds() const {
    return m_in->value();
}

int BreathingScreen::exhaleSeconds() const {
    return m_out->value();
}

void BreathingScreen::start() {
    m_startedAt = m_clock.now();
    m_breaths = 0;
    m_in->setEnabled(false);
    m_out->setEnabled(false);
    handOver(m_start, m_stop);
    m_tick.setInterval(m_textOnly->isChecked() ? 250 : kAnimationMs);
    m_tick.start();
    refresh();
}

void BreathingScreen::stop() {
    if (!m_startedAt) {
        return;
    }
    m_tick.stop();
    const auto startedAt = *m_startedAt;
    const auto length = std::max(std::chrono::milliseconds{0},
                                 std::chrono::duration_cast<std::chrono::milliseconds>(m_clock.now() - startedAt));
    m_startedAt.reset();
    m_in->setEnabled(true);
    m_out->setEnabled(true);
    handOver(m_stop, m_start);
    m_cue->setText(tr("Well done. %n slow breath(s).", nullptr, m_breaths));
    m_circle->setProgress(0.0);
    Q_EMIT sessionEnded(startedAt, length, m_breaths);
}

void BreathingScreen::refresh() {
    if (!m_startedAt) {
        return;
    }
    using std::chrono::milliseconds;
    const milliseconds in = std::chrono::seconds(m_in->value());
    const milliseconds out = std::chrono::seconds(m_out->value());
    const milliseconds cycle = in + out;
    // A clock set backwards counts as the start, never as negative time.
    const auto elapsed =
        std::max(milliseconds{0}, std::chrono::duration_cast<milliseconds>(m_clock.now() - *m_startedAt));
    m_breaths = static_cast<int>(elapsed / cycle);
    const milliseconds phase = elapsed % cycle;
    const bool breathingIn = phase < in;
    const milliseconds left = breathingIn ? in - phase : cycle - phase;
    const auto secondsLeft = static_cast<int>((left.count() + 999) / 1000);
    m_cue->setText(breathingIn ? tr("Breathe in\u2026 %1").arg(secondsLeft)
                               : tr("Breathe out\u2026 %1").arg(secondsLeft));
    m_count->setText(tr("%n breath(s)", nullptr, m_breaths));
    const double progress = breathingIn
                                ? static_cast<double>(phase.count()) / static_cast<double>(in.count())
                                : 1.0 - static_cast<double>((phase - in).count()) / static_cast<double>(out.count());
    m_circle->setProgress(progress);
}

} // namespace spasmguide
