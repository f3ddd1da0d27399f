// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// What AppStyle draws: which frames it styles, button panels and labels, check boxes and the menu bar.
#include "gui/style/app_style.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QPixmapCache>
#include <QPlainTextEdit>
#include <QStyleOption>
#include <algorithm>

namespace spasmguide {
namespace {

enum class ButtonKind { Plain, Primary, Urgent, Checked };

ButtonKind buttonKind(const QStyleOption* option, const QWidget* widget) {
    if (option->state & QStyle::State_On) {
        return ButtonKind::Checked;
    }
    if (widget && widget->property("primary").toBool()) {
        return ButtonKind::Primary;
    }
    if (widget && widget->property("urgent").toBool()) {
        return ButtonKind::Urgent;
    }
    return ButtonKind::Plain;
}

} // namespace

void AppStyle::paintFrame(QPainter* painter, const QRectF& rect, const FrameLook& look) {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, look.radius > 0);
    painter->setPen(Qt::NoPen);
    QPainterPath outer;
    outer.addRoundedRect(rect, look.radius, look.radius);
    const QMargins& w = look.widths;
    if (w.top() > 0 || w.right() > 0 || w.bottom() > 0) {
        // The outer shape in the border colour, the inner one on top: corners stay antialiased (clipping
        // would not be).
        painter->fillPath(outer, look.border);
        const int widest = std::max({w.left(), w.top(), w.right(), w.bottom()});
        const qreal innerRadius = std::max(0, look.radius - widest);
        QPainterPath inner;
        inner.addRoundedRect(rect.adjusted(w.left(), w.top(), -w.right(), -w.bottom()), innerRadius, innerRadius);
        painter->fillPath(inner, look.background);
    } else {
        painter->fillPath(outer, look.background);
    }
    if (w.left() > 0 && look.leftBorder.isValid()) {
        QPainterPath band;
        band.addRect(QRectF(rect.left(), rect.top(), w.left(), rect.height()));
        painter->fillPath(outer.intersected(band), look.leftBorder);
    }
    painter->restore();
}

bool AppStyle::frameLook(const QWidget* widget, FrameLook* look) const {
    if (!widget || qobject_cast<const QLabel*>(widget)) {
        return false; // labels are frames too, and the most common: never styled here
    }
    const auto& c = m_colors;
    if (const QVariant callout = widget->property("callout"); callout.isValid()) {
        const QString kind = callout.toString();
        if (kind == QLatin1String("safety") || kind == QLatin1String("warning")) {
            *look = {c.cautionSurface, {}, c.caution, {6, 0, 0, 0}, 4};
        } else if (kind == QLatin1String("disclaimer")) {
            *look = {c.surface, c.border, c.muted, {6, 1, 1, 1}, 4};
        } else if (kind == QLatin1String("urgent")) {
            *look = {c.urgentSurface, c.urgent, {}, {2, 2, 2, 2}, 10};
        } else { // info, evidence
            *look = {c.infoSurface, {}, c.info, {6, 0, 0, 0}, 4};
        }
        return true;
    }
    if (widget->property("card").toBool()) {
        const QString tier = widget->property("tier").toString();
        if (tier == QLatin1String("emergency")) {
            *look = {c.surface, c.urgent, {}, {2, 2, 2, 2}, 10};
        } else if (tier == QLatin1String("sameDay")) {
            *look = {c.surface, c.caution, {}, {2, 2, 2, 2}, 10};
        } else {
            *look = {c.surface, c.border, {}, {1, 1, 1, 1}, 10};
        }
        return true;
    }
    const QString name = widget->objectName();
    if (name == QLatin1String("headerBar")) {
        *look = {c.surface, c.border, {}, {0, 0, 0, 1}, 0};
        return true;
    }
    if (name == QLatin1String("demoBanner")) {
        *look = {c.infoSurface, c.info, {}, {0, 0, 0, 2}, 0};
        return true;
    }
    if (widget->property("role").toString() == QLatin1String("cautionBanner")) { // NoticeBanner
        *look = {c.cautionSurface, c.caution, {}, {0, 0, 0, 2}, 0};
        return true;
    }
    if (qobject_cast<const QPlainTextEdit*>(widget)) {
        *look = {c.surface, c.border, {}, {1, 1, 1, 1}, 0};
        return true;
    }
    return false;
}

QColor AppStyle::labelColor(const QWidget* widget) const {
    const QString role = widget->property("role").toString();
    if (role == QLatin1String("muted")) {
        return m_colors.muted;
    }
    if (role == QLatin1String("urgentHeading")) {
        return m_colors.urgent;
    }
    if (role == QLatin1String("cautionHeading")) {
        return m_colors.caution;
    }
    const QString step = widget->property("stepState").toString();
    if (step == QLatin1String("current")) {
        return m_colors.accent;
    }
    if (step == QLatin1String("other")) {
        return m_colors.muted;
    }
    return {};
}

