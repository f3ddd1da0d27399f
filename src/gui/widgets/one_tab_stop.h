// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace spasmguide {

// A date or time field that is one Tab stop, not one per section: Qt's date-time edits move Tab from day to
// month to year to hour to minute, so a form with one date took six presses to cross. Left and Right still move
// between the sections, Up and Down change the one under the cursor.
template <typename Edit> class OneTabStop final : public Edit {
public:
    using Edit::Edit;

protected:
    bool focusNextPrevChild(bool next) override { return QWidget::focusNextPrevChild(next); }
};

} // namespace spasmguide
