// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/text.h"

#include <QApplication>
#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QPainter>
#include <QTextLayout>
#include <algorithm>
#include <cmath>

namespace spasmguide {

void scaleFont(QWidget* widget, double scale, bool bold) {
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(bold);
    widget->setFont(font);
    // Remembered, so rescaleFonts() can follow a new text size without rebuilding the screen.
    widget->setProperty("fontScale", scale);
}

void rescaleFonts(QWidget* root) {
    const auto apply = [](QWidget* widget) {
        const QVariant scale = widget->property("fontScale");
        if (scale.isValid()) {
            QFont font = QApplication::font(widget);
            font.setPointSizeF(font.pointSizeF() * scale.toDouble());
            font.setBold(widget->font().bold());
            widget->setFont(font);
        }
    };
    apply(root);
    for (auto* child : root->findChildren<QWidget*>()) {
        apply(child);
    }
}

WrapLabel::~WrapLabel() = default;

namespace {
QString layoutText(const QString& text) {
    QString out = text;
    out.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return out;
}
} // namespace

void WrapLabel::measure() const {
    if (!m_paragraphs.empty() && m_measuredText == text()) {
        return;
    }
    m_measuredText = text();
    m_paragraphs.clear();
    m_heights.clear();
    m_painted.reset();
    const QString laid = layoutText(m_measuredText);
    QTextLayout natural(laid, font());
    natural.beginLayout();
    m_naturalWidth = 0;
    for (QTextLine line = natural.createLine(); line.isValid(); line = natural.createLine()) {
        line.setLineWidth(1e9); // one line per paragraph
        m_naturalWidth = std::max(m_naturalWidth, line.naturalTextWidth());
        Paragraph paragraph;
        const int begin = line.textStart();
        const int end = begin + line.textLength();
        int wordStart = begin;
        for (int i = begin; i <= end; ++i) {
            const bool boundary = i == end || laid.at(i) == QLatin1Char(' ') || laid.at(i) == QChar::LineSeparator;
            if (!boundary) {
                continue;
            }
            if (i > wordStart) {
                paragraph.words.push_back(line.cursorToX(i) - line.cursorToX(wordStart));
                const bool space = i < end && laid.at(i) == QLatin1Char(' ');
                paragraph.spaces.push_back(space ? line.cursorToX(i + 1) - line.cursorToX(i) : 0);
            } else if (!paragraph.spaces.empty() && i < end && laid.at(i) == QLatin1Char(' ')) {
                paragraph.spaces.back() += line.cursorToX(i + 1) - line.cursorToX(i);
            }
            wordStart = i + 1;
        }
        m_paragraphs.push_back(std::move(paragraph));
    }
    natural.endLayout();
    if (m_paragraphs.empty()) {
        m_paragraphs.emplace_back();
    }
    const QFontMetricsF metrics(font());
    m_lineHeight = metrics.height() + std::max<qreal>(metrics.leading(), 0);
}

int WrapLabel::lineCount(qreal width) const {
    int lines = 0;
    for (const auto& paragraph : m_paragraphs) {
        int paragraphLines = 1;
        qreal x = 0;
        for (std::size_t i = 0; i < paragraph.words.size(); ++i) {
            const qreal word = paragraph.words[i];
            if (x > 0 && x + word > width) {
                ++paragraphLines;
                x = 0;
            }
            if (word > width) { // a word wider than the line is broken anywhere
                paragraphLines += static_cast<int>(std::ceil(word / width)) - 1;
            }
            x += word + paragraph.spaces[i];
        }
        lines += paragraphLines;
    }
    return lines;
}

QSize WrapLabel::margins() const {
    const QMargins m = contentsMargins();
    return {m.left() + m.right() + 2 * margin(), m.top() + m.bottom() + 2 * margin()};
}

int WrapLabel::heightForWidth(int width) const {
    measure();
    if (const auto it = m_heights.constFind(width); it != m_heights.cend()) {
        return *it;
    }
    const qreal textWidth = std::max(1, width - margins().width());
    const int height = static_cast<int>(std::ceil(lineCount(textWidth) * m_lineHeight)) + margins().height();
    m_heights.insert(width, height);
    return height;
}

QSize WrapLabel::sizeHint() const {
    measure();
    // Prefer one line, up to a comfortable reading width; layouts give less and ask for the height.
    const int maxWidth = QFontMetrics(font()).averageCharWidth() * 80;
    const int width = std::min(static_cast<int>(std::ceil(m_naturalWidth)) + 1, maxWidth) + margins().width();
    return {width, heightForWidth(width)};
}

QSize WrapLabel::minimumSizeHint() const {
    const QFontMetrics metrics(font());
    const int width = std::min(sizeHint().width(), metrics.averageCharWidth() * 8 + margins().width());
    return {width, metrics.height() + margins().height()};
}

void WrapLabel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange) {
        m_paragraphs.clear(); // measure again
    }
    QLabel::changeEvent(event);
}

void WrapLabel::paintEvent(QPaintEvent*) {
    measure();
    const QRect area = contentsRect().adjusted(margin(), margin(), -margin(), -margin());
    if (!m_painted || m_paintedWidth != area.width()) {
        m_painted = std::make_unique<QTextLayout>(layoutText(m_measuredText), font());
        QTextOption option(alignment());
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_painted->setTextOption(option);
        m_painted->beginLayout();
        qreal y = 0;
        for (QTextLine line = m_painted->createLine(); line.isValid(); line = m_painted->createLine()) {
            line.setLineWidth(area.width());
            line.setPosition(QPointF(0, y));
            y += m_lineHeight;
        }
        m_painted->endLayout();
        m_paintedWidth = area.width();
        m_paintedHeight = y;
        // The estimate and the real layout should agree; if not, the real one wins.
        const int real = static_cast<int>(std::ceil(y)) + margins().height();
        if (real != m_heights.value(width(), real)) {
            m_heights.insert(width(), real);
            updateGeometry();
        }
    }
    QPainter painter(this);
    painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
    // QLabel centres vertically by default; keep its alignment rules.
    qreal top = area.top();
    if (alignment() & Qt::AlignVCenter) {
        top += std::max<qreal>(0, (area.height() - m_paintedHeight) / 2);
    } else if (alignment() & Qt::AlignBottom) {
        top += std::max<qreal>(0, area.height() - m_paintedHeight);
    }
    m_painted->draw(&painter, QPointF(area.left(), top));
}

QLabel* makeTextLabel(const QString& text, QWidget* parent) {
    auto* label = new WrapLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(
        Qt::NoTextInteraction); // selectable labels each build a text document: slow start-up
    return label;
}

QLabel* makeHeading(const QString& text, double scale, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    scaleFont(label, scale, true);
    label->setProperty("role", QStringLiteral("heading"));
    return label;
}

QLabel* makeNote(const QString& text, QWidget* parent) {
    auto* label = makeTextLabel(text, parent);
    scaleFont(label, 0.9);
    label->setProperty("role", QStringLiteral("muted"));
    return label;
}

} // namespace spasmguide