void AppStyle::drawButtonPanel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const {
    const auto& c = m_colors;
    const ButtonKind kind = buttonKind(option, widget);
    const bool enabled = option->state & State_Enabled;
    FrameLook look{c.surface, c.border, {}, {}, 8};
    int width = kButtonBorder;
    switch (kind) {
    case ButtonKind::Primary:
    case ButtonKind::Checked:
        look.background = look.border = c.accent;
        break;
    case ButtonKind::Urgent:
        look.background = look.border = c.urgent;
        break;
    case ButtonKind::Plain:
        if (enabled && (option->state & State_MouseOver)) {
            look.border = c.accent;
        }
        break;
    }
    if (option->state & State_HasFocus) {
        width = 3; // focus is a thicker border, in a colour that stands out from the button's own
        look.border = kind == ButtonKind::Primary || kind == ButtonKind::Urgent ? c.text : c.accent;
    }
    if (enabled) {
        look.widths = {width, width, width, width};
        paintFrame(painter, option->rect, look);
        return;
    }
    // A dashed border says "not available yet" without relying on colour.
    if (kind == ButtonKind::Primary) {
        look.background = c.surface;
        look.border = c.muted;
    }
    paintFrame(painter, option->rect, look);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(look.border, width, Qt::DashLine));
    painter->setBrush(Qt::NoBrush);
    const qreal half = width / 2.0;
    painter->drawRoundedRect(QRectF(option->rect).adjusted(half, half, -half, -half), look.radius - half,
                             look.radius - half);
    painter->restore();
}

void AppStyle::drawButtonLabel(const QStyleOption* option, QPainter* painter, const QWidget* widget) const {
    const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
    if (!button || !button->icon.isNull()) {
        QProxyStyle::drawControl(CE_PushButtonLabel, option, painter, widget);
        return;
    }
    const auto& c = m_colors;
    const bool enabled = option->state & State_Enabled;
    const ButtonKind kind = buttonKind(option, widget);
    QColor color = enabled ? c.text : c.muted;
    if (kind == ButtonKind::Primary) {
        color = enabled ? c.accentText : c.muted;
    } else if (kind == ButtonKind::Urgent) {
        color = c.urgentText;
    } else if (kind == ButtonKind::Checked) {
        color = c.accentText;
    }
    painter->save();
    if (kind == ButtonKind::Checked && !painter->font().bold()) {
        QFont font = painter->font();
        font.setBold(true); // the chosen option reads as chosen by its weight too, not by colour alone
        painter->setFont(font);
    }
    int flags = Qt::AlignVCenter | Qt::TextShowMnemonic;
    flags |= widget && widget->property("link").toBool() ? Qt::AlignLeft : Qt::AlignHCenter;
    if (!proxy()->styleHint(SH_UnderlineShortcut, button, widget)) {
        flags |= Qt::TextHideMnemonic;
    }
    painter->setPen(color);
    painter->drawText(button->rect, flags, button->text);
    painter->restore();
}

void AppStyle::drawCheckIndicator(const QStyleOption* option, QPainter* painter) const {
    const auto& c = m_colors;
    const bool checked = option->state & State_On;
    const bool focus = option->state & State_HasFocus;
    // Drawn once per look and reused: the warning-sign check has sixteen boxes, each an antialiased shape.
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QString key = QStringLiteral("spasmguide-check-%1-%2-%3-%4-%5-%6")
                            .arg(checked)
                            .arg(focus)
                            .arg(ratio)
                            .arg(c.accent.rgba())
                            .arg(c.muted.rgba())
                            .arg(c.surface.rgba());
    QPixmap box;
    if (!QPixmapCache::find(key, &box)) {
        box = QPixmap(QSize(kCheckIndicator, kCheckIndicator) * ratio);
        box.setDevicePixelRatio(ratio);
        box.fill(Qt::transparent);
        QPainter boxPainter(&box);
        const int width = focus ? 3 : 2;
        paintFrame(&boxPainter, QRectF(0, 0, kCheckIndicator, kCheckIndicator),
                   {checked ? c.accent : c.surface,
                    checked || focus ? c.accent : c.muted,
                    {},
                    {width, width, width, width},
                    5});
        if (checked) {
            // A tick drawn in a 24 px box centred inside the border.
            boxPainter.setRenderHint(QPainter::Antialiasing);
            boxPainter.translate(4, 4);
            QPainterPath tick;
            tick.moveTo(4, 12.5);
            tick.lineTo(9, 17.5);
            tick.lineTo(20, 6.5);
            boxPainter.setPen(QPen(c.accentText, 3.2, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            boxPainter.drawPath(tick);
        }
        boxPainter.end();
        QPixmapCache::insert(key, box);
    }
    painter->drawPixmap(option->rect.topLeft(), box);
}

void AppStyle::drawMenuBarItem(const QStyleOption* option, QPainter* painter, const QWidget* widget) const {
    const auto* item = qstyleoption_cast<const QStyleOptionMenuItem*>(option);
    if (!item) {
        QProxyStyle::drawControl(CE_MenuBarItem, option, painter, widget);
        return;
    }
    const bool enabled = option->state & State_Enabled;
    const bool selected = enabled && (option->state & State_Selected);
    painter->fillRect(option->rect, selected ? m_colors.accent : m_colors.surface);
    int flags = Qt::AlignCenter | Qt::TextShowMnemonic | Qt::TextDontClip | Qt::TextSingleLine;
    if (!proxy()->styleHint(SH_UnderlineShortcut, item, widget)) {
        flags |= Qt::TextHideMnemonic;
    }
    painter->save();
    painter->setPen(!enabled ? m_colors.muted : selected ? m_colors.accentText : m_colors.text);
    painter->drawText(item->rect, flags, item->text);
    painter->restore();
}

} // namespace spasmguide
