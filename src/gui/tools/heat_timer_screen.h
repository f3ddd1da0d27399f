// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/model.h"
#include "core/time/clock.h"
#include "core/tools/timer_session.h"
#include "gui/widgets/screen_page.h"

#include <QTimer>
#include <QVector>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace spasmguide {

// Step 1's heat timer: pick the product and minutes, a large countdown, pause and stop, the heat-safety text
// always in view, and a skin check when the time is up. Each product's minutes and their limit come from its
// card in the content (the maker's instructions, with their source); a product without them starts at no minutes,
// with the line "follow the product's instructions", until the person sets them. The state lives in a TimerSession read
// against the injected clock; the one-second tick only repaints, so a slow or suspended machine never stretches a
// session.
class HeatTimerScreen final : public ScreenPage {
    Q_OBJECT

public:
    explicit HeatTimerScreen(const Clock& clock, QWidget* parent = nullptr);

    void setContent(const ContentBundle& content);
    // Takes over a session found on start (after a crash or quit): still running, it simply goes on.
    void resume(const TimerSession& session);
    // A product card's "Time this": chooses the product, unless a session is running (it is never changed mid-way).
    void chooseProduct(const QString& name);
    [[nodiscard]] const std::optional<TimerSession>& session() const { return m_session; }
    // Re-reads the clock now (the tick calls this; tests call it after moving a fake clock).
    void refresh();

    [[nodiscard]] QPushButton* startButton() const { return m_start; }
    [[nodiscard]] QPushButton* pauseButton() const { return m_pause; }
    [[nodiscard]] QPushButton* stopButton() const { return m_stop; }
    [[nodiscard]] QLabel* countdown() const { return m_countdown; }
    [[nodiscard]] QLabel* skinCheck() const { return m_skinCheck; }
    [[nodiscard]] QSpinBox* minutesBox() const { return m_minutes; }
    [[nodiscard]] QComboBox* productBox() const { return m_product; }
    [[nodiscard]] QLabel* instruction() const { return m_instruction; }
    [[nodiscard]] QLabel* safetyText() const { return m_safety; }

    // The most minutes anyone can set for a product whose maker gives none: the schema's limit, 12 hours.
    static constexpr int kMaxMinutes = 720;

Q_SIGNALS:
    void sessionChanged(const spasmguide::TimerSession& session); // save it, so a crash cannot lose it
    void sessionEnded(const spasmguide::TimerSession& session);   // finished or stopped: log it
    void timeIsUp();                                              // alert the person, even when hidden
    void backRequested();

private:
    void start();
    void togglePause();
    void stop();
    void updateControls();
    void applyProduct(const QString& name); // its minutes, limit and instruction, unless a session is running

    const Clock& m_clock;
    std::optional<TimerSession> m_session;
    QTimer m_tick;
    QComboBox* m_product = nullptr;
    QSpinBox* m_minutes = nullptr;
    QLabel* m_countdown = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_skinCheck = nullptr;
    QLabel* m_safety = nullptr;
    QLabel* m_instruction = nullptr;
    QWidget* m_instructionSources = nullptr;
    const ContentBundle* m_content = nullptr;
    QVector<Product> m_products; // in the order of the product box
    QPushButton* m_start = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_stop = nullptr;
};

} // namespace spasmguide
