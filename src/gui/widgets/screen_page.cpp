// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/screen_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

// Tab goes through the body, then the footer from left to right, whatever order they were made in. Run each time
// the screen is shown, since screens add footer tools and rebuild their bodies after construction.
class TabOrderOnShow final : public QObject {
public:
    TabOrderOnShow(QWidget* page, QWidget* body, QHBoxLayout* footer)
        : QObject(page), m_page(page), m_body(body), m_footer(footer) {
        page->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_page && event->type() == QEvent::Show) {
            orderTabStops();
        }
        return false;
    }

private:
    void orderTabStops() {
        QWidget* previous = nullptr; // the body's last Tab stop
        for (QWidget* w = m_page->nextInFocusChain(); w && w != m_page; w = w->nextInFocusChain()) {
            if (m_body->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus)) {
                previous = w;
            }
        }
        for (int i = 0; i < m_footer->count(); ++i) {
            QWidget* w = m_footer->itemAt(i)->widget();
            if (!w || !(w->focusPolicy() & Qt::TabFocus)) {
                continue;
            }
            if (previous) {
                QWidget::setTabOrder(previous, w);
            }
            previous = w;
        }
    }

    QWidget* m_page;
    QWidget* m_body;
    QHBoxLayout* m_footer;
};

} // namespace

ScreenPage::ScreenPage(const QString& screenId, QWidget* parent) : QWidget(parent), m_screenId(screenId) {
    setObjectName(QStringLiteral("screen"));
    setProperty("screenId", screenId);

    auto* content = new QWidget;
    content->setObjectName(QStringLiteral("screenBody"));
    m_body = new QVBoxLayout(content);
    m_body->setContentsMargins(40, 14, 40, 10);
    m_body->setSpacing(10);

    m_scroll = new QScrollArea;
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    m_scroll->setFocusPolicy(Qt::NoFocus);

    m_footer = new QHBoxLayout;
    m_footer->setContentsMargins(40, 8, 40, 12);
    m_footer->setSpacing(16);

    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->setSpacing(0);
    outer->addWidget(m_scroll, 1);
    outer->addLayout(m_footer);
    new TabOrderOnShow(this, content, m_footer);
}

void ScreenPage::addFooterButton(QWidget* button) {
    m_footer->insertWidget(m_footer->count() > 0 ? 1 : 0, button);
}

int ScreenPage::scrollPosition() const {
    return m_scroll->verticalScrollBar()->value();
}

void ScreenPage::setScrollPosition(int position) {
    m_scroll->widget()->adjustSize(); // the new content's height, before the scroll bar clamps the value
    m_scroll->verticalScrollBar()->setValue(position);
}

void ScreenPage::clearBody() {
    while (QLayoutItem* item = m_body->takeAt(0)) {
        if (QWidget* widget = item->widget()) {
            delete widget;
        } else if (QLayout* layout = item->layout()) {
            while (QLayoutItem* child = layout->takeAt(0)) {
                delete child->widget();
                delete child;
            }
        }
        delete item;
    }
}

} // namespace spasmguide
