// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

class QCoreApplication;

namespace spasmguide {

// Installs SpasmGuide's own translation (from an installed package's translations/ folder, else the embedded
// :/i18n/spasmguide_<lang>.qm) and Qt's (for its dialogs' buttons) for `locale`, and makes it the default
// locale so dates read in that language. English needs neither file. Returns false when SpasmGuide has no
// translation for the language (the UI stays English).
bool installTranslations(QCoreApplication& app, const QLocale& locale);

} // namespace spasmguide
