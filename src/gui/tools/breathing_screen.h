// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/time/clock.h"
#include "gui/widgets/screen_page.h"

#include <QTimer>
#include <chrono>
#include <optional>

class QCheckBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace spasmguide {

class BreathCircle;

// Step 2's answer to "breath-holding and panic breathing": a slow paced-breathing guide. In for a few seconds,
// out for a few more, a running count of breaths, stop any time. The phase is read from the injected clock;
// "Text only" drops the animation (for people who find motion hard) and keeps the words and the count.
class BreathingScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit BreathingScreen(const Clock& clock, QWidget* parent = nullptr);

    void setTextOnly(bool textOnly);
    [[nodiscard]] bool isRunning() const { return m_startedAt.has_value(); }
    [[nodiscard]] int breaths() const { return m_breaths; }
    [[nodiscard]] int inhaleSeconds() const;
    [[nodiscard]] int exhaleSeconds() const;
    // Re-reads the clock now (the tick calls this; tests call it after moving a fake clock).
    void refresh();

    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    [[nodiscard]] QPushButton* stopButton() const { return m_stop; }
    [[nodiscard]] QLabel* cue() const { return m_cue; }
    [[nodiscard]] QCheckBox* textOnlyBox() const { return m_textOnly; }
    [[nodiscard]] BreathCircle* circle() const { return m_circle; }

Q_SIGNALS:
    // A session that was stopped: when it began, how long it ran and how many full breaths it counted.
    void sessionEnded(std::chrono::system_clock::time_point startedAt, std::chrono::milliseconds length, int breaths);
    void textOnlyChanged(bool textOnly);
    void backRequested();

private:
    void start();
    void stop();

    const Clock& m_clock;
    std::optional<std::chrono::system_clock::time_point> m_startedAt;
    int m_breaths = 0;
    QTimer m_tick;
    QSpinBox* m_in = nullptr;
    QSpinBox* m_out = nullptr;
    QCheckBox* m_textOnly = nullptr;
    BreathCircle* m_circle = nullptr;
    QLabel* m_cue = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_start = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace spasmguide
