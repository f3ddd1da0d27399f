// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/report/report_canvas.h"

#include <QCoreApplication>
#include <QFontDatabase>
#include <QFontMetricsF>
#include <QPainter>

namespace spasmguide {

namespace {
constexpr qreal kFooterHeight = 28;
}

ReportCanvas::ReportCanvas(QPainter& painter, const QRectF& page, QString footer, std::function<bool()> nextPage)
    : m_painter(painter), m_page(page.adjusted(0, 0, 0, -kFooterHeight)),
      m_footer(page.left(), page.bottom() - kFooterHeight + 8, page.width(), kFooterHeight - 8),
      m_footerText(std::move(footer)), m_nextPage(std::move(nextPage)), m_y(page.top()) {
    // DejaVu Sans where installed (the packages depend on it), so PDFs look the same everywhere.
    m_family = QFontDatabase::families().contains(QStringLiteral("DejaVu Sans"))
                   ? QStringLiteral("DejaVu Sans")
                   : QFontDatabase::systemFont(QFontDatabase::GeneralFont).family();
    m_painter.setPen(Qt::black);
    paintFooter();
}

void ReportCanvas::paintFooter() {
    m_painter.save();
    m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), 0.5));
    m_painter.drawLine(m_footer.topLeft() - QPointF(0, 4), m_footer.topRight() - QPointF(0, 4));
    m_painter.setPen(QColor(0x44, 0x44, 0x44)); // 9.7:1 on white
    m_painter.setFont(font(kBodySize * 0.8));
    m_painter.drawText(m_footer, Qt::AlignLeft | Qt::AlignVCenter, m_footerText);
    m_painter.drawText(m_footer, Qt::AlignRight | Qt::AlignVCenter,
                       QCoreApplication::translate("Report", "Page %1").arg(m_pageNumber));
    m_painter.restore();
}

QFont ReportCanvas::font(qreal pixelSize, bool bold) const {
    QFont result(m_family);
    result.setPixelSize(qRound(pixelSize));
    result.setBold(bold);
    return result;
}

qreal ReportCanvas::remaining() const {
    return m_page.bottom() - m_y;
}

bool ReportCanvas::ensure(qreal height) {
    if (!m_open) {
        return false;
    }
    if (m_y + height <= m_page.bottom() || m_y == m_page.top()) {
        return true; // a block taller than a page is painted anyway, clipped by the page
    }
    if (m_pageNumber >= kMaxPages || !m_nextPage()) {
        m_open = false;
        return false;
    }
    ++m_pageNumber;
    m_y = m_page.top();
    paintFooter();
    return true;
}

qreal ReportCanvas::textHeight(const QString& text, const QFont& font, qreal width) const {
    const QFontMetricsF metrics(font);
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

bool ReportCanvas::heading(const QString& text) {
    const QFont f = font(kBodySize * 1.3, true);
    const qreal height = textHeight(text, f, m_page.width());
    // A heading stays with what follows: a table's header and first row, or a few lines.
    if (!ensure(height + 8 + QFontMetricsF(font(kBodySize)).height() * 4)) {
        return false;
    }
    m_y += 8;
    m_painter.setFont(f);
    m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), height), Qt::TextWordWrap, text);
    m_y += height + 4;
    return true;
}

bool ReportCanvas::paragraph(const QString& text, qreal pixelSize, bool bold) {
    const QFont f = font(pixelSize, bold);
    const qreal height = textHeight(text, f, m_page.width());
    if (!ensure(height)) {
        return false;
    }
    m_painter.setFont(f);
    m_painter.drawText(QRectF(m_page.left(), m_y, m_page.width(), height), Qt::TextWordWrap, text);
    m_y += height + 3;
    return true;
}

qreal ReportCanvas::rowHeight(const QStringList& cells, const std::vector<qreal>& widths, bool header) const {
    const QFont f = font(kBodySize, header);
    qreal height = 0;
    for (qsizetype c = 0; c < cells.size() && c < static_cast<qsizetype>(widths.size()); ++c) {
        height = std::max(height, textHeight(cells[c], f, m_page.width() * widths[c] - 6));
    }
    return height + 4;
}

void ReportCanvas::paintRow(const QStringList& cells, const std::vector<qreal>& widths, bool header) {
    const qreal height = rowHeight(cells, widths, header);
    m_painter.setFont(font(kBodySize, header));
    qreal x = m_page.left();
    for (qsizetype c = 0; c < cells.size() && c < static_cast<qsizetype>(widths.size()); ++c) {
        const qreal w = m_page.width() * widths[c];
        m_painter.drawText(QRectF(x, m_y + 2, w - 6, height - 4), Qt::TextWordWrap, cells[c]);
        x += w;
    }
    m_y += height;
    m_painter.setPen(QPen(QColor(0x99, 0x99, 0x99), header ? 1.2 : 0.5));
    m_painter.drawLine(QPointF(m_page.left(), m_y), QPointF(m_page.right(), m_y));
    m_painter.setPen(Qt::black);
}

bool ReportCanvas::table(const std::vector<QStringList>& rows, const std::vector<qreal>& widths) {
    if (rows.empty()) {
        return true;
    }
    const qreal headerHeight = rowHeight(rows.front(), widths, true);
    // The header never ends a page alone, and starts each page the table runs on to.
    if (!ensure(headerHeight + (rows.size() > 1 ? rowHeight(rows[1], widths, false) : 0))) {
        return false;
    }
    paintRow(rows.front(), widths, true);
    for (std::size_t r = 1; r < rows.size(); ++r) {
        const int page = m_pageNumber;
        if (!ensure(rowHeight(rows[r], widths, false))) {
            return false;
        }
        if (page != m_pageNumber) {
            paintRow(rows.front(), widths, true);
        }
        paintRow(rows[r], widths, false);
    }
    m_y += 4;
    return true;
}

QRectF ReportCanvas::reserve(qreal height) {
    if (!ensure(height)) {
        return {};
    }
    const QRectF area(m_page.left(), m_y, m_page.width(), height);
    m_y += height + 4;
    return area;
}

void ReportCanvas::space(qreal height) {
    m_y = std::min(m_y + height, m_page.bottom());
}

} // namespace spasmguide
