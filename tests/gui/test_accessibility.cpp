// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/store/sample_log.h"
#include "gui/widgets/link_label.h"
#include "gui_test_support.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyleOptionButton>
#include <QTemporaryDir>

using namespace spasmguide;
using namespace spasmguide::test;

namespace {

// Widgets a person operates: buttons, check boxes, text areas, and notes or labels with links.
bool isInteractive(QWidget* w) {
    // The text field inside a combo or spin box is part of it; the box itself carries the name.
    if (qobject_cast<QLineEdit*>(w) &&
        (qobject_cast<QComboBox*>(w->parentWidget()) || qobject_cast<QAbstractSpinBox*>(w->parentWidget()))) {
        return false;
    }
    if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QLineEdit*>(w) ||
        qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w) || qobject_cast<QAbstractItemView*>(w)) {
        return true;
    }
    if (auto* note = qobject_cast<LinkLabel*>(w)) {
        return note->linkCount() > 0;
    }
    auto* label = qobject_cast<QLabel*>(w);
    return label && label->openExternalLinks();
}

QString describe(QWidget* w) {
    return QStringLiteral("%1 '%2'").arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
}

QList<QWidget*> visibleInteractiveWidgets(MainWindow& window) {
    QList<QWidget*> out;
    for (auto* w : window.findChildren<QWidget*>()) {
        if (w->isVisible() && isInteractive(w)) {
            out << w;
        }
    }
    return out;
}

} // namespace

class TestAccessibility : public QObject {
    Q_OBJECT

private:
    // Every screen, the episode log's included, with sample data so lists and charts are filled.
    spasmguide::test::SampleLogWindows m_windows;

