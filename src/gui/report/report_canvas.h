// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

class QPainter;

namespace spasmguide {

// Lays text out top to bottom on pages of a fixed size, in units of 1/96 inch, starting a new page when a block
// does not fit. The same canvas paints a PDF, a printer's pages and a PNG of the first page, so all three match.
class ReportCanvas final {
public:
    // `nextPage` starts the next page and returns true, or returns false when there is no room for more pages
    // (the PNG has one; the PDF stops at kMaxPages): what does not fit is left out. `footer` ends every page,
    // followed by the page number.
    ReportCanvas(QPainter& painter, const QRectF& page, QString footer, std::function<bool()> nextPage);

    static constexpr int kMaxPages = 2;

    [[nodiscard]] QFont font(qreal pixelSize, bool bold = false) const;
    [[nodiscard]] qreal width() const { return m_page.width(); }
    [[nodiscard]] bool isOpen() const { return m_open; }
    [[nodiscard]] int page() const { return m_pageNumber; }

    // Each returns false when the block was left out for want of a page.
    bool heading(const QString& text);
    bool paragraph(const QString& text, qreal pixelSize = kBodySize, bool bold = false);
    // Rows of cells; the first row is the header (bold). Widths are fractions of the line.
    bool table(const std::vector<QStringList>& rows, const std::vector<qreal>& widths);
    // Reserves `height` for the caller to paint in (e.g. a chart); nullopt-like empty rect when left out.
    [[nodiscard]] QRectF reserve(qreal height);
    void space(qreal height);
    [[nodiscard]] QPainter& painter() { return m_painter; }
    // Where the page's text must end, so the footer stays clear.
    [[nodiscard]] qreal remaining() const;

    static constexpr qreal kBodySize = 12;

private:
    bool ensure(qreal height);
    void paintFooter();
    [[nodiscard]] qreal rowHeight(const QStringList& cells, const std::vector<qreal>& widths, bool header) const;
    void paintRow(const QStringList& cells, const std::vector<qreal>& widths, bool header);
    [[nodiscard]] qreal textHeight(const QString& text, const QFont& font, qreal width) const;

    QPainter& m_painter;
    QRectF m_page;   // where text goes
    QRectF m_footer; // below it
    QString m_footerText;
    std::function<bool()> m_nextPage;
    qreal m_y = 0;
    int m_pageNumber = 1;
    bool m_open = true;
    QString m_family;
};

} // namespace spasmguide
