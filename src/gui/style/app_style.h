// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QMargins>
#include <QProxyStyle>

class QPainter;

namespace spasmguide {

// The app's look, drawn in code on top of Fusion: large rounded buttons (primary, urgent, checked), 28 px check
// boxes, cards and callouts with coloured borders, the header bar and label colours by role. Widgets opt in
// through the properties they already carry ("primary", "urgent", "card", "tier", "callout", "role", ...).
// A style sheet did this before; it cost a fifth of the start-up instructions (every widget matched against
// every rule, and re-polished on each reparenting), and a proxy style draws the same for almost nothing.
class AppStyle final : public QProxyStyle {
    Q_OBJECT

public:
    // The theme's colours (see Theme): every text colour here meets WCAG AA on the backgrounds it is drawn on.
    struct Colors {
        QColor window, surface, text, muted, accent, accentText, border;
        QColor urgent, urgentText, urgentSurface, caution, cautionSurface, info, infoSurface;
    };

    explicit AppStyle(const Colors& colors);

    void polish(QWidget* widget) override;
    void unpolish(QWidget* widget) override;
    using QProxyStyle::polish;
    using QProxyStyle::unpolish;

    [[nodiscard]] int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                                  const QWidget* widget = nullptr) const override;
    [[nodiscard]] QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                         const QWidget* widget) const override;
    [[nodiscard]] QRect subElementRect(SubElement element, const QStyleOption* option,
                                       const QWidget* widget) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    [[nodiscard]] QIcon standardIcon(StandardPixmap icon, const QStyleOption* option = nullptr,
                                     const QWidget* widget = nullptr) const override;

    // A frame's background and borders: `widths` per side, drawn in `border`, or in `leftBorder` on the left
    // when that is set (callouts' coloured edge).
    struct FrameLook {
        QColor background;
        QColor border;
        QColor leftBorder;
        QMargins widths;
        int radius = 0;
    };
    static void paintFrame(QPainter* painter, const QRectF& rect, const FrameLook& look);

private:
    // Buttons: a 2 px border around 6 px (18 px across; 28 px for primary buttons) of padding and at least
    // 44 px of content: every button is a 60 px tall click target.
    static constexpr int kButtonBorder = 2;
    static constexpr int kButtonPaddingV = 6;
    static constexpr int kMinTarget = 44;
    static constexpr int kCheckIndicator = 32; // 28 px inside a 2 px border
    static constexpr int kCheckSpacing = 10;
    [[nodiscard]] static int buttonPaddingH(const QWidget* widget);

    [[nodiscard]] bool frameLook(const QWidget* widget, FrameLook* look) const;
    [[nodiscard]] QColor labelColor(const QWidget* widget) const;
    void drawButtonPanel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
    void drawButtonLabel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;
    void drawCheckIndicator(const QStyleOption* option, QPainter* painter) const;
    void drawMenuBarItem(const QStyleOption* option, QPainter* painter, const QWidget* widget) const;

    Colors m_colors;
};

} // namespace spasmguide
