// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/translations.h"

#include "gui/app/install_layout.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>
#include <spdlog/spdlog.h>

namespace spasmguide {

bool installTranslations(QCoreApplication& app, const QLocale& locale) {
    QLocale::setDefault(locale);
    // The C locale ("no locale", as on many servers and containers) reads English too.
    const bool english = locale.language() == QLocale::English || locale.language() == QLocale::C;
    const QLocale language = locale.language() == QLocale::C ? QLocale(QLocale::English) : locale;
    auto* own = new QTranslator(&app);
    // An installed package's translations/ folder wins, so a corrected .qm can be dropped in without a rebuild.
    const QString installed = installedDataPath(QStringLiteral("translations"));
    // English is the source language: its file holds only the plural forms ("1 check-in", "2 check-ins").
    const auto load = [&](const QString& dir) {
        return !dir.isEmpty() && own->load(language, QStringLiteral("spasmguide"), QStringLiteral("_"), dir);
    };
    if (!load(installed) && !load(QStringLiteral(":/i18n"))) {
        delete own;
        return english; // without its plural forms English still reads, as "check-in(s)"
    }
    spdlog::info("UI translation: {}", own->filePath().toStdString());
    QCoreApplication::installTranslator(own);
    if (english) {
        return true;
    }
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt; // Qt's own translations are an optional package; its few buttons then stay English
    }
    return true;
}

} // namespace spasmguide
