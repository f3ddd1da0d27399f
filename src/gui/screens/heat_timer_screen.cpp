// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/heat_timer_screen.h"

#include "content/model.h"
#include "store/uuid.h"
#include "widgets/text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

constexpr int kDefaultMinutes = 20; // the evidence line's "10–20 minutes at a time"
const char* const kHeatKind = "heat";

QString clockText(std::chrono::milliseconds left) {
    const auto seconds = (left.count() + 999) / 1000; // 0.2 s left still shows 0:01
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

HeatTimerScreen::HeatTimerScreen(const Clock& clock, QWidget* parent)
    : ScreenPage(QStringLiteral("heat-timer"), parent), m_clock(clock) {
    body()->addWidget(makeHeading(tr("Heat timer"), 1.6));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_product = new QComboBox;
    m_product->setEditable(true);
    m_product->setObjectName(QStringLiteral("heatTimerProduct"));
    m_product->setAccessibleName(tr("Heat product"));
    m_product->lineEdit()->setAccessibleName(tr("Heat product"));
    m_minutes = new QSpinBox;
    m_minutes->setObjectName(QStringLiteral("heatTimerMinutes"));
    m_minutes->setAccessibleName(tr("Minutes"));
    m_minutes->setRange(1, 60);
    m_minutes->setValue(kDefaultMinutes);
    m_minutes->setSuffix(tr(" min"));
    form->addRow(tr("Heat product"), m_product);
    form->addRow(tr("Minutes"), m_minutes);
    body()->addLayout(form);

    m_countdown = makeHeading(clockText(std::chrono::minutes(kDefaultMinutes)), 4.0);
    m_countdown->setObjectName(QStringLiteral("heatCountdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_countdown);
    m_status = makeTextLabel(tr("Place the heat on your lower back, with a layer between it and your skin, then "
                                "press Start."));
    m_status->setAlignment(Qt::AlignCenter);
    body()->addWidget(m_status);
    // The guide's own words (Step 1's safety note and evidence tips), nothing added.
    m_skinCheck = makeTextLabel(tr("\u2714  Time is up. Take the heat off and check your skin. If heat increased pain, "
                                   "numbness or odd sensations, stop and reassess."));
    m_skinCheck->setObjectName(QStringLiteral("skinCheck"));
    m_skinCheck->setVisible(false);
    body()->addWidget(m_skinCheck);
    m_safety = makeTextLabel({});
    body()->addWidget(m_safety);
    body()->addStretch(1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("heatTimerBack"));
    back->setToolTip(tr("The timer keeps running"));
    m_stop = new QPushButton(tr("Stop"));
    m_stop->setObjectName(QStringLiteral("heatTimerStop"));
    m_pause = new QPushButton(tr("Pause"));
    m_pause->setObjectName(QStringLiteral("heatTimerPause"));
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("heatTimerStart"));
    m_start->setProperty("primary", true);
    footer()->addWidget(back);
    footer()->addStretch(1);
    footer()->addWidget(m_stop);
    footer()->addWidget(m_pause);
    footer()->addWidget(m_start);
    connect(back, &QPushButton::clicked, this, &HeatTimerScreen::backRequested);
    connect(m_start, &QPushButton::clicked, this, &HeatTimerScreen::start);
    connect(m_pause, &QPushButton::clicked, this, &HeatTimerScreen::togglePause);
    connect(m_stop, &QPushButton::clicked, this, &HeatTimerScreen::stop);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &HeatTimerScreen::refresh);
    connect(m_minutes, &QSpinBox::valueChanged, this, [this](int minutes) {
        if (!m_session) {
            m_countdown->setText(clockText(std::chrono::minutes(minutes)));
        }
    });
    updateControls();
}

void HeatTimerScreen::setContent(const ContentBundle& content) {
    const QString current = m_product->currentText();
    m_product->clear();
    for (const auto& step : content.steps) {
        for (const auto& block : step.blocks) {
            if (const auto* products = std::get_if<ProductsBlock>(&block)) {
                for (const auto& product : products->items) {
                    m_product->addItem(qstr(product.name));
                }
            } else if (const auto* callout = std::get_if<CalloutBlock>(&block);
                       callout && callout->kind == CalloutBlock::Kind::Safety && m_safety->text().isEmpty()) {
                // The content's own heat-safety words, in view for the whole session.
                m_safety->setText(QStringLiteral("\u26A0  %1: %2").arg(qstr(callout->title), qstr(callout->text)));
            }
        }
    }
    if (!current.isEmpty()) {
        m_product->setCurrentText(current);
    }
}

void HeatTimerScreen::start() {
    m_session = TimerSession(kHeatKind, m_product->currentText().toStdString(),
                             std::chrono::minutes(m_minutes->value()), m_clock.now());
    m_session->setRecordId(newUuid());
    m_skinCheck->setVisible(false);
    m_tick.start();
    Q_EMIT sessionChanged(*m_session);
    refresh();
}

void HeatTimerScreen::resume(const TimerSession& session) {
    m_session = session;
    m_product->setCurrentText(QString::fromStdString(session.label()));
    m_tick.start();
    refresh();
}

void HeatTimerScreen::chooseProduct(const QString& name) {
    if (m_session) {
        return;
    }
    const int index = m_product->findText(name);
    if (index >= 0) {
        m_product->setCurrentIndex(index);
    } else {
        m_product->setCurrentText(name);
    }
}

void HeatTimerScreen::togglePause() {
    if (!m_session) {
        return;
    }
    const auto now = m_clock.now();
    if (m_session->state(now) == TimerSession::State::Paused) {
        m_session->resume(now);
    } else {
        m_session->pause(now);
    }
    Q_EMIT sessionChanged(*m_session);
    refresh();
}

void HeatTimerScreen::stop() {
    if (!m_session) {
        return;
    }
    const auto now = m_clock.now();
    m_session->stop(now);
    m_tick.stop();
    const TimerSession ended = *m_session;
    m_session.reset();
    m_status->setText(
        tr("Stopped after %n minute(s).", nullptr,
           static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(ended.elapsed(now)).count())));
    m_countdown->setText(clockText(std::chrono::minutes(m_minutes->value())));
    Q_EMIT sessionEnded(ended);
    updateControls();
}

