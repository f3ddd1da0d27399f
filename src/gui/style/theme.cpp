// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/style/theme.h"

#include "gui/style/app_style.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <algorithm>
#include <cmath>

namespace spasmguide {
namespace {

// Every text/background pair here has a contrast ratio of at least 4.5:1 (checked in tests).
struct Colors {
    const char* window;
    const char* surface;
    const char* text;
    const char* muted;
    const char* accent;
    const char* accentText;
    const char* border;
    const char* urgent;
    const char* urgentText;
    const char* urgentSurface;
    const char* caution;
    const char* cautionSurface;
    const char* info;
    const char* infoSurface;
};

constexpr Colors kLight{"#f6f5f1", "#ffffff", "#1d1f21", "#4a4f55", "#1f5f8b", "#ffffff", "#8a9099",
                        "#a61b1b", "#ffffff", "#fbeceb", "#7a4a00", "#fdf3e1", "#1f5f8b", "#e9f1f7"};
constexpr Colors kDark{"#1b1d20", "#25282c", "#ecedef", "#b9bec5", "#8cc4ec", "#0f1f2b", "#6b727b",
                       "#ff9b93", "#2a0d0b", "#3a2120", "#f3c26b", "#3a2f1c", "#8cc4ec", "#1e2d3a"};

// For low vision: black text, strong borders, every pair at least 7:1.
constexpr Colors kHighContrast{"#ffffff", "#ffffff", "#000000", "#1f1f1f", "#00346b", "#ffffff", "#000000",
                               "#8a0000", "#ffffff", "#fff0f0", "#4d2e00", "#fff6e0", "#00346b", "#eef4fb"};

const Colors& colorsFor(Theme::Scheme scheme) {
    switch (scheme) {
    case Theme::Scheme::Dark:
        return kDark;
    case Theme::Scheme::HighContrast:
        return kHighContrast;
    case Theme::Scheme::Light:
        break;
    }
    return kLight;
}

QPalette paletteFor(const Colors& c) {
    QPalette p;
    p.setColor(QPalette::Window, QColor(QLatin1String(c.window)));
    p.setColor(QPalette::WindowText, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::Base, QColor(QLatin1String(c.surface)));
    p.setColor(QPalette::AlternateBase, QColor(QLatin1String(c.window)));
    p.setColor(QPalette::Text, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::Button, QColor(QLatin1String(c.surface)));
    p.setColor(QPalette::ButtonText, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::Highlight, QColor(QLatin1String(c.accent)));
    p.setColor(QPalette::HighlightedText, QColor(QLatin1String(c.accentText)));
    p.setColor(QPalette::ToolTipBase, QColor(QLatin1String(c.surface)));
    p.setColor(QPalette::ToolTipText, QColor(QLatin1String(c.text)));
    p.setColor(QPalette::PlaceholderText, QColor(QLatin1String(c.muted)));
    p.setColor(QPalette::Link, QColor(QLatin1String(c.accent)));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(QLatin1String(c.muted)));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(QLatin1String(c.muted)));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(QLatin1String(c.muted)));
    return p;
}

AppStyle::Colors styleColorsFor(const Colors& c) {
    auto color = [](const char* hex) { return QColor(QLatin1String(hex)); };
    return {color(c.window),     color(c.surface),        color(c.text),   color(c.muted),      color(c.accent),
            color(c.accentText), color(c.border),         color(c.urgent), color(c.urgentText), color(c.urgentSurface),
            color(c.caution),    color(c.cautionSurface), color(c.info),   color(c.infoSurface)};
}

} // namespace

std::vector<Theme::ColorPair> Theme::textColorPairs(Scheme scheme) {
    const Colors& c = colorsFor(scheme);
    auto pair = [](const char* name, const char* fg, const char* bg) {
        return ColorPair{QString::fromLatin1(name), QColor(QLatin1String(fg)), QColor(QLatin1String(bg))};
    };
    return {
        pair("text on window", c.text, c.window),
        pair("text on surface", c.text, c.surface),
        pair("muted on window", c.muted, c.window),
        pair("muted on surface", c.muted, c.surface),
        pair("primary button", c.accentText, c.accent),
        pair("link on window", c.accent, c.window),
        pair("urgent button", c.urgentText, c.urgent),
        pair("urgent heading on surface", c.urgent, c.surface),
        pair("urgent heading on urgent box", c.urgent, c.urgentSurface),
        pair("text on urgent box", c.text, c.urgentSurface),
        pair("caution heading on surface", c.caution, c.surface),
        pair("text on caution box", c.text, c.cautionSurface),
        pair("muted on caution box", c.muted, c.cautionSurface),
        pair("text on info box", c.text, c.infoSurface),
        pair("muted on info box", c.muted, c.infoSurface),
        pair("link on info box", c.info, c.infoSurface),
    };
}

double Theme::contrastRatio(const QColor& a, const QColor& b) {
    // WCAG 2.x relative luminance.
    auto luminance = [](const QColor& color) {
        auto channel = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Theme::Scheme Theme::systemScheme(const QApplication& app) {
    return app.palette().color(QPalette::Window).lightnessF() < 0.5 ? Scheme::Dark : Scheme::Light;
}

void Theme::apply(QApplication& app) {
    apply(app, systemScheme(app));
}

void Theme::apply(QApplication& app, Scheme scheme, double textScale) {
    const Colors& colors = colorsFor(scheme);
    // Fusion underneath draws the same everywhere; the app's own look is drawn in code, not by a style sheet.
    app.setStyle(new AppStyle(styleColorsFor(colors)));
    app.setPalette(paletteFor(colors));
    // A calm, large base size that still follows the system font setting.
    const char* const kSystemFont = "spasmguideSystemFont";
    if (!app.property(kSystemFont).isValid()) {
        app.setProperty(kSystemFont, app.font());
    }
    QFont font = app.property(kSystemFont).value<QFont>();
    font.setPointSizeF(font.pointSizeF() * 1.2 * textScale);
    app.setFont(font);
}

} // namespace spasmguide
