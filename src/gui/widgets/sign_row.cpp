// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/sign_row.h"

#include "gui/widgets/text.h"

#include <QEvent>
#include <QFontMetrics>
#include <QStyleOptionButton>
#include <QStylePainter>
#include <algorithm>

namespace spasmguide {
namespace {

constexpr int kMinRow = 44;     // the check box's row: a 44 px click target
constexpr int kTextIndent = 52; // the check box and the gap after it

} // namespace

SignRow::SignRow(const RedFlag& sign, QWidget* parent)
    : QCheckBox(parent), m_id(qstr(sign.id)), m_signText(qstr(sign.text)), m_detail(qstr(sign.detail)) {
    setObjectName(QStringLiteral("sign-") + m_id);
    // The text is painted here, not set as the button's text: an '&' in it would become a keyboard shortcut.
    setAccessibleName(m_signText);
    if (!m_detail.isEmpty()) {
        setAccessibleDescription(m_detail);
    }
    setSizePolicy(QSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred, QSizePolicy::CheckBox));
    setCursor(Qt::PointingHandCursor);
}

int SignRow::textIndent() {
    return kTextIndent;
}

void SignRow::measure() const {
    if (m_measured) {
        return;
    }
    m_text.setText(m_signText, font());
    if (!m_detail.isEmpty()) {
        // The detail is set apart by its indent and muted colour, not a smaller size: it is read in pain.
        m_detailText.setText(m_detail, font());
    }
    m_measured = true;
}

int SignRow::textWidth(int width) const {
    return std::max(1, width - kTextIndent);
}

SignRow::Geometry SignRow::geometryFor(int width) const {
    measure();
    Geometry geometry;
    const int textHeight = m_text.height(textWidth(width));
    geometry.firstRow = std::max(kMinRow, textHeight);
    geometry.textTop = (geometry.firstRow - textHeight) / 2;
    if (m_detail.isEmpty()) {
        geometry.total = geometry.firstRow;
        return geometry;
    }
    // The detail follows the sign's text at once, not the check box's row: the check stays on one screen.
    geometry.detailTop = geometry.textTop + textHeight;
    geometry.total = std::max(geometry.firstRow, geometry.detailTop + m_detailText.height(textWidth(width)));
    return geometry;
}

int SignRow::heightForWidth(int width) const {
    return geometryFor(width).total;
}

QSize SignRow::sizeHint() const {
    measure();
    // Prefer each text on one line, up to a comfortable reading width; layouts give less and ask for the height.
    const qreal natural = std::max(m_text.naturalWidth(), m_detail.isEmpty() ? 0.0 : m_detailText.naturalWidth());
    const int maxWidth = QFontMetrics(font()).averageCharWidth() * 80;
    const int width = kTextIndent + std::min(static_cast<int>(std::ceil(natural)) + 1, maxWidth);
    return {width, heightForWidth(width)};
}

QSize SignRow::minimumSizeHint() const {
    return {kTextIndent + QFontMetrics(font()).averageCharWidth() * 8, kMinRow};
}

void SignRow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange) {
        m_measured = false;
        updateGeometry();
    }
    QCheckBox::changeEvent(event);
}

bool SignRow::hitButton(const QPoint& position) const {
    return rect().contains(position); // the text toggles the sign too
}

void SignRow::paintEvent(QPaintEvent*) {
    const Geometry geometry = geometryFor(width());
    QStylePainter painter(this);
    QStyleOptionButton option;
    initStyleOption(&option);
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorHeight, &option, this);
    option.rect =
        QRect(0, (kMinRow - indicator) / 2, style()->pixelMetric(QStyle::PM_IndicatorWidth, &option, this), indicator);
    painter.drawPrimitive(QStyle::PE_IndicatorCheckBox, option);
    if (option.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(option);
        focus.rect = option.rect.adjusted(1, 1, -1, -1);
        painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
    }

    const int width = textWidth(this->width());
    painter.setPen(palette().color(QPalette::WindowText));
    m_text.draw(&painter, QPointF(kTextIndent, geometry.textTop), width, Qt::AlignLeft);
    if (!m_detail.isEmpty()) {
        painter.setPen(palette().color(QPalette::PlaceholderText)); // the theme's muted text colour
        m_detailText.draw(&painter, QPointF(kTextIndent, geometry.detailTop), width, Qt::AlignLeft);
    }
    if (geometryFor(this->width()).total != geometry.total) {
        updateGeometry(); // the real layout disagreed with the estimate, and wins
    }
}

} // namespace spasmguide
