// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>

class QPagedPaintDevice;
class QString;
class QWidget;

namespace spasmguide::print_module {

// The system print dialog lives in the spasmguide_print module (Qt PrintSupport), loaded on first use by
// OptionalModule, so its libraries are not loaded before the first paint.
enum class Result { Printed, Cancelled, Failed };
using SetUpPage = std::function<void(QPagedPaintDevice&)>;
using PaintPages = std::function<bool(QPagedPaintDevice&)>;

inline constexpr char kName[] = "spasmguide_print";
// Result spasmguide_print_with_dialog(QWidget* parent, const QString& title, const SetUpPage&, const PaintPages&):
// sets up a high-resolution printer, shows the print dialog and, if accepted, paints the pages on it.
inline constexpr char kPrintWithDialog[] = "spasmguide_print_with_dialog";
using PrintWithDialog = Result (*)(QWidget* parent, const QString& title, const SetUpPage& setUp,
                                   const PaintPages& paint);

} // namespace spasmguide::print_module
