// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/content/diagnostic.h"
#include "gui/widgets/screen_page.h"

class QLabel;
class QPlainTextEdit;

namespace spasmguide {

// Lists every problem found in a --content folder, GCC-style, selectable for copying into a bug report.
class ContentProblemsScreen final : public ScreenPage {
    Q_OBJECT

public:
    // What the app shows while the folder has these problems.
    enum class Shown { BuiltInGuide, LastGoodVersion, TheFolder };

    explicit ContentProblemsScreen(QWidget* parent = nullptr);

    // The summary counts errors and warnings from the lines themselves, so it always agrees with them.
    void setProblems(const Diagnostics& problems, const QString& contentRoot, Shown shown);
    [[nodiscard]] QString problemsText() const;
    [[nodiscard]] QString summaryText() const;

Q_SIGNALS:
    void backRequested();

private:
    QLabel* m_summary = nullptr;
    QPlainTextEdit* m_list = nullptr;
};

} // namespace spasmguide
