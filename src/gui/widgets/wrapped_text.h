// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QHash>
#include <QRectF>
#include <QString>
#include <QTextLayout>
#include <memory>
#include <vector>

class QPainter;

namespace spasmguide {

// Plain text that wraps at word boundaries, shaped once. QLabel shapes its text afresh for every size question
// and every paint, and layouts ask many times while a screen is first shown: that was most of the start-up
// time. This measures word widths from one shaping of the text, answers heights arithmetically and paints the
// glyphs it shaped for measuring. Used by WrapLabel, LinkText and widgets that paint their own text (SignRow).
class WrappedText final {
public:
    // Characters [start, start + length) drawn in `color` and underlined: a link.
    struct Span {
        int start = 0;
        int length = 0;
        QColor color;
    };

    WrappedText();
    ~WrappedText();
    WrappedText(const WrappedText&) = delete;
    WrappedText& operator=(const WrappedText&) = delete;

    // Measures again only when the text or the font changed.
    void setText(const QString& text, const QFont& font);
    void invalidate() { m_paragraphs.clear(); }

    [[nodiscard]] int height(int width) const;                          // whole lines, as painted
    [[nodiscard]] qreal naturalWidth() const { return m_naturalWidth; } // the longest paragraph on one line
    [[nodiscard]] const QString& text() const { return m_text; }

    // Paints the text wrapped at `width` with its top-left corner at `topLeft`, in the painter's pen, and returns
    // its height (height() answers the same from then on, should the estimate have been off).
    int draw(QPainter* painter, const QPointF& topLeft, int width, Qt::Alignment alignment,
             const std::vector<Span>& spans = {});
    // The character at `point` (relative to the top-left corner) when wrapped at `width`, or -1.
    [[nodiscard]] int positionAt(const QPointF& point, int width, Qt::Alignment alignment);
    // Where characters [start, start + length) are when wrapped at `width`: a rectangle per line they are on.
    [[nodiscard]] std::vector<QRectF> rangeRects(int start, int length, int width, Qt::Alignment alignment);

private:
    // Word and space widths of one paragraph, and where each word starts and ends in the text.
    struct Paragraph {
        std::vector<qreal> words;
        std::vector<qreal> spaces; // spaces[i] follows words[i]
        std::vector<int> starts;
        std::vector<int> ends;
    };
    // One painted line: characters [from, to) of `source`, shifted right by `dx`, at height `y`.
    struct Line {
        QTextLine source;
        int from = 0;
        int to = 0;
        qreal dx = 0;
        qreal y = 0;
    };

    void measure();
    [[nodiscard]] int lineCount(qreal width) const; // greedy word wrap, as QTextLayout does
    // The lines at `width`: cut from the layout shaped for measuring (no second shaping) with the same greedy
    // breaks as lineCount(), or, when that cannot do (a word wider than the line, right-to-left text, an
    // alignment other than left), from a QTextLayout laid out at that width.
    const std::vector<Line>& lines(int width, Qt::Alignment alignment);

    QString m_text;
    QFont m_font;
    std::vector<Paragraph> m_paragraphs;
    std::unique_ptr<QTextLayout> m_measured; // one line per paragraph
    qreal m_naturalWidth = 0;
    qreal m_widestWord = 0;
    qreal m_lineHeight = 0;
    mutable QHash<int, int> m_heights;
    std::unique_ptr<QTextLayout> m_laidOut; // only when the measured layout cannot be cut into lines
    std::vector<Line> m_lines;
    int m_linesWidth = -1;
    Qt::Alignment m_linesAlignment;
};

} // namespace spasmguide
