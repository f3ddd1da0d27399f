// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/sign_grid.h"

#include "gui/widgets/sign_row.h"

#include <QEvent>
#include <QFontMetrics>
#include <algorithm>

namespace spasmguide {
namespace {

constexpr int kColumnGap = 20;
constexpr int kRowGap = 2;
constexpr int kMaxColumns = 4; // more makes lines too short to read

int columnWidth(int width, int columns) {
    return std::max(1, (width - (columns - 1) * kColumnGap) / columns);
}

} // namespace

SignGrid::SignGrid(int minimumColumnChars, QWidget* parent)
    : QWidget(parent), m_minimumColumnChars(minimumColumnChars) {
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
}

void SignGrid::addSign(SignRow* row) {
    row->setParent(this);
    m_rows.push_back(row);
    updateGeometry();
}

int SignGrid::minimumColumnWidth() const {
    // The check box and its gap, then the text; taken from the rows' own font, which the theme may scale.
    const QFont font = m_rows.empty() ? this->font() : m_rows.front()->font();
    return SignRow::textIndent() + QFontMetrics(font).averageCharWidth() * m_minimumColumnChars;
}

int SignGrid::heightWith(int columns, int width) const {
    const int inner = columnWidth(width, columns);
    int total = 0;
    for (std::size_t first = 0; first < m_rows.size(); first += static_cast<std::size_t>(columns)) {
        int rowHeight = 0;
        for (std::size_t i = first; i < std::min(m_rows.size(), first + static_cast<std::size_t>(columns)); ++i) {
            rowHeight = std::max(rowHeight, m_rows[i]->heightForWidth(inner));
        }
        total += rowHeight + (first > 0 ? kRowGap : 0);
    }
    return total;
}

int SignGrid::columnsFor(int width) const {
    const int fit = std::clamp((width + kColumnGap) / std::max(1, minimumColumnWidth() + kColumnGap), 1, kMaxColumns);
    const int most = std::min(fit, static_cast<int>(std::max<std::size_t>(1, m_rows.size())));
    // The fewest columns among those that make the group shortest: a tie keeps lines long.
    int best = 1;
    int bestHeight = heightWith(1, width);
    for (int columns = 2; columns <= most; ++columns) {
        const int height = heightWith(columns, width);
        if (height < bestHeight) {
            best = columns;
            bestHeight = height;
        }
    }
    return best;
}

int SignGrid::heightForWidth(int width) const {
    return heightWith(columnsFor(width), width);
}

QSize SignGrid::sizeHint() const {
    const int width = std::max(minimumColumnWidth(), 400);
    return {width, heightForWidth(width)};
}

QSize SignGrid::minimumSizeHint() const {
    return {minimumColumnWidth(), 0};
}

void SignGrid::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    place();
}

void SignGrid::changeEvent(QEvent* event) {
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        updateGeometry();
        place();
    }
}

void SignGrid::place() {
    const int columns = columnsFor(width());
    const int inner = columnWidth(width(), columns);
    int y = 0;
    for (std::size_t first = 0; first < m_rows.size(); first += static_cast<std::size_t>(columns)) {
        const std::size_t last = std::min(m_rows.size(), first + static_cast<std::size_t>(columns));
        int rowHeight = 0;
        for (std::size_t i = first; i < last; ++i) {
            rowHeight = std::max(rowHeight, m_rows[i]->heightForWidth(inner));
        }
        for (std::size_t i = first; i < last; ++i) {
            const int column = static_cast<int>(i - first);
            m_rows[i]->setGeometry(column * (inner + kColumnGap), y, inner, m_rows[i]->heightForWidth(inner));
        }
        y += rowHeight + kRowGap;
    }
}

} // namespace spasmguide
