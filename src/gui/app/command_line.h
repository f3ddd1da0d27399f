// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace spasmguide {

// What the command line asked for. Parsed before any QApplication exists, so --version, --help and
// --validate-content never start a GUI.
struct CommandLine {
    enum class Mode { Run, Version, Help, ValidateContent, ScreenshotAll, Export, Import, Report, UsageError };
    enum class ReportFormat { Gcc, Json }; // --format, for --validate-content
    Mode mode = Mode::Run;
    ReportFormat reportFormat = ReportFormat::Gcc;
    QString dataDir;       // --data-dir; empty: the platform's app-data folder
    QString contentDir;    // --content; empty: the built-in bundle
    QString locale;        // --locale; empty: the system locale
    QString region;        // --region, as an ISO 3166-1 code ("IN"); empty: Settings, else the system's
    QString validateDir;   // --validate-content
    QString screenshotDir; // --screenshot-all
    QString exchangeFile;  // --export FILE (.csv or .json) or --import FILE (.json)
    QString openScreen;    // --open SCREEN-ID: the first screen, for reviewing content
    QString reportFile;    // --report FILE.pdf
    bool demo = false;     // --demo: sample data in a throw-away folder; the real data folder is never touched
    bool quitAfterFirstPaint = false;
    bool verbose = false;
    QString helpText; // for Help and UsageError
    QString error;    // for UsageError
};

[[nodiscard]] CommandLine parseCommandLine(const QStringList& arguments);

} // namespace spasmguide
