// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/charts/chart_widget.h"
#include "gui_test_support.h"

#include <QAccessible>
#include <QImage>
#include <QPainter>

using namespace spasmguide;

namespace {

// 2026-11-23 08:00 UTC and some hours after it.
constexpr std::int64_t kMorning = 1795420800000;
constexpr std::int64_t kHour = 3600 * 1000;

int inkedPixels(const QImage& image, const QColor& background) {
    int inked = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            inked += image.pixelColor(x, y) != background ? 1 : 0;
        }
    }
    return inked;
}

} // namespace

class TestCharts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void painOverTimeIsDescribedInWords() {
        const std::vector<PainPoint> points{{kMorning, 8}, {kMorning + 2 * kHour, 9}, {kMorning + 6 * kHour, 5}};
        const QString text = describePainOverTime(points);
        QVERIFY(text.contains(QStringLiteral("3 check-in(s)")) || text.contains(QStringLiteral("3 check-ins")));
        QVERIFY(text.contains(QStringLiteral("First 8")));
        QVERIFY(text.contains(QStringLiteral("peak 9")));
        QVERIFY(text.contains(QStringLiteral("latest 5 out of 10")));
        QCOMPARE(describePainOverTime({}), QStringLiteral("Pain over time: no check-ins yet."));
    }

    void countsAreDescribedInWords() {
        QCOMPARE(describeCounts({{QStringLiteral("Lifting"), 3}, {QStringLiteral("Stress"), 1}}),
                 QStringLiteral("Lifting: 3; Stress: 1."));
        QCOMPARE(describeCounts({}), QStringLiteral("Nothing recorded yet."));
    }

    void theWidgetExposesItsSummaryToScreenReaders() {
        ChartWidget chart(QStringLiteral("Pain over time"));
        chart.setPainSeries({{kMorning, 4}});
        QAccessibleInterface* a = QAccessible::queryAccessibleInterface(&chart);
        QCOMPARE(a->text(QAccessible::Name), QStringLiteral("Pain over time"));
        QVERIFY(a->text(QAccessible::Description).contains(QStringLiteral("latest 4 out of 10")));
        QVERIFY(chart.focusPolicy() & Qt::TabFocus);
    }

    void theSamePainterDrawsIntoAnyPaintDevice() {
        // The report draws into a PDF through the same function; an image stands in for it here.
        QImage image(600, 300, QImage::Format_RGB32);
        const QColor background(Qt::white);
        image.fill(background);
        QPainter painter(&image);
        const ChartStyle style{Qt::black, Qt::lightGray, QColor(0x1f, 0x5f, 0x8b), background, QFont()};
        paintPainOverTime(painter, QRectF(0, 0, 600, 300), {{kMorning, 2}, {kMorning + kHour, 7}}, style);
        painter.end();
        QVERIFY(inkedPixels(image, background) > 500);

        QImage bars(600, 200, QImage::Format_RGB32);
        bars.fill(background);
        QPainter barPainter(&bars);
        paintCounts(barPainter, QRectF(0, 0, 600, 200), {{QStringLiteral("Lifting"), 3}}, style);
        barPainter.end();
        QVERIFY(inkedPixels(bars, background) > 500);
    }

    void emptyChartsPaintWithoutData() {
        ChartWidget pain(QStringLiteral("Pain over time"));
        pain.resize(400, 200);
        QVERIFY(!pain.grab().isNull());
        ChartWidget counts(QStringLiteral("Triggers"));
        counts.setCounts({});
        counts.resize(400, 200);
        QVERIFY(!counts.grab().isNull());
    }
};

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
