// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace spasmguide {

// The breathing pacer's picture: a circle that fills as you breathe in and empties as you breathe out.
// `progress` 0..1 is the size; the words say the same thing, so nothing depends on seeing it.
class BreathCircle final : public QWidget {
    Q_OBJECT

public:
    explicit BreathCircle(QWidget* parent = nullptr);
    void setProgress(double progress);
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QSize sizeHint() const override { return {240, 240}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    double m_progress = 0.0;
};

} // namespace spasmguide
