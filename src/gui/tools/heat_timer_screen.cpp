// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/tools/heat_timer_screen.h"

#include "core/store/uuid.h"
#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/focus_hand_over.h"
#include "gui/widgets/text.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>

namespace spasmguide {
namespace {

const char* const kHeatKind = "heat";

// "19:59" under an hour, "7:59:59" from an hour on (a wrap is worn for hours).
QString clockText(std::chrono::milliseconds left) {
    const auto seconds = (left.count() + 999) / 1000; // 0.2 s left still shows 0:01
    if (seconds >= 3600) {
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg(seconds / 60 % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

HeatTimerScreen::HeatTimerScreen(const Clock& clock, QWidget* parent)
    : ScreenPage(screens::kHeatTimer, parent), m_clock(clock) {
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
    // No minutes until a product's maker gives them or the person sets them: 0 reads "Set minutes".
    m_minutes->setRange(0, kMaxMinutes);
    m_minutes->setValue(0);
    m_minutes->setSuffix(tr(" min"));
    m_minutes->setSpecialValueText(tr("Set minutes"));
    form->addRow(tr("Heat product"), m_product);
    form->addRow(tr("Minutes"), m_minutes);
    body()->addLayout(form);
    m_instruction = makeTextLabel({});
    m_instruction->setObjectName(QStringLiteral("heatTimerInstruction"));
    body()->addWidget(m_instruction);

    m_countdown = makeHeading(clockText(std::chrono::minutes(0)), 4.0);
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
    m_safety->setObjectName(QStringLiteral("heatTimerSafety"));
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
            updateControls();
        }
    });
    connect(m_product, &QComboBox::currentTextChanged, this, &HeatTimerScreen::applyProduct);
    updateControls();
}

void HeatTimerScreen::setContent(const ContentBundle& content) {
    const QString current = m_product->currentText();
    m_content = &content;
    m_products.clear();
    QStringList safety;
    for (const auto& step : content.steps) {
        const bool hasProducts = std::any_of(step.blocks.begin(), step.blocks.end(),
                                             [](const Block& b) { return std::holds_alternative<ProductsBlock>(b); });
        for (const auto& block : step.blocks) {
            if (const auto* products = std::get_if<ProductsBlock>(&block)) {
                m_products.append(QVector<Product>(products->items.begin(), products->items.end()));
            } else if (const auto* callout = std::get_if<CalloutBlock>(&block);
                       hasProducts && callout && callout->kind == CalloutBlock::Kind::Safety) {
                // The content's own heat-safety words, in view for the whole session.
                safety << QStringLiteral("\u26A0  %1: %2").arg(qstr(callout->title), qstr(callout->text));
            }
        }
    }
    m_safety->setText(safety.join(QLatin1Char('\n')));
    const QSignalBlocker quiet(m_product); // the product is applied once, below
    m_product->clear();
    for (const auto& product : m_products) {
        m_product->addItem(qstr(product.name));
    }
    if (!current.isEmpty()) {
        m_product->setCurrentText(current);
    }
    applyProduct(m_product->currentText());
}

void HeatTimerScreen::applyProduct(const QString& name) {
    if (m_session) {
        return; // never changed mid-way
    }
    const auto it =
        std::find_if(m_products.begin(), m_products.end(), [&name](const Product& p) { return qstr(p.name) == name; });
    const ProductTimer* timer = it != m_products.end() && it->timer ? &*it->timer : nullptr;
    const bool hasMinutes = timer && timer->minutes;
    m_minutes->setRange(hasMinutes ? 1 : 0, timer && timer->maxMinutes ? *timer->maxMinutes : kMaxMinutes);
    // A number only when the maker gives one; otherwise the person sets it.
    m_minutes->setValue(hasMinutes ? *timer->minutes : 0);
    m_instruction->setText(timer
                               ? qstr(timer->instruction)
                               : tr("Follow the product's instructions for how long to use it, and set the minutes."));
    delete m_instructionSources;
    m_instructionSources = timer && m_content ? makeSourcesLine(timer->sources, *m_content) : nullptr;
    if (m_instructionSources) {
        body()->insertWidget(body()->indexOf(m_instruction) + 1, m_instructionSources);
    }
    m_countdown->setText(clockText(std::chrono::minutes(m_minutes->value())));
    updateControls();
}

void HeatTimerScreen::start() {
    if (m_minutes->value() <= 0) {
        return; // Start stays disabled until there are minutes to count
    }
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
    if (running) {
        m_stop->setVisible(true);
        handOver(m_start, m_pause);
    } else {
        m_start->setVisible(true);
        handOver(m_stop, m_start);
        handOver(m_pause, m_start);
    }
    m_product->setEnabled(!running);
    m_minutes->setEnabled(!running);
    m_start->setEnabled(m_minutes->value() > 0);
    if (running) {
        const bool paused = m_session->state(m_clock.now()) == TimerSession::State::Paused;
        m_pause->setText(paused ? tr("Resume") : tr("Pause"));
    }
}

} // namespace spasmguide
