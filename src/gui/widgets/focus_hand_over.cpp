// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/widgets/focus_hand_over.h"

#include <QWidget>

namespace spasmguide {

void handOver(QWidget* from, QWidget* to) {
    to->setVisible(true);
    if (from->hasFocus() && to->isEnabled()) {
        to->setFocus(Qt::OtherFocusReason);
    }
    from->setVisible(false);
}

} // namespace spasmguide
