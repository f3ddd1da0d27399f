// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
// The spasmguide_print module: Qt's print dialog, loaded only when a report is printed.
#include "gui/modules/print_dialog.h"

#include <QPrintDialog>
#include <QPrinter>

using spasmguide::print_module::PaintPages;
using spasmguide::print_module::Result;
using spasmguide::print_module::SetUpPage;

extern "C" Q_DECL_EXPORT Result spasmguide_print_with_dialog(QWidget* parent, const QString& title,
                                                             const SetUpPage& setUp, const PaintPages& paint) {
    QPrinter printer(QPrinter::HighResolution);
    setUp(printer);
    QPrintDialog dialog(&printer, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted) {
        return Result::Cancelled;
    }
    return paint(printer) ? Result::Printed : Result::Failed;
}
