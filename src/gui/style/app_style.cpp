// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/style/app_style.h"

#include <QAbstractSpinBox>
#include <QCheckBox>
#include <QComboBox>
#include <QCommonStyle>
#include <QFontMetrics>
#include <QIconEngine>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPainter>
#include <QPushButton>
#include <QStyleOption>

namespace spasmguide {
namespace {

// Marks the widgets whose palette polish() set, so unpolish() only undoes its own.
constexpr const char* kPolishedPalette = "spasmguidePolishedPalette";

// A standard icon loaded when first drawn. Qt loads standard icons from image files (and looks for image
// plugins the first time): about a millisecond, for the menu bar's overflow button that is rarely shown.
class LazyStandardIcon final : public QIconEngine {
public:
    explicit LazyStandardIcon(QStyle::StandardPixmap which) : m_which(which) {}

    void paint(QPainter* painter, const QRect& rect, QIcon::Mode mode, QIcon::State state) override {
        icon().paint(painter, rect, Qt::AlignCenter, mode, state);
    }
    QPixmap pixmap(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().pixmap(size, mode, state);
    }
    QSize actualSize(const QSize& size, QIcon::Mode mode, QIcon::State state) override {
        return icon().actualSize(size, mode, state);
    }
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override {
        return icon().availableSizes(mode, state);
    }
    [[nodiscard]] QIconEngine* clone() const override { return new LazyStandardIcon(m_which); }

private:
    const QIcon& icon() {
        if (m_icon.isNull()) {
            m_icon = QCommonStyle().standardIcon(m_which); // not the app style: it would answer lazily again
        }
        return m_icon;
    }

    QStyle::StandardPixmap m_which;
    QIcon m_icon;
};

} // namespace

AppStyle::AppStyle(const Colors& colors) : QProxyStyle(QStringLiteral("Fusion")), m_colors(colors) {}

int AppStyle::buttonPaddingH(const QWidget* widget) {
    return widget && widget->property("primary").toBool() ? 28 : 18;
}

void AppStyle::polish(QWidget* widget) {
    QProxyStyle::polish(widget);
    auto setPalette = [widget](QPalette palette) {
        widget->setPalette(palette);
        widget->setProperty(kPolishedPalette, true);
    };
    if (const QColor color = labelColor(widget); color.isValid()) { // labels and notes with a "role"
        QPalette palette = widget->palette();
        palette.setColor(QPalette::WindowText, color);
        setPalette(palette);
    } else if (qobject_cast<QPushButton*>(widget)) {
        // Primary and urgent buttons are bold, and sized for it.
        if ((widget->property("primary").toBool() || widget->property("urgent").toBool()) && !widget->font().bold()) {
            QFont font = widget->font();
            font.setBold(true);
            widget->setFont(font);
        }
    } else if (qobject_cast<QMenuBar*>(widget) || qobject_cast<QMenu*>(widget)) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Window, m_colors.surface);
        palette.setColor(QPalette::Base, m_colors.surface);
        setPalette(palette);
    } else if (qobject_cast<QLineEdit*>(widget) || qobject_cast<QAbstractSpinBox*>(widget) ||
               qobject_cast<QComboBox*>(widget)) {
        widget->setMinimumHeight(std::max(widget->minimumHeight(), kMinTarget)); // fields are click targets too
    }
}

void AppStyle::unpolish(QWidget* widget) {
    if (widget->property(kPolishedPalette).toBool()) {
        widget->setPalette(QPalette());
        widget->setProperty(kPolishedPalette, QVariant());
    }
    QProxyStyle::unpolish(widget);
}

int AppStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const {
    if (qobject_cast<const QCheckBox*>(widget)) {
        switch (metric) {
        case PM_IndicatorWidth:
        case PM_IndicatorHeight:
            return kCheckIndicator;
        case PM_CheckBoxLabelSpacing:
            return kCheckSpacing;
        default:
            break;
        }
    }
    if (metric == PM_ButtonShiftHorizontal || metric == PM_ButtonShiftVertical) {
        return 0;
    }
    return QProxyStyle::pixelMetric(metric, option, widget);
}

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                 const QWidget* widget) const {
    if (type == CT_PushButton) {
        const QSize box(2 * (kButtonBorder + buttonPaddingH(widget)), 2 * (kButtonBorder + kButtonPaddingV));
        const int minWidth = widget && widget->property("bodyArea").toBool() ? 110 : kMinTarget;
        QSize contents = size;
        // A checked button's label is drawn bold (drawButtonLabel): a checkable one is sized for that, so choosing
        // it never clips its words.
        const auto* label = qstyleoption_cast<const QStyleOptionButton*>(option);
        const auto* button = qobject_cast<const QAbstractButton*>(widget);
        if (label && button && button->isCheckable() && !button->font().bold()) {
            QFont bold = button->font();
            bold.setBold(true);
            contents.rwidth() += std::max(0, QFontMetrics(bold).horizontalAdvance(label->text) -
                                                 QFontMetrics(button->font()).horizontalAdvance(label->text));
        }
        return contents.expandedTo(QSize(minWidth, kMinTarget)) + box;
    }
    QSize result = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_CheckBox && qobject_cast<const QCheckBox*>(widget)) {
        result.setHeight(std::max(result.height(), kMinTarget));
    }
    return result;
}

QRect AppStyle::subElementRect(SubElement element, const QStyleOption* option, const QWidget* widget) const {
    if (element == SE_PushButtonContents) {
        const int padH = kButtonBorder + buttonPaddingH(widget);
        const int padV = kButtonBorder + kButtonPaddingV;
        return option->rect.adjusted(padH, padV, -padH, -padV);
    }
    FrameLook look;
    if (element == SE_ShapedFrameContents && frameLook(widget, &look)) {
        return option->rect.marginsRemoved(look.widths);
    }
    return QProxyStyle::subElementRect(element, option, widget);
}

void AppStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const {
    switch (element) {
    case PE_IndicatorCheckBox:
        if (qobject_cast<const QCheckBox*>(widget)) {
            drawCheckIndicator(option, painter);
            return;
        }
        break;
    case PE_FrameDefaultButton:
        return; // default buttons are marked by their colour, not an extra frame
    case PE_PanelMenu:
        painter->fillRect(option->rect, m_colors.surface);
        return;
    case PE_PanelTipLabel:
        paintFrame(painter, option->rect, {m_colors.surface, m_colors.border, {}, {1, 1, 1, 1}, 0});
        return;
    default:
        break;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
}

void AppStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                           const QWidget* widget) const {
    switch (element) {
    case CE_PushButton:
        if (const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option)) {
            drawButtonPanel(option, painter, widget);
            QStyleOptionButton label = *button; // the text goes inside the border and padding
            label.rect = subElementRect(SE_PushButtonContents, button, widget);
            drawButtonLabel(&label, painter, widget);
            if (button->state & State_HasFocus) {
                QStyleOptionFocusRect focus;
                focus.QStyleOption::operator=(*button);
                focus.rect = subElementRect(SE_PushButtonFocusRect, button, widget);
                drawPrimitive(PE_FrameFocusRect, &focus, painter, widget);
            }
            return;
        }
        break;
    case CE_PushButtonBevel:
        drawButtonPanel(option, painter, widget);
        return;
    case CE_PushButtonLabel:
        drawButtonLabel(option, painter, widget);
        return;
    case CE_ShapedFrame:
        if (FrameLook look; frameLook(widget, &look)) {
            paintFrame(painter, option->rect, look);
            return;
        }
        break;
    case CE_MenuBarEmptyArea:
        painter->fillRect(option->rect, m_colors.surface);
        return;
    case CE_MenuBarItem:
        drawMenuBarItem(option, painter, widget);
        return;
    default:
        break;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

QIcon AppStyle::standardIcon(StandardPixmap icon, const QStyleOption* option, const QWidget* widget) const {
    if (icon == SP_ToolBarHorizontalExtensionButton) {
        return QIcon(new LazyStandardIcon(icon));
    }
    return QProxyStyle::standardIcon(icon, option, widget);
}

} // namespace spasmguide