    std::unique_ptr<MainWindow> openWindow() { return m_windows.open(); }

private Q_SLOTS:
    void everyInteractiveWidgetHasAnAccessibleNameOnEveryScreen() {
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
            for (auto* w : visibleInteractiveWidgets(*window)) {
                QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w);
                QVERIFY2(a, qPrintable(describe(w)));
                QVERIFY2(!a->text(QAccessible::Name).trimmed().isEmpty(),
                         qPrintable(id + QStringLiteral(": no accessible name on ") + describe(w)));
            }
        }
    }

    // Symbols on buttons and labels (arrows, the warning sign, the timer's clock) are in the app's own font: a
    // missing one shows as an empty box, and finding another font for it would cost start-up time.
    void everySymbolShownIsInTheAppsFont() {
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
            for (auto* w : window->findChildren<QWidget*>()) {
                QString text;
                if (auto* button = qobject_cast<QAbstractButton*>(w)) {
                    text = button->text();
                } else if (auto* label = qobject_cast<QLabel*>(w); label && label->textFormat() != Qt::RichText) {
                    text = label->text();
                }
                if (!w->isVisible() || text.isEmpty()) {
                    continue;
                }
                const QFontMetrics metrics(w->font());
                for (const char32_t c : text.toUcs4()) {
                    if (c >= 0x2000) { // punctuation and symbols; letters are the font's to begin with
                        QVERIFY2(metrics.inFontUcs4(c),
                                 qPrintable(QStringLiteral("%1: U+%2 in '%3' (%4) has no glyph")
                                                .arg(id)
                                                .arg(static_cast<uint>(c), 4, 16, QLatin1Char('0'))
                                                .arg(text, describe(w))));
                    }
                }
            }
        }
    }

    // A chosen option's words are drawn bold; every checkable button has room for them, chosen or not.
    void aChosenButtonsBoldWordsFitInIt() {
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
            for (auto* button : window->findChildren<QPushButton*>()) {
                if (!button->isVisible() || !button->isCheckable() || button->text().isEmpty()) {
                    continue;
                }
                QStyleOptionButton option;
                option.initFrom(button);
                option.rect = button->rect();
                const int room =
                    button->style()->subElementRect(QStyle::SE_PushButtonContents, &option, button).width();
                QFont bold = button->font();
                bold.setBold(true);
                const int needed = QFontMetrics(bold).horizontalAdvance(button->text());
                QVERIFY2(
                    needed <= room,
                    qPrintable(
                        QStringLiteral("%1: %2 needs %3 px, has %4").arg(id, describe(button)).arg(needed).arg(room)));
            }
        }
    }

    void everyInteractiveWidgetIsReachableByKeyboard() {
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
            for (auto* w : visibleInteractiveWidgets(*window)) {
                // A button group is one tab stop (once one of its buttons has had focus, Qt keeps Tab on that
                // one, exclusive group or not); arrows, or on the check-in the digits, move within it.
                auto* button = qobject_cast<QAbstractButton*>(w);
                if (button && button->group()) {
                    const auto members = button->group()->buttons();
                    QVERIFY2(std::any_of(members.begin(), members.end(),
                                         [](QAbstractButton* b) { return b->focusPolicy() & Qt::TabFocus; }),
                             qPrintable(id + QStringLiteral(": group of ") + describe(w)));
                    continue;
                }
                QVERIFY2(w->focusPolicy() & Qt::TabFocus, qPrintable(id + QStringLiteral(": ") + describe(w)));
            }
        }
    }

    void clickTargetsAreAtLeast44PixelsHigh() {
        auto window = openWindow();
        for (const auto& id : window->screenIds()) {
            window->showScreen(id);
            for (auto* w : visibleInteractiveWidgets(*window)) {
                if (qobject_cast<QAbstractButton*>(w) && !qobject_cast<QCheckBox*>(w)) {
                    QVERIFY2(w->height() >= 44, qPrintable(id + QStringLiteral(": ") + describe(w)));
                }
                if (auto* box = qobject_cast<QCheckBox*>(w)) {
                    // The check box's row is the click target (clicking its text toggles it).
                    QVERIFY2(box->height() >= 28 && box->parentWidget()->height() >= 44, qPrintable(describe(w)));
                }
            }
        }
    }

    void textAndBackgroundColoursMeetWcagAA() {
        for (auto scheme : {Theme::Scheme::Light, Theme::Scheme::Dark}) {
            for (const auto& pair : Theme::textColorPairs(scheme)) {
                const double ratio = Theme::contrastRatio(pair.foreground, pair.background);
                QVERIFY2(ratio >= 4.5, qPrintable(QStringLiteral("%1: %2").arg(pair.name).arg(ratio)));
            }
        }
    }

    void theHighContrastPaletteMeetsWcagAAA() {
        for (const auto& pair : Theme::textColorPairs(Theme::Scheme::HighContrast)) {
            const double ratio = Theme::contrastRatio(pair.foreground, pair.background);
            QVERIFY2(ratio >= 7.0, qPrintable(QStringLiteral("%1: %2").arg(pair.name).arg(ratio)));
        }
    }

    void theDarkPaletteIsUsedWhenAsked() {
        Theme::apply(*qApp, Theme::Scheme::Dark);
        QVERIFY(qApp->palette().color(QPalette::Window).lightnessF() < 0.3);
        QCOMPARE(Theme::systemScheme(*qApp), Theme::Scheme::Dark);
        if (const QString dir = qEnvironmentVariable("SPASMGUIDE_TEST_SHOTS"); !dir.isEmpty()) {
            MainWindow window(builtInContent(), QStringLiteral("GB"));
            window.resize(1280, 800);
            window.show();
            for (const auto& id : window.screenIds()) {
                window.showScreen(id);
                QApplication::processEvents();
                window.grab().save(dir + QStringLiteral("/dark-") + id + QStringLiteral(".png"));
            }
        }
        Theme::apply(*qApp, Theme::Scheme::Light);
    }

    void theCurrentStepIsMarkedWithoutColourAlone() {
        auto window = openWindow();
        window->showScreen(QStringLiteral("step-medicate"));
        const auto labels = window->findChildren<QLabel*>();
        int current = 0;
        for (auto* label : labels) {
            if (label->property("stepState").toString() == QStringLiteral("current")) {
                ++current;
                QVERIFY(label->font().bold());
                QVERIFY(label->accessibleName().contains(QStringLiteral("current step")));
            }
        }
        QCOMPARE(current, 1);
    }

    void textScalesWithTheApplicationFont() {
        auto window = openWindow();
        auto* title = window->screen(QStringLiteral("triage"))->findChild<QLabel*>();
        const qreal before = title->font().pointSizeF();
        Theme::apply(*qApp, Theme::Scheme::Light, 2.0);
        MainWindow bigger(builtInContent(), QStringLiteral("US"));
        bigger.resize(1280, 800);
        bigger.show();
        auto* bigTitle = bigger.screen(QStringLiteral("triage"))->findChild<QLabel*>();
        QVERIFY(bigTitle->font().pointSizeF() >= before * 1.99);
        // At 200% the triage screen scrolls instead of clipping: every sign is still reachable.
        auto* lastSign = bigger.findChildren<QCheckBox*>().last();
        QVERIFY(lastSign->isVisibleTo(&bigger));
        // To look at the 200% layouts: SPASMGUIDE_TEST_SHOTS=DIR ctest -R test_accessibility
        if (const QString dir = qEnvironmentVariable("SPASMGUIDE_TEST_SHOTS"); !dir.isEmpty()) {
            for (const auto& id : bigger.screenIds()) {
                bigger.showScreen(id);
                QApplication::processEvents();
                bigger.grab().save(dir + QStringLiteral("/200-") + id + QStringLiteral(".png"));
            }
        }
        Theme::apply(*qApp, Theme::Scheme::Light);
    }
};

QTEST_MAIN(TestAccessibility)
#include "test_accessibility.moc"
