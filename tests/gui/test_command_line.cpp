// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/command_line.h"
#include "gui/content/content_source.h"

#include <QTest>

using spasmguide::CommandLine;
using spasmguide::parseCommandLine;

class TestCommandLine : public QObject {
    Q_OBJECT

private:
    static CommandLine parse(QStringList args) {
        args.prepend(QStringLiteral("spasmguide"));
        return parseCommandLine(args);
    }

private Q_SLOTS:
    void noArgumentsRunsTheApp() { QCOMPARE(parse({}).mode, CommandLine::Mode::Run); }

    void everyDocumentedOptionIsUnderstood() {
        const auto options = parse({QStringLiteral("--data-dir"), QStringLiteral("/d"), QStringLiteral("--content"),
                                    QStringLiteral("/c"), QStringLiteral("--locale"), QStringLiteral("es"),
                                    QStringLiteral("--quit-after-first-paint")});
        QCOMPARE(options.mode, CommandLine::Mode::Run);
        QCOMPARE(options.dataDir, QStringLiteral("/d"));
        QCOMPARE(options.contentDir, QStringLiteral("/c"));
        QCOMPARE(options.locale, QStringLiteral("es"));
        QVERIFY(options.quitAfterFirstPaint);
    }

    void modes() {
        QCOMPARE(parse({QStringLiteral("--version")}).mode, CommandLine::Mode::Version);
        QCOMPARE(parse({QStringLiteral("--help")}).mode, CommandLine::Mode::Help);
        QCOMPARE(parse({QStringLiteral("--validate-content"), QStringLiteral("x")}).mode,
                 CommandLine::Mode::ValidateContent);
        QCOMPARE(parse({QStringLiteral("--screenshot-all"), QStringLiteral("x")}).mode,
                 CommandLine::Mode::ScreenshotAll);
    }

    void qtsOwnOptionsAreLeftToQApplication() {
        const auto options = parse({QStringLiteral("-platform"), QStringLiteral("offscreen"), QStringLiteral("--style"),
                                    QStringLiteral("fusion"), QStringLiteral("-reverse"), QStringLiteral("--version")});
        QCOMPARE(options.mode, CommandLine::Mode::Version);
    }

    void usageErrors() {
        QCOMPARE(parse({QStringLiteral("--no-such-option")}).mode, CommandLine::Mode::UsageError);
        QCOMPARE(parse({QStringLiteral("--validate-content")}).mode, CommandLine::Mode::UsageError);
        QCOMPARE(parse({QStringLiteral("stray")}).mode, CommandLine::Mode::UsageError);
        QVERIFY(!parse({QStringLiteral("--bogus")}).error.isEmpty());
    }

    void validatorReportFormats() {
        const QString dir = QStringLiteral("content");
        QCOMPARE(parse({QStringLiteral("--validate-content"), dir}).reportFormat, CommandLine::ReportFormat::Gcc);
        const auto json =
            parse({QStringLiteral("--validate-content"), dir, QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(json.mode, CommandLine::Mode::ValidateContent);
        QCOMPARE(json.reportFormat, CommandLine::ReportFormat::Json);
        QCOMPARE(parse({QStringLiteral("--validate-content"), dir, QStringLiteral("--format=gcc")}).reportFormat,
                 CommandLine::ReportFormat::Gcc);
        const auto unknown =
            parse({QStringLiteral("--validate-content"), dir, QStringLiteral("--format"), QStringLiteral("xml")});
        QCOMPARE(unknown.mode, CommandLine::Mode::UsageError);
        QVERIFY(unknown.error.contains(QStringLiteral("\"xml\"")));
        QCOMPARE(parse({QStringLiteral("--format"), QStringLiteral("json")}).mode, CommandLine::Mode::UsageError);
    }

    void helpListsTheOptions() {
        const QString help = parse({QStringLiteral("--help")}).helpText;
        for (const char* option : {"--data-dir", "--content", "--locale", "--validate-content", "--format",
                                   "--screenshot-all", "--quit-after-first-paint", "--version"}) {
            QVERIFY2(help.contains(QLatin1String(option)), option);
        }
    }

    void languageOfLocaleNames() {
        QCOMPARE(spasmguide::languageOf(QStringLiteral("en_GB")), QStringLiteral("en"));
        QCOMPARE(spasmguide::languageOf(QStringLiteral("es-419")), QStringLiteral("es"));
        QCOMPARE(spasmguide::languageOf(QStringLiteral("de")), QStringLiteral("de"));
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "test_command_line.moc"
