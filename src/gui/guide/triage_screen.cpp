// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/triage_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/blocks.h"
#include "gui/widgets/link_label.h"
#include "gui/widgets/sign_grid.h"
#include "gui/widgets/sign_row.h"
#include "gui/widgets/text.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace spasmguide {
namespace {

// The narrowest sign column, in characters: sign texts with a detail line need more room than one-liners.
constexpr int kColumnCharsWithDetails = 28;
constexpr int kColumnChars = 24;
constexpr int kCardMargin = 14;

QString tierName(SignAction action) {
    switch (action) {
    case SignAction::Ambulance:
        return QStringLiteral("emergency");
    case SignAction::SameDay:
        return QStringLiteral("sameDay");
    case SignAction::Soon:
        break;
    }
    return QStringLiteral("soon");
}

// The icon and the words say the tier; the border colour only repeats it.
QString tierIcon(SignAction action) {
    switch (action) {
    case SignAction::Ambulance:
        return QStringLiteral("\u26A0");
    case SignAction::SameDay:
        return QStringLiteral("\u260E");
    case SignAction::Soon:
        break;
    }
    return QStringLiteral("\u25F7");
}

// A sign whose action is not its group's says what it asks, under its own text.
RedFlag asShown(const RedFlag& sign, SignAction groupAction, const RedFlags& redFlags) {
    RedFlag shown = sign;
    if (sign.action != groupAction) {
        const auto& action = redFlags.actionText(sign.action);
        QStringList lines;
        if (!sign.detail.empty()) {
            lines << qstr(sign.detail);
        }
        lines << qstr(action.text);
        if (!sign.escalation.empty()) {
            lines << qstr(sign.escalation);
        }
        shown.detail = lines.join(QLatin1Char(' ')).toStdString();
    } else if (!sign.escalation.empty()) {
        shown.detail = (sign.detail.empty() ? std::string() : sign.detail + ' ') + sign.escalation;
    }
    return shown;
}

constexpr int kSmallWidth = 1000; // the window a 1024×600 screen opens with is 921 wide
constexpr int kSmallHeight = 600; // ... and 540 high

} // namespace

TriageScreen::TriageScreen(const Clock& clock, QWidget* parent) : ScreenPage(screens::kTriage, parent), m_clock(clock) {
    m_continue = new QPushButton;
    m_continue->setObjectName(QStringLiteral("triageContinue"));
    m_continue->setProperty("primary", true);
    m_continue->setDefault(true);
    m_continue->setAutoDefault(true);
    scaleFont(m_continue, 1.1, true);
    footer()->addStretch(1);
    footer()->addWidget(m_continue);
    connect(m_continue, &QPushButton::clicked, this,
            [this] { Q_EMIT outcomeChosen(evaluateTriage(*m_redFlags, answers())); });
    // Enter anywhere on this screen means "continue", as a dialog's default button would.
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto* shortcut = new QShortcut(QKeySequence(key), this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, m_continue, &QPushButton::click);
    }
    updateContinueLabel();
}

void TriageScreen::setContent(const ContentBundle& content) {
    m_redFlags = std::make_shared<RedFlags>(content.redFlags);
    const auto previous = answers();
    clearBody();
    m_grids.clear();
    m_bandCards.clear();
    const auto& redFlags = content.redFlags;
    // Every sign of every group fits the window the app opens with on a 1366×768 screen: the margins give way.
    body()->setContentsMargins(40, 8, 40, 6);
    body()->setSpacing(8);

    // Title and intro share a line when there is room: every line saved keeps the signs in the first view.
    m_top = new QBoxLayout(QBoxLayout::LeftToRight);
    m_top->setSpacing(24);
    m_title = makeHeading(qstr(redFlags.title), 1.35);
    m_top->addWidget(m_title, 0, Qt::AlignBottom);
    m_top->addWidget(makeTextLabel(qstr(redFlags.intro)), 1, Qt::AlignBottom);
    body()->addLayout(m_top);

    // The emergency groups come first and take the full width; the calmer ones share a band below.
    m_band = new QBoxLayout(QBoxLayout::LeftToRight);
    m_band->setSpacing(14);
    for (const auto& group : redFlags.groups) {
        QWidget* card = makeGroup(group, redFlags);
        if (group.mostUrgent() == SignAction::Ambulance) {
            body()->addWidget(card);
        } else {
            m_band->addWidget(card, static_cast<int>(group.signs.size()));
            m_bandCards.push_back(card);
        }
    }
    body()->addLayout(m_band);

    if (!redFlags.note.empty()) {
        // Space is tight here, so sources are short links; their full titles are on the About screen.
        QString text = qstr(redFlags.note).toHtmlEscaped();
        for (const auto& id : redFlags.noteSources) {
            const Source* source = content.source(id);
            if (source && !source->url.empty()) {
                text += QStringLiteral(" <a href=\"%1\">%2</a>").arg(qstr(source->url).toHtmlEscaped(), tr("(source)"));
            }
        }
        auto* note = new LinkLabel(text, tr("Why we ask"));
        note->setObjectName(QStringLiteral("triageNote"));
        body()->addWidget(note);
    }
    body()->addStretch(1);

    for (auto* row : signRows()) {
        const auto id = row->signId().toStdString();
        row->setChecked(previous.ticked.count(id) > 0);
    }
    for (auto it = m_tickedAt.begin(); it != m_tickedAt.end();) {
        it = previous.ticked.count(it->first) > 0 && m_redFlags->sign(it->first) ? std::next(it) : m_tickedAt.erase(it);
    }
    updateContinueLabel();
    arrangeBand();
}

