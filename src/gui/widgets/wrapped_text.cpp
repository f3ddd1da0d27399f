// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/wrapped_text.h"

#include <QFontMetricsF>
#include <QGlyphRun>
#include <QPainter>
#include <QTextBoundaryFinder>
#include <algorithm>
#include <cmath>

namespace spasmguide {
namespace {

QString layoutText(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return out;
}

} // namespace

WrappedText::WrappedText() = default;
WrappedText::~WrappedText() = default;

void WrappedText::setText(const QString& text, const QFont& font) {
    if (!m_paragraphs.empty() && text == m_text && font == m_font) {
        return;
    }
    m_text = text;
    m_font = font;
    measure();
}

void WrappedText::measure() {
    m_paragraphs.clear();
    m_heights.clear();
    m_laidOut.reset();
    m_lines.clear();
    m_linesWidth = -1;
    const QString laid = layoutText(m_text);
    m_measured = std::make_unique<QTextLayout>(laid, m_font);
    QTextLayout& natural = *m_measured;
    natural.setCacheEnabled(true); // keeps the shaped glyphs for painting, instead of shaping again
    natural.beginLayout();
    m_naturalWidth = 0;
    m_widestWord = 0;
    // Where a line may break, as QTextLayout breaks: after spaces, after hyphens, ...
    QTextBoundaryFinder breaks(QTextBoundaryFinder::Line, laid);
    for (QTextLine line = natural.createLine(); line.isValid(); line = natural.createLine()) {
        line.setLineWidth(1e9); // one line per paragraph
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        Paragraph paragraph;
        const int begin = line.textStart();
        const int end = begin + line.textLength();
        // Segments between break opportunities: a word and the spaces after it.
        breaks.setPosition(begin);
        int start = begin;
        qreal startX = line.cursorToX(start); // each position is measured once: cursorToX walks the line
        for (qsizetype next = breaks.toNextBoundary(); start < end; next = breaks.toNextBoundary()) {
            const int stop = next < 0 ? end : static_cast<int>(std::min<qsizetype>(next, end));
            int wordEnd = stop;
            while (wordEnd > start &&
                   (laid.at(wordEnd - 1) == QLatin1Char(' ') || laid.at(wordEnd - 1) == QChar::LineSeparator)) {
                --wordEnd;
            }
            const qreal wordEndX = wordEnd == start ? startX : line.cursorToX(wordEnd);
            const qreal stopX = stop == wordEnd ? wordEndX : line.cursorToX(stop);
            if (wordEnd > start) {
                paragraph.words.push_back(wordEndX - startX);
                paragraph.spaces.push_back(stopX - wordEndX);
                paragraph.starts.push_back(start);
                paragraph.ends.push_back(wordEnd);
                m_widestWord = std::max(m_widestWord, paragraph.words.back());
            } else if (!paragraph.spaces.empty()) {
                paragraph.spaces.back() += stopX - wordEndX;
            }
            start = stop;
            startX = stopX;
        }
        m_paragraphs.push_back(std::move(paragraph));
    }
    natural.endLayout();
    if (m_paragraphs.empty()) {
        m_paragraphs.emplace_back();
    }
    const QFontMetricsF metrics(m_font);
    m_lineHeight = metrics.height() + std::max<qreal>(metrics.leading(), 0);
}

int WrappedText::lineCount(qreal width) const {
    if (m_widestWord > width) {
        // A word wider than the line is broken anywhere, as only a real layout knows: rare (very narrow
        // windows at large text sizes), so laid out here rather than estimated.
        QTextLayout layout(layoutText(m_text), m_font);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        int lines = 0;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
        return lines;
    }
    int lines = 0;
    for (const auto& paragraph : m_paragraphs) {
        int paragraphLines = 1;
        qreal x = 0;
        for (std::size_t i = 0; i < paragraph.words.size(); ++i) {
            if (x > 0 && x + paragraph.words[i] > width) {
                ++paragraphLines;
                x = 0;
            }
            x += paragraph.words[i] + paragraph.spaces[i];
        }
        lines += paragraphLines;
    }
    return lines;
}

int WrappedText::height(int width) const {
    if (const auto it = m_heights.constFind(width); it != m_heights.cend()) {
        return *it;
    }
    const int height = static_cast<int>(std::ceil(lineCount(std::max(1, width)) * m_lineHeight));
    m_heights.insert(width, height);
    return height;
}

const std::vector<WrappedText::Line>& WrappedText::lines(int width, Qt::Alignment alignment) {
    alignment &= Qt::AlignHorizontal_Mask;
    if (m_linesWidth == width && m_linesAlignment == alignment && !m_lines.empty()) {
        return m_lines;
    }
    m_lines.clear();
    m_linesWidth = width;
    m_linesAlignment = alignment;
    const bool measuredWillDo = m_measured && m_widestWord <= width && !m_text.isRightToLeft() &&
                                !(alignment & (Qt::AlignRight | Qt::AlignHCenter | Qt::AlignJustify));
    qreal y = 0;
    if (measuredWillDo) {
        for (std::size_t p = 0; p < m_paragraphs.size(); ++p) {
            const Paragraph& paragraph = m_paragraphs[p];
            const QTextLine source = m_measured->lineAt(static_cast<int>(p));
            std::size_t first = 0;
            auto addLine = [&](std::size_t end) {
                Line line{source, 0, 0, 0, y};
                if (end > first) {
                    line.from = paragraph.starts[first];
                    line.to = paragraph.ends[end - 1];
                    line.dx = -source.cursorToX(line.from);
                }
                m_lines.push_back(line);
                y += m_lineHeight;
            };
            qreal x = 0;
            for (std::size_t i = 0; i < paragraph.words.size(); ++i) {
                if (x > 0 && x + paragraph.words[i] > width) {
                    addLine(i);
                    first = i;
                    x = 0;
                }
                x += paragraph.words[i] + paragraph.spaces[i];
            }
            addLine(paragraph.words.size());
        }
        return m_lines;
    }
    m_laidOut = std::make_unique<QTextLayout>(layoutText(m_text), m_font);
    QTextOption option(alignment);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_laidOut->setTextOption(option);
    m_laidOut->beginLayout();
    for (QTextLine line = m_laidOut->createLine(); line.isValid(); line = m_laidOut->createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, 0)); // lines are placed when painted, all with the same height
        m_lines.push_back({line, line.textStart(), line.textStart() + line.textLength(), 0, y});
        y += m_lineHeight;
    }
    m_laidOut->endLayout();
    // The estimate and the real layout should agree; if not, the real one wins.
    m_heights.insert(width, static_cast<int>(std::ceil(y)));
    return m_lines;
}

