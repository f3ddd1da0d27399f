// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// WrappedText answers heights arithmetically from one shaping and paints its own line breaks: these check
// that its lines are the ones QTextLayout would make, for the texts of the first screen.
#include "gui/widgets/text.h"
#include "gui/widgets/wrapped_text.h"
#include "gui_test_support.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QTextLayout>
#include <cmath>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// How many lines QTextLayout makes of `text` at `width`, wrapping as WrappedText does.
int qtLineCount(const QString& text, const QFont& font, int width) {
    QTextLayout layout(text, font);
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

int heightOf(int lines, const QFont& font) {
    const QFontMetricsF metrics(font);
    return static_cast<int>(std::ceil(lines * (metrics.height() + std::max<qreal>(metrics.leading(), 0))));
}

QStringList triageTexts() {
    const LoadedContent content = builtInContent();
    const RedFlags& flags = content.bundle->redFlags;
    QStringList texts{qstr(flags.title), qstr(flags.intro), qstr(flags.note)};
    for (const auto& group : flags.groups) {
        texts << qstr(group.heading);
        for (const auto& sign : group.signs) {
            texts << qstr(sign.text) << qstr(sign.detail) << qstr(sign.escalation);
        }
    }
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestWrappedText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void heightsAreTheLinesQTextLayoutMakes() {
        Theme::apply(*qApp, Theme::Scheme::Light);
        for (const double scale : {0.9, 1.0, 2.0}) { // notes, body text, the 200% text size
            QFont font = QApplication::font();
            font.setPointSizeF(font.pointSizeF() * scale);
            for (const QString& text : triageTexts()) {
                WrappedText wrapped;
                wrapped.setText(text, font);
                for (const int width : {90, 160, 240, 400, 700}) {
                    QCOMPARE(wrapped.height(width), heightOf(qtLineCount(text, font, width), font));
                }
            }
        }
    }

    void paintingKeepsTheMeasuredHeight() {
        const QFont font = QApplication::font();
        QImage image(400, 400, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        for (const QString& text : triageTexts()) {
            WrappedText wrapped;
            wrapped.setText(text, font);
            const int measured = wrapped.height(200);
            QCOMPARE(wrapped.draw(&painter, QPointF(0, 0), 200, Qt::AlignLeft), measured);
        }
    }

    void positionsAndRangesFollowTheLines() {
        const QFont font = QApplication::font();
        const QString text = QStringLiteral("Why we ask: a sign tells you to get checked (source)");
        WrappedText wrapped;
        wrapped.setText(text, font);
        const int width = static_cast<int>(wrapped.naturalWidth() / 2); // two lines or more
        const int lineHeight = heightOf(1, font);
        QCOMPARE(wrapped.positionAt(QPointF(1, 1), width, Qt::AlignLeft), 0);
        const int link = static_cast<int>(text.indexOf(QStringLiteral("(source)")));
        const auto rects = wrapped.rangeRects(link, 8, width, Qt::AlignLeft);
        QCOMPARE(rects.size(), std::size_t{1});
        QVERIFY(rects.front().top() >= lineHeight - 1); // the link is on a later line
        QCOMPARE(wrapped.positionAt(rects.front().center(), width, Qt::AlignLeft) >= link, true);
        QCOMPARE(wrapped.positionAt(QPointF(1, wrapped.height(width) + 5), width, Qt::AlignLeft), -1);
    }
};

QTEST_MAIN(TestWrappedText)
#include "test_wrapped_text.moc"