QWidget* TriageScreen::makeGroup(const RedFlagGroup& group, const RedFlags& redFlags) {
    const SignAction action = group.mostUrgent();
    auto* card = new QFrame;
    card->setObjectName(QStringLiteral("group-") + qstr(group.id));
    card->setProperty("card", true);
    card->setProperty("tier", tierName(action));
    card->setAccessibleName(qstr(group.heading));
    auto* layout = new QVBoxLayout(card);
    layout->setContentsMargins(kCardMargin, 8, kCardMargin, 10);
    layout->setSpacing(4);

    auto* heading = new QHBoxLayout;
    heading->setSpacing(12);
    auto* label = makeHeading(tierIcon(action) + QStringLiteral("  ") + qstr(redFlags.actionText(action).label), 1.1);
    label->setProperty("role", action == SignAction::Ambulance ? QStringLiteral("urgentHeading")
                               : action == SignAction::SameDay ? QStringLiteral("cautionHeading")
                                                               : QString());
    heading->addWidget(label, 0, Qt::AlignTop);
    heading->addWidget(makeHeading(qstr(group.heading), 1.1), 1, Qt::AlignTop);
    layout->addLayout(heading);

    const bool details = std::any_of(group.signs.begin(), group.signs.end(), [&](const RedFlag& sign) {
        return !sign.detail.empty() || sign.action != action;
    });
    auto* grid = new SignGrid(details ? kColumnCharsWithDetails : kColumnChars);
    for (const auto& sign : group.signs) {
        auto* row = new SignRow(asShown(sign, action, redFlags));
        grid->addSign(row);
        const QString id = qstr(sign.id);
        connect(row, &QCheckBox::toggled, this, [this, id](bool checked) { onSignToggled(id, checked); });
    }
    layout->addWidget(grid);
    layout->addStretch(1); // a short group beside a tall one keeps its signs at the top
    m_grids.push_back(grid);
    return card;
}

std::vector<SignRow*> TriageScreen::signRows() const {
    std::vector<SignRow*> rows;
    for (const auto* grid : m_grids) {
        rows.insert(rows.end(), grid->signs().begin(), grid->signs().end());
    }
    return rows;
}

TriageAnswers TriageScreen::answers() const {
    TriageAnswers answers;
    for (const auto* row : signRows()) {
        if (row->isChecked()) {
            answers.ticked.insert(row->signId().toStdString());
        }
    }
    return answers;
}

std::map<std::string, Timestamp> TriageScreen::tickedAt() const {
    return m_tickedAt;
}

void TriageScreen::onSignToggled(const QString& id, bool checked) {
    const auto key = id.toStdString();
    if (checked) {
        m_tickedAt.try_emplace(key, Timestamp::local(m_clock.now()));
    } else {
        m_tickedAt.erase(key);
    }
    updateContinueLabel();
    const RedFlag* sign = m_redFlags ? m_redFlags->sign(key) : nullptr;
    if (checked && sign && sign->action == SignAction::Ambulance) {
        Q_EMIT outcomeChosen(TriageOutcome::Emergency);
    }
}

void TriageScreen::updateContinueLabel() {
    const bool anyTicked = !answers().empty();
    m_continue->setText(anyTicked ? tr("Continue") : tr("None of these \u2014 continue"));
    m_continue->setAccessibleName(m_continue->text());
}

// The calmer groups sit side by side while each keeps room for its text, else one above the other; so do the title
// and the intro.
void TriageScreen::arrangeBand() {
    if (!m_top) {
        return;
    }
    // On a small screen (a 1024×600 netbook) the margins and the gaps give way too, so the emergency group stays
    // whole in the first view.
    const bool small = width() < kSmallWidth || height() < kSmallHeight;
    const int side = small ? 12 : 40;
    body()->setContentsMargins(side, small ? 4 : 8, side, small ? 2 : 6);
    body()->setSpacing(small ? 4 : 8);
    const int room = width() - 2 * side;
    // Beside the title the intro may wrap onto a second line: that still saves one.
    const auto topDirection = room >= m_title->sizeHint().width() + m_title->fontMetrics().averageCharWidth() * 30
                                  ? QBoxLayout::LeftToRight
                                  : QBoxLayout::TopToBottom;
    if (m_top->direction() != topDirection) {
        m_top->setDirection(topDirection);
    }
    if (m_bandCards.empty()) {
        return;
    }
    int needed = 0;
    for (const auto* card : m_bandCards) {
        needed += card->minimumSizeHint().width() + m_band->spacing();
    }
    // The first (widest) group should still get two columns of signs beside the others.
    const int firstGridMin = m_bandCards.front()->minimumSizeHint().width();
    const auto direction = room >= needed + firstGridMin ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_band->direction() != direction) {
        m_band->setDirection(direction);
    }
}

void TriageScreen::resizeEvent(QResizeEvent* event) {
    ScreenPage::resizeEvent(event);
    arrangeBand();
}

void TriageScreen::showEvent(QShowEvent* event) {
    ScreenPage::showEvent(event);
    // Enter goes to the default button; keyboard focus starts on it too.
    m_continue->setFocus(Qt::OtherFocusReason);
}

} // namespace spasmguide
