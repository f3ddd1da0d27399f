// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/command_line.h"

#include "core/content/region_codes.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace spasmguide {

namespace {

// Qt's own options (-platform offscreen, -style fusion, ...) are for QApplication, which reads them
// from argv later; they are dropped here so they are not reported as unknown.
QStringList withoutQtOptions(const QStringList& arguments) {
    static const QStringList withValue{QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
                                       QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
                                       QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowtitle"),
                                       QStringLiteral("qwindowicon"),     QStringLiteral("style"),
                                       QStringLiteral("stylesheet"),      QStringLiteral("display"),
                                       QStringLiteral("geometry"),        QStringLiteral("title")};
    static const QStringList flags{QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
                                   QStringLiteral("dograb")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        QString name = arguments[i];
        const bool isOption = i > 0 && name.startsWith(QLatin1Char('-'));
        while (name.startsWith(QLatin1Char('-'))) {
            name.remove(0, 1);
        }
        if (isOption && withValue.contains(name)) {
            ++i; // skip the value too
        } else if (!(isOption && flags.contains(name))) {
            kept << arguments[i];
        }
    }
    return kept;
}

} // namespace

CommandLine parseCommandLine(const QStringList& rawArguments) {
    const QStringList arguments = withoutQtOptions(rawArguments);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "SpasmGuide: guided first aid for an acute low-back spasm."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("CommandLine", "Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     QCoreApplication::translate("CommandLine", "Show the version and exit."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("CommandLine", "Keep all user data, settings and logs in <dir>."),
        QStringLiteral("dir"));
    const QCommandLineOption content(
        QStringLiteral("content"),
        QCoreApplication::translate("CommandLine", "Load the guide from the content root <dir> (locale folders)."),
        QStringLiteral("dir"));
    const QCommandLineOption locale(
        QStringLiteral("locale"),
        QCoreApplication::translate("CommandLine", "Use the language <code> (for example en) instead of the system's."),
        QStringLiteral("code"));
    const QCommandLineOption region(
        QStringLiteral("region"),
        QCoreApplication::translate("CommandLine",
                                    "Show the emergency numbers of the country <code> (a two-letter ISO 3166-1 code "
                                    "such as GB, IN or JP; any case) instead of the one in Settings or the system's, "
                                    "for this run only."),
        QStringLiteral("code"));
    const QCommandLineOption validate(
        QStringLiteral("validate-content"),
        QCoreApplication::translate("CommandLine",
                                    "Check the content root <dir> and exit: 0 valid (warnings allowed), 1 errors, "
                                    "2 usage error."),
        QStringLiteral("dir"));
    const QCommandLineOption format(
        QStringLiteral("format"),
        QCoreApplication::translate("CommandLine",
                                    "How --validate-content reports: gcc (file:line:col: lines on stderr, the default) "
                                    "or json (one report on stdout, for tools)."),
        QStringLiteral("gcc|json"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshot-all"),
        QCoreApplication::translate("CommandLine", "Save every screen as <dir>/<screen-id>.png (1280×800) and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption firstPaint(
        QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("CommandLine", "Exit as soon as the first screen is painted (for benchmarks)."));
    const QCommandLineOption exportLog(
        QStringLiteral("export"),
        QCoreApplication::translate("CommandLine",
                                    "Export the episode log to <file> (.csv: one row per check-in; .json: everything) "
                                    "and exit."),
        QStringLiteral("file"));
    const QCommandLineOption importLog(
        QStringLiteral("import"),
        QCoreApplication::translate("CommandLine", "Merge a .json export <file> into the episode log and exit."),
        QStringLiteral("file"));
    const QCommandLineOption open(
        QStringLiteral("open"),
        QCoreApplication::translate("CommandLine",
                                    "Start on the screen <screen-id> (for example step-medicate) instead of the "
                                    "warning-sign check, to review it."),
        QStringLiteral("screen-id"));
    const QCommandLineOption report(
        QStringLiteral("report"),
        QCoreApplication::translate("CommandLine",
                                    "Save a report for your clinician (PDF, one or two pages) to <file.pdf> and exit."),
        QStringLiteral("file.pdf"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QCoreApplication::translate("CommandLine",
                                    "Start with sample data in a temporary folder (also with --report and --export); "
                                    "your own log, settings and logs are never read or written."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QCoreApplication::translate("CommandLine", "Also print debug messages."));
    parser.addOptions({help, version, dataDir, content, locale, region, validate, format, screenshots, firstPaint,
                       exportLog, importLog, open, report, demo, verbose});

    CommandLine result;
    // No QCoreApplication exists yet, so Qt cannot name the program itself.
    result.helpText = parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("spasmguide"));
    if (!parser.parse(arguments)) {
        result.mode = CommandLine::Mode::UsageError;
        result.error = parser.errorText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.mode = CommandLine::Mode::UsageError;
        result.error = QCoreApplication::translate("CommandLine", "Unexpected argument: %1")
                           .arg(parser.positionalArguments().constFirst());
        return result;
    }
    if (parser.isSet(format)) {
        const QString name = parser.value(format);
        if (name != QLatin1String("gcc") && name != QLatin1String("json")) {
            result.mode = CommandLine::Mode::UsageError;
            result.error =
                QCoreApplication::translate("CommandLine", "Unknown --format \"%1\": use gcc or json").arg(name);
            return result;
        }
        if (!parser.isSet(validate)) {
            result.mode = CommandLine::Mode::UsageError;
            result.error = QCoreApplication::translate("CommandLine", "--format only applies to --validate-content");
            return result;
        }
        result.reportFormat =
            name == QLatin1String("json") ? CommandLine::ReportFormat::Json : CommandLine::ReportFormat::Gcc;
    }
    if (parser.isSet(region)) {
        result.region = QString::fromStdString(regionCodeFromInput(parser.value(region).toStdString()));
        if (result.region.isEmpty()) {
            result.mode = CommandLine::Mode::UsageError;
            result.error = QCoreApplication::translate(
                               "CommandLine",
                               "Unknown --region \"%1\": use a two-letter ISO 3166-1 country code, such as GB, IN or "
                               "JP. The countries the guide has numbers for are the \"region\" codes in "
                               "content/en/emergency-numbers.json; any other valid code shows the advice for an "
                               "unknown country.")
                               .arg(parser.value(region));
            return result;
        }
    }
    result.dataDir = parser.value(dataDir);
    result.contentDir = parser.value(content);
    result.locale = parser.value(locale);
    result.validateDir = parser.value(validate);
    result.screenshotDir = parser.value(screenshots);
    result.quitAfterFirstPaint = parser.isSet(firstPaint);
    result.verbose = parser.isSet(verbose);
    result.openScreen = parser.value(open);
    result.demo = parser.isSet(demo);
    if (result.demo && (parser.isSet(importLog) || parser.isSet(dataDir))) {
        result.mode = CommandLine::Mode::UsageError;
        result.error = QCoreApplication::translate(
            "CommandLine",
            "--demo keeps its sample data in a temporary folder: it takes neither --data-dir nor --import");
        return result;
    }
    if (parser.isSet(help)) {
        result.mode = CommandLine::Mode::Help;
    } else if (parser.isSet(version)) {
        result.mode = CommandLine::Mode::Version;
    } else if (parser.isSet(validate)) {
        result.mode = CommandLine::Mode::ValidateContent;
    } else if (parser.isSet(screenshots)) {
        result.mode = CommandLine::Mode::ScreenshotAll;
    } else if (parser.isSet(exportLog)) {
        result.mode = CommandLine::Mode::Export;
        result.exchangeFile = parser.value(exportLog);
    } else if (parser.isSet(report)) {
        result.mode = CommandLine::Mode::Report;
        result.reportFile = parser.value(report);
    } else if (parser.isSet(importLog)) {
        result.mode = CommandLine::Mode::Import;
        result.exchangeFile = parser.value(importLog);
    }
    return result;
}

} // namespace spasmguide
