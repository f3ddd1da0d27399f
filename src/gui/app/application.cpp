// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/app/application.h"

#include "core/content/content_validator.h"
#include "core/content/editorial_checks.h"
#include "core/logging/logging.h"
#include "core/store/sample_log.h"
#include "gui/app/app_identity.h"
#include "gui/app/command_line.h"
#include "gui/app/first_paint_hook.h"
#include "gui/app/screenshots.h"
#include "gui/app/terminal_progress.h"
#include "gui/app/translations.h"
#include "gui/app/window_geometry.h"
#include "gui/content/content_source.h"
#include "gui/demo/demo_data.h"
#include "gui/log/episode_log.h"
#include "gui/log/log_exchange.h"
#include "gui/platform/single_instance.h"
#include "gui/report/report_job.h"
#include "gui/settings/app_settings.h"
#include "gui/shell/main_window.h"
#include "gui/style/theme.h"

#include <QApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <chrono>
#include <cstdio>
#include <optional>
#include <spdlog/spdlog.h>

namespace spasmguide {
namespace {

enum ExitCode { kOk = 0, kInvalid = 1, kUsage = 2 };

void print(FILE* stream, const QString& text) {
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

// The day reviews are dated against: today, or SPASMGUIDE_TODAY (year-month-day) so that tests that run the
// binary give the same answer next year.
std::chrono::sys_days validationDay() {
    if (const auto day = calendarDate(qEnvironmentVariable("SPASMGUIDE_TODAY").toStdString())) {
        return *day;
    }
    return std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
}

int validateContent(const QString& dir, CommandLine::ReportFormat format) {
    spdlog::set_level(spdlog::level::off); // the diagnostics below are the output; no log lines in between
    ContentValidator validator(validationDay());
    const auto diagnostics = validator.validateRoot(dir.toStdString());
    const bool valid = !hasErrors(diagnostics);
    if (format == CommandLine::ReportFormat::Json) {
        print(stdout, QString::fromStdString(jsonReport(diagnostics)));
        return valid ? kOk : kInvalid;
    }
    for (const auto& d : diagnostics) {
        print(stderr, QString::fromStdString(d.format()) + QLatin1Char('\n'));
    }
    const auto errors = static_cast<int>(countOf(diagnostics, Severity::Error));
    const auto warnings = static_cast<int>(countOf(diagnostics, Severity::Warning));
    QString summary =
        valid ? QCoreApplication::translate("Validator", "%1: valid").arg(dir)
              : QCoreApplication::translate("Validator", "%1: invalid, %n error(s)", nullptr, errors).arg(dir);
    if (warnings > 0) {
        summary += QCoreApplication::translate("Validator", ", %n warning(s)", nullptr, warnings);
    }
    print(valid ? stdout : stderr, summary + QLatin1Char('\n'));
    return valid ? kOk : kInvalid;
}

QStringList argumentsOf(int argc, char* argv[]) {
    QStringList arguments;
    for (int i = 0; i < argc; ++i) {
        arguments << QString::fromLocal8Bit(argv[i]);
    }
    return arguments;
}

QString dataDirectory(const CommandLine& options) {
    if (!options.dataDir.isEmpty()) {
        return QDir(options.dataDir).absolutePath();
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// --export and --import: no window, the same code the History screen's buttons run. In the person's language, with
// English's plural forms ("1 check-in", "2 check-ins"), so the summary reads as the window's does.
int exchange(int argc, char* argv[], const CommandLine& options) {
    spdlog::set_level(spdlog::level::warn);
    QCoreApplication app(argc, argv);
    const QString dataDirText = dataDirectory(options);
    const QString locale =
        options.locale.isEmpty() ? AppSettings(dataDirText).effectiveLanguage(QLocale().name()) : options.locale;
    installTranslations(app, QLocale(locale));
    const SystemClock clock;
    const std::filesystem::path dataDir = dataDirText.toStdString();
    if (options.mode == CommandLine::Mode::Export) {
        ContentLoader loader;
        const auto content = loadContent(loader, options.contentDir, QStringLiteral("en"));
        const auto outcome = exportLog(dataDir, clock, options.exchangeFile, content.bundle->manifest.version);
        print(outcome.ok ? stdout : stderr, outcome.message + QLatin1Char('\n'));
        return outcome.ok ? kOk : kInvalid;
    }
    TerminalProgress progress(stdout); // only on a terminal: a pipe gets the outcome alone
    const auto outcome = importLog(dataDir, clock, options.exchangeFile,
                                   progress.enabled() ? ImportProgressFn(std::ref(progress)) : ImportProgressFn());
    progress.finish();
    print(outcome.ok ? stdout : stderr, outcome.message + QLatin1Char('\n'));
    for (const QString& line : outcome.details) {
        print(stdout, QStringLiteral("  ") + line + QLatin1Char('\n'));
    }
    return outcome.ok ? kOk : kInvalid;
}

// --report: no window, but painting text needs a GUI application (offscreen unless a platform was chosen).
int clinicianReport(int argc, char* argv[], const CommandLine& options) {
    spdlog::set_level(spdlog::level::warn);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    const QString dataDir = dataDirectory(options);
    const QString locale =
        options.locale.isEmpty() ? AppSettings(dataDir).effectiveLanguage(QLocale().name()) : options.locale;
    installTranslations(app, QLocale(locale));
    ContentLoader loader;
    const auto content = loadContent(loader, options.contentDir, locale);
    const SystemClock clock;
    const auto outcome = writeClinicianReport(dataDir.toStdString(), clock, options.reportFile, *content.bundle);
    print(outcome.ok ? stdout : stderr, outcome.message + QLatin1Char('\n'));
    return outcome.ok ? kOk : kInvalid;
}

} // namespace

int runApplication(int argc, char* argv[]) {
    setApplicationIdentity();
    QCoreApplication::setApplicationVersion(QStringLiteral(SPASMGUIDE_VERSION));
    CommandLine options = parseCommandLine(argumentsOf(argc, argv));
    // --demo: every mode below works on a temporary folder of sample data instead of the person's own. The folder
    // is made only then, not on every launch.
    std::optional<DemoData> demo;
    if (options.demo && options.mode != CommandLine::Mode::UsageError && options.mode != CommandLine::Mode::Help &&
        options.mode != CommandLine::Mode::Version) {
        demo.emplace();
        const QString problem = demo->fill(SystemClock());
        if (!problem.isEmpty()) {
            print(stderr, QStringLiteral("spasmguide: --demo: %1\n").arg(problem));
            return kInvalid;
        }
        options.dataDir = demo->path();
    }
    switch (options.mode) {
    case CommandLine::Mode::UsageError:
        print(stderr, QStringLiteral("spasmguide: %1\n\n%2").arg(options.error, options.helpText));
        return kUsage;
    case CommandLine::Mode::Help:
        print(stdout, options.helpText);
        return kOk;
    case CommandLine::Mode::Version:
        print(stdout, QStringLiteral("SpasmGuide %1\n").arg(QStringLiteral(SPASMGUIDE_VERSION)));
        return kOk;
    case CommandLine::Mode::ValidateContent:
        return validateContent(options.validateDir, options.reportFormat);
    case CommandLine::Mode::Export:
    case CommandLine::Mode::Import:
        return exchange(argc, argv, options);
    case CommandLine::Mode::Report:
        return clinicianReport(argc, argv, options);
    case CommandLine::Mode::ScreenshotAll:
    case CommandLine::Mode::Run:
        break;
    }

    // Screenshots need no display: render offscreen unless the caller chose a platform.
    if (options.mode == CommandLine::Mode::ScreenshotAll && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    const QString dataDir = dataDirectory(options);
    // A plain launch while this data folder's window is open brings that window forward and exits (a person in
    // pain may click the icon many times); --content and --open always open a window of their own.
    const bool plainLaunch = options.mode == CommandLine::Mode::Run && !options.quitAfterFirstPaint && !options.demo &&
                             options.contentDir.isEmpty() && options.openScreen.isEmpty();
    SingleInstance instance(dataDir);
    if (plainLaunch && instance.activateRunning()) {
        return kOk;
    }
    createPrivateDirectory(dataDir.toStdString());
    setUpLogging((QDir(dataDir).filePath(QStringLiteral("logs"))).toStdString(), options.verbose);
    spdlog::info("SpasmGuide {} starting, data in {}", SPASMGUIDE_VERSION, dataDir.toStdString());

    // Screenshots show the defaults, never the person's own choices. The throw-away folder is made only for them.
    const bool screenshots = options.mode == CommandLine::Mode::ScreenshotAll;
    std::optional<QTemporaryDir> sampleDir;
    if (screenshots) {
        sampleDir.emplace();
    }
    AppSettings settings(screenshots ? sampleDir->path() : dataDir);
    const QLocale system;
    // --locale wins over Settings, which win over the system.
    const QString locale = options.locale.isEmpty() ? settings.effectiveLanguage(system.name()) : options.locale;
    installTranslations(app, QLocale(locale));
    const Theme::Scheme systemScheme = Theme::systemScheme(app);
    Theme::apply(app, themeSchemeFor(settings.theme(), systemScheme), settings.textSize() / 100.0);
    ContentLoader loader;
    LoadedContent content = loadContent(loader, options.contentDir, locale);
    for (const auto& problem : content.problems) {
        spdlog::warn("content: {}", problem.format());
    }

    const SystemClock clock;
    // Screenshots show sample data from a throw-away folder, never the person's own log.
    EpisodeLog log(screenshots ? std::filesystem::path(sampleDir->path().toStdString())
                               : std::filesystem::path(dataDir.toStdString()),
                   clock);
    const QString systemRegion = QLocale::territoryToCode(system.territory());
    MainWindow window(std::move(content), systemRegion, &log);
    window.setSettings(&settings, systemRegion, systemScheme); // applies the theme and text size
    window.setRegionOverride(options.region);                  // --region, like --locale, is never saved
    const RegionNumbers shown = window.shownNumbers();         // a country code: no health data
    spdlog::info("emergency numbers: region \"{}\", {}", window.regionInUse().toStdString(),
                 shown.regionName.isEmpty() ? std::string("not in the table: the neutral advice")
                                            : shown.regionName.toStdString());
    if (options.demo) {
        window.setDemoMode();
    }
    if (screenshots || options.quitAfterFirstPaint) {
        window.resize(kDesignedWindowSize); // always the same for screenshots and the start-up benchmark
    } else {
        restoreWindowGeometry(window, settings.filePath());
    }
    if (!options.openScreen.isEmpty()) {
        if (!window.screenIds().contains(options.openScreen)) {
            print(stderr, QStringLiteral("spasmguide: --open: no screen \"%1\"; the screens are: %2\n")
                              .arg(options.openScreen, window.screenIds().join(QStringLiteral(", "))));
            return kUsage;
        }
        window.showScreen(options.openScreen);
    }

    if (screenshots) {
        log.open();
        if (log.store()) {
            fillSampleLog(*log.store(), clock.now());
        }
        window.show();
        QStringList failed = saveAllScreens(window, options.screenshotDir);
        const QString reportPage = QDir(options.screenshotDir).filePath(QStringLiteral("report.png"));
        if (!saveClinicianReportPage(log.dataDir(), clock, *window.content().bundle, reportPage)) {
            failed << reportPage;
        }
        for (const auto& file : failed) {
            print(stderr, QStringLiteral("spasmguide: could not write %1\n").arg(file));
        }
        return failed.isEmpty() ? kOk : kInvalid;
    }
    // The log opens after the first paint, on a worker thread: the triage screen never waits for the disk.
    // The window listens to EpisodeLog::opened itself: the notice, the log's banners and "Try again".
    FirstPaintHook afterFirstPaint(options.quitAfterFirstPaint ? std::function<void()>(&FirstPaintHook::quitApplication)
                                                               : [&log, &window] {
                                                                     log.openInBackground();
                                                                     window.recoverHeatTimer();
                                                                 });
    window.installEventFilter(&afterFirstPaint);
    // The window icon (on X11 every size is decoded and sent at once) and answering later launches wait until
    // the window is up, so neither delays the first paint. Wayland and the task bars take the icon from the
    // desktop file meanwhile.
    FirstPaintHook desktopAfterFirstPaint([&instance, plainLaunch] {
        QApplication::setWindowIcon(applicationIcon());
        if (plainLaunch) {
            instance.listen();
        }
    });
    if (!options.quitAfterFirstPaint) {
        window.installEventFilter(&desktopAfterFirstPaint);
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        spdlog::info("launched again: bringing the window to the front");
        bringToFront(&window);
    });
    window.show();
    const int code = QApplication::exec();
    if (!options.quitAfterFirstPaint) {
        saveWindowGeometry(window, settings.filePath());
    }
    spdlog::info("SpasmGuide exiting with {}", code);
    return code;
}

} // namespace spasmguide