void HeatTimerScreen::refresh() {
    if (!m_session) {
        updateControls();
        return;
    }
    const auto now = m_clock.now();
    if (m_session->update(now)) {
        m_tick.stop();
        const TimerSession ended = *m_session;
        m_session.reset();
        m_countdown->setText(clockText(std::chrono::milliseconds(0)));
        m_status->setText(
            tr("Done: %n minute(s) of heat.", nullptr,
               static_cast<int>(std::chrono::duration_cast<std::chrono::minutes>(ended.planned()).count())));
        m_skinCheck->setVisible(true);
        Q_EMIT sessionEnded(ended);
        Q_EMIT timeIsUp();
        updateControls();
        return;
    }
    m_countdown->setText(clockText(m_session->remaining(now)));
    const bool paused = m_session->state(now) == TimerSession::State::Paused;
    m_status->setText(paused ? tr("Paused.") : tr("Heat on. Rest and breathe slowly."));
    m_countdown->setAccessibleName(tr("%1 left").arg(m_countdown->text()));
    updateControls();
}

void HeatTimerScreen::updateControls() {
    const bool running = m_session.has_value();
    m_start->setVisible(!running);
    m_pause->setVisible(running);
    m_stop->setVisible(running);
    m_product->setEnabled(!running);
    m_minutes->setEnabled(!running);
    if (running) {
        const bool paused = m_session->state(m_clock.now()) == TimerSession::State::Paused;
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    }
}

} // namespace spasmguide
