// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QString>
#include <vector>

class QApplication;

namespace spasmguide {

// Calm light and dark palettes (WCAG AA contrast), a high-contrast one (black on white, at least 7:1, WCAG AAA),
// and the app's look drawn in those colours (AppStyle). Follows the system unless Settings say otherwise:
// dark when the platform's window colour is dark.
class Theme final {
public:
    enum class Scheme { Light, Dark, HighContrast };

    static void apply(QApplication& app);
    // textScale 1.0 is the calm default size; 2.0 doubles every text (the 200% setting).
    // Safe to call again: sizes are always derived from the system font, never compounded.
    static void apply(QApplication& app, Scheme scheme, double textScale = 1.0);
    [[nodiscard]] static Scheme systemScheme(const QApplication& app);

    // Every text colour with the background it is drawn on, to check WCAG AA contrast.
    struct ColorPair {
        QString name;
        QColor foreground;
        QColor background;
    };
    [[nodiscard]] static std::vector<ColorPair> textColorPairs(Scheme scheme);
    [[nodiscard]] static double contrastRatio(const QColor& a, const QColor& b);
};

} // namespace spasmguide