int WrappedText::draw(QPainter* painter, const QPointF& topLeft, int width, Qt::Alignment alignment,
                      const std::vector<Span>& spans) {
    const QPen pen = painter->pen();
    const QFontMetricsF metrics(m_font);
    for (const Line& line : lines(width, alignment)) {
        // Runs of the line between span edges, each in its own colour.
        int from = line.from;
        while (from < line.to) {
            int to = line.to;
            const Span* in = nullptr;
            for (const Span& span : spans) {
                const int end = span.start + span.length;
                if (from >= span.start && from < end) {
                    in = &span;
                    to = std::min(to, end);
                } else if (span.start > from) {
                    to = std::min(to, span.start);
                }
            }
            const QPointF shift(topLeft.x() + line.dx, topLeft.y() + line.y);
            painter->setPen(in ? QPen(in->color) : pen);
            for (const QGlyphRun& run : line.source.glyphRuns(from, to - from)) {
                painter->drawGlyphRun(shift - QPointF(0, line.source.y()), run);
            }
            if (in) {
                const qreal x0 = line.source.cursorToX(from);
                const qreal x1 = line.source.cursorToX(to);
                const qreal baseline = shift.y() + line.source.ascent();
                painter->fillRect(QRectF(shift.x() + x0, baseline + metrics.underlinePos(), x1 - x0,
                                         std::max<qreal>(1, metrics.lineWidth())),
                                  in->color);
            }
            from = to;
        }
    }
    painter->setPen(pen);
    return height(width);
}

int WrappedText::positionAt(const QPointF& point, int width, Qt::Alignment alignment) {
    for (const Line& line : lines(width, alignment)) {
        if (point.y() >= line.y && point.y() < line.y + m_lineHeight && line.to > line.from) {
            const int position = line.source.xToCursor(point.x() - line.dx, QTextLine::CursorOnCharacter);
            return position >= line.from && position < line.to ? position : -1;
        }
    }
    return -1;
}

std::vector<QRectF> WrappedText::rangeRects(int start, int length, int width, Qt::Alignment alignment) {
    std::vector<QRectF> rects;
    for (const Line& line : lines(width, alignment)) {
        const int from = std::max(start, line.from);
        const int to = std::min(start + length, line.to);
        if (from < to) {
            const qreal x0 = line.source.cursorToX(from) + line.dx;
            rects.emplace_back(x0, line.y, line.source.cursorToX(to) + line.dx - x0, m_lineHeight);
        }
    }
    return rects;
}

} // namespace spasmguide
