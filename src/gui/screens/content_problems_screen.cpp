// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "screens/content_problems_screen.h"

#include "widgets/text.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spasmguide {

ContentProblemsScreen::ContentProblemsScreen(QWidget* parent) : ScreenPage(QStringLiteral("content-problems"), parent) {
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

void ContentProblemsScreen::setProblems(const Diagnostics& problems, const QString& contentRoot, bool usingBuiltIn) {
    QStringList lines;
    for (const auto& problem : problems) {
        lines << qstr(problem.format());
    }
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
    if (problems.empty()) {
        m_summary->setText(contentRoot.isEmpty() ? tr("No problems: the built-in guide is in use.")
                                                 : tr("No problems in %1.").arg(contentRoot));
    } else if (usingBuiltIn) {
        m_summary->setText(tr("The content in %1 could not be used, so SpasmGuide is showing its built-in guide. "
                              "Fix these %n problem(s) and start SpasmGuide again. Each line reads "
                              "file:line:column: message.",
                              nullptr, static_cast<int>(problems.size()))
                               .arg(contentRoot));
    } else {
        m_summary->setText(
            tr("%n warning(s) about the content in %1:", nullptr, static_cast<int>(problems.size())).arg(contentRoot));
    }
}

QString ContentProblemsScreen::problemsText() const {
    return m_list->toPlainText();
}

} // namespace spasmguide
