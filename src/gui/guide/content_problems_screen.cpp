// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/guide/content_problems_screen.h"

#include "gui/shell/navigation.h"
#include "gui/widgets/text.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {

ContentProblemsScreen::ContentProblemsScreen(QWidget* parent) : ScreenPage(screens::kContentProblems, parent) {
    body()->addWidget(makeHeading(tr("Content problems"), 1.7));
    m_summary = makeTextLabel({});
    body()->addWidget(m_summary);
    m_list = new QPlainTextEdit;
    m_list->setObjectName(QStringLiteral("problemList"));
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_list->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_list->setAccessibleName(tr("Content problems, one per line"));
    m_list->setMinimumHeight(320);
    body()->addWidget(m_list, 1);

    auto* back = new QPushButton(tr("\u2190 Back"));
    back->setObjectName(QStringLiteral("problemsBack"));
    footer()->addWidget(back);
    footer()->addStretch(1);
    connect(back, &QPushButton::clicked, this, &ContentProblemsScreen::backRequested);
}

void ContentProblemsScreen::setProblems(const Diagnostics& problems, const QString& contentRoot, Shown shown) {
    QStringList lines;
    for (const auto& problem : problems) {
        lines << qstr(problem.format());
    }
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    if (problems.empty()) {
        m_summary->setText(contentRoot.isEmpty() ? tr("No problems: the built-in guide is in use.")
                                                 : tr("No problems in %1.").arg(contentRoot));
        return;
    }
    const int errors = static_cast<int>(countOf(problems, Severity::Error));
    const int warnings = static_cast<int>(countOf(problems, Severity::Warning));
    QString counts;
    if (errors > 0 && warnings > 0) {
        counts = tr("%1 and %2").arg(tr("%n error(s)", nullptr, errors), tr("%n warning(s)", nullptr, warnings));
    } else if (errors > 0) {
        counts = tr("%n error(s)", nullptr, errors);
    } else {
        counts = tr("%n warning(s)", nullptr, warnings);
    }
    QString lead;
    switch (shown) {
    case Shown::BuiltInGuide:
        lead = tr("The content in %1 could not be used, so SpasmGuide is showing its built-in guide. Fix the errors "
                  "and start SpasmGuide again.")
                   .arg(contentRoot);
        break;
    case Shown::LastGoodVersion:
        lead = tr("The latest change in %1 could not be used, so its last good version is still shown. Fix the "
                  "errors and save again.")
                   .arg(contentRoot);
        break;
    case Shown::TheFolder:
        lead = tr("The content in %1 is in use.").arg(contentRoot);
        break;
    }
    m_summary->setText(
        tr("%1 Found: %2. Each line reads file:line:column: error or warning: message.").arg(lead, counts));
}

QString ContentProblemsScreen::problemsText() const {
    return m_list->toPlainText();
}

QString ContentProblemsScreen::summaryText() const {
    return m_summary->text();
}

} // namespace spasmguide
