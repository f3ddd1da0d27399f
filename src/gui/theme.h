// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QApplication;

namespace spasmguide {

// Calm light and dark palettes (WCAG AA contrast) and the one style sheet, resources/style/spasmguide.qss.
// Follows the system: dark when the platform's window colour is dark.
class Theme final {
public:
    enum class Scheme { Light, Dark };

    static void apply(QApplication& app);
    static void apply(QApplication& app, Scheme scheme);
    [[nodiscard]] static Scheme systemScheme(const QApplication& app);
};

} // namespace spasmguide
