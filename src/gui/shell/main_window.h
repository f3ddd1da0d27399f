// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/handover/handover_card.h"
#include "core/store/episode_model.h"
#include "core/time/clock.h"
#include "core/time/time_zone.h"
#include "core/triage/escalation.h"
#include "gui/content/content_source.h"
#include "gui/guide/region_numbers.h"
#include "gui/log/log_exchange.h"
#include "gui/shell/screen_registry.h"
#include "gui/shell/window_screens.h"
#include "gui/style/theme.h"

#include <QHash>
#include <QMainWindow>
#include <QStringList>

class QFrame;
class QSystemTrayIcon;
class QLabel;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace spasmguide {

class AppSettings;
class HeatTimerScreen;
class MedicationScreen;
class PlanScreen;
class EpisodeScreen;
class CheckInScreen;
class ContentWatcher;
class EpisodeLog;
class MovementReminderTicker;
class NoticeBanner;
class ReadAloud;
class LogExchangeRunner;
class ScreenPage;
class TimerSession;
class StepIndicator;
class StepScreen;

// The window: a header with the step indicator and an always-visible "Get help now", an optional
// content-problems banner, and the screens, created on first use so start-up paints only the triage.
class MainWindow final : public QMainWindow {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `region` (the system's, e.g. "GB") picks the numbers; a region the content lacks gets the neutral advice.
    // Without a `log` the episode log's screens and actions are not offered.
    MainWindow(LoadedContent content, QString region, EpisodeLog* log = nullptr, QWidget* parent = nullptr);

    void showScreen(const QString& screenId);
    void goBack();
    [[nodiscard]] QString currentScreenId() const;
    [[nodiscard]] QStringList screenIds() const;
    [[nodiscard]] ScreenPage* screen(const QString& screenId); // created on demand
    [[nodiscard]] QPushButton* helpButton() const { return m_help; }
    [[nodiscard]] QFrame* problemsBanner() const;
    [[nodiscard]] QFrame* logOffer() const { return m_logOffer; }
    // Tells the person about a problem with the episode log (plain words, where the file is).
    void showLogNotice(const QString& message);
    // The strips about the log itself: an old log set aside as unreadable ("Show the file", "Dismiss for good"),
    // and a log that could not be opened ("Try again") or opened read-only. Hidden when there is nothing to say.
    [[nodiscard]] NoticeBanner* setAsideLogBanner() const { return m_setAsideBanner; }
    [[nodiscard]] NoticeBanner* logStatusBanner() const { return m_logStatusBanner; }
    // Looks at the data folder and the log's state again (after an opening, and after "Delete all my data").
    void updateLogBanners();
    void showImportDetails(const ExchangeOutcome& outcome);
    // Run on a worker thread with a progress dialog; the result is shown when done.
    void exportLogTo(const QString& file);
    void importLogFrom(const QString& file);
    [[nodiscard]] LogExchangeRunner* exchangeRunner() const { return m_exchange; }
    // How an import opens its file (tests: a source that can be held half-way); empty: the file itself.
    void setImportOpener(ImportOpener open) { m_importOpener = std::move(open); }
    // The import's progress line: records so far, an estimate of the whole, and of the time left.
    [[nodiscard]] static QString importProgressText(qint64 bytesRead, qint64 bytesTotal, qint64 records,
                                                    qint64 elapsedMs);
    // The clinician report: written on a worker thread like an export; printed through the system's print dialog.
    void saveReportTo(const QString& file);
    void printReport();
    // --demo: a banner on every screen, "Reset demo" and F11 presentation mode (full screen, larger text).
    void setDemoMode();
    [[nodiscard]] QFrame* demoBanner() const { return m_demoBanner; }
    void resetDemo();
    void setPresentationMode(bool on);
    [[nodiscard]] bool isPresentationMode() const { return m_presentation; }
    // The content shown; with a --content root it follows the files as they are saved (live preview).
    [[nodiscard]] const LoadedContent& content() const { return m_content; }
    [[nodiscard]] ContentWatcher* contentWatcher() const { return m_watcher; }
    // Loads the --content root again now (Guide → Reload content).
    void reloadContent();
    // Offers the Settings screen and follows its changes (region, emergency number, text size, theme).
    void setSettings(AppSettings* settings, const QString& systemRegion, Theme::Scheme systemScheme);
    // --region: the numbers of `region` for this run, over Settings and the system, until the person picks a
    // country in Settings. Never saved.
    void setRegionOverride(const QString& region);
    // The region whose numbers are shown (override, Settings, else the system), and those numbers.
    [[nodiscard]] QString regionInUse() const { return m_region; }
    [[nodiscard]] RegionNumbers shownNumbers() const;
    // "Change country": Settings, with the country choice focused.
    void showRegionChoice();
    // A heat timer left running when the app quit or crashed: resumed, or reported as finished. Reads a small
    // file, so it is called after the first paint.
    void recoverHeatTimer();
    // "Read this screen": speech is set up on the first request only (aids/read_aloud.h).
    [[nodiscard]] ReadAloud* readAloud() const { return m_readAloud; }
    // The movement reminder, following Settings (null without settings).
    [[nodiscard]] MovementReminderTicker* movementReminder() const { return m_reminder; }

Q_SIGNALS:
    void screenChanged(const QString& screenId);

private:
    void buildHeader(QVBoxLayout* layout);
    void buildBanner(QVBoxLayout* layout);
    void updateBanner();
    void onContentReloaded(const LoadedContent& fresh);
    void rebuildGuideScreens();
    void applySettings();
    void applyTextScale(double scale, Theme::Scheme scheme);
    [[nodiscard]] double textScale() const;
    void askForReportFile();
    void addDemoMenu();
    void addPlanButton(StepScreen* step);
    void savePatternResult();
    void refreshMedicationScreen();
    [[nodiscard]] QString heatTimerFile() const;
    void keepHeatTimer(const TimerSession& session);
    void logHeatSession(const TimerSession& session);
    void announceTimeIsUp();
    void notify(const QString& title, const QString& text);
    void applyReminderSettings();
    void announceMovementReminder();
    void buildMenus();
    void buildLogOffer(QVBoxLayout* layout);
    void buildLogBanners(QVBoxLayout* layout);
    void onLogOpened(const QString& message);
    void retryOpeningLog();
    void updateLogOffer();
    void onCheckInSaveRequested(CheckInScreen& form, const CheckIn& checkIn);
    void onNewWarningSign(CheckInScreen& form, const CheckIn& checkIn);
    void confirmDeleteAll();
    // The progress dialog's second line, from the job's progress and the time since it started.
    using ProgressText = QString (*)(qint64 done, qint64 total, qint64 records, qint64 elapsedMs);
    void runExchange(const QString& title, std::function<ExchangeOutcome(const ExchangeProgressFn&)> task,
                     ProgressText progressText = nullptr);
    void display(const QString& screenId, bool recordHistory);
    // Each feature's part of the window registers its screens (ScreenSpec); the window makes them on first use.
    void registerScreens();
    void registerGuideScreens();
    void registerCareScreens();
    void registerLogScreens();
    void registerSettingsScreens();
    void registerToolScreens();
    void registerPlanScreens();
    void registerPatternScreens();
    [[nodiscard]] bool isAvailable(const ScreenSpec& spec) const;
    void forgetScreen(const QString& screenId);
    // The screen in `slot`, made on demand (null when it is not offered).
    template <typename T> T* screenIn(ScreenSlot<T>& slot) {
        (void)screen(slot.id());
        return slot.made();
    }
    ScreenPage* createStepScreen(const QString& screenId);
    ScreenPage* createHistoryScreen();
    HeatTimerScreen* createHeatTimerScreen();
    ScreenPage* createBreathingScreen();
    MedicationScreen* createMedicationScreen();
    PlanScreen* createPlanScreen();
    void refreshPatternScreen(const QString& screenId);
    EpisodeScreen* createEpisodeScreen();
    void refreshScreen(const QString& screenId);
    void onTriageOutcome(TriageOutcome outcome);
    void stepBy(int direction);
    [[nodiscard]] TriageAnswers triageAnswers() const;
    // The escalation rules over every answer given: the ticked signs and those given elsewhere.
    [[nodiscard]] Escalation currentEscalation() const;
    // Shows the care (or same-day) screen first when `answers` match a sign; false when they match none.
    bool careFirst(const AnswerSet& answers);
    [[nodiscard]] HandoverInput handoverInput();
    void printHandover();
    [[nodiscard]] const Clock& clock() const;
    [[nodiscard]] const TimeZone& timeZone() const;

    LoadedContent m_content;
    QString m_region;
    QStackedWidget* m_stack = nullptr;
    ScreenRegistry m_registry;
    WindowScreens m_slots;                 // typed, for the screens the window talks to
    QHash<QString, ScreenPage*> m_screens; // the screens made so far
    QStringList m_history;
    StepIndicator* m_steps = nullptr;
    QPushButton* m_help = nullptr;
    NoticeBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    ContentWatcher* m_watcher = nullptr;
    AppSettings* m_settings = nullptr;
    QSystemTrayIcon* m_tray = nullptr; // only once a timer needs it
    QString m_systemRegion;
    Theme::Scheme m_systemScheme = Theme::Scheme::Light;
    Theme::Scheme m_appliedScheme = Theme::Scheme::Light;
    double m_appliedTextScale = 1.0;
    QString m_regionOverride;       // --region, for this run only
    QString m_savedRegion;          // Settings' region when last applied: a change there ends the override
    bool m_showingLastGood = false; // the root's latest edit is broken: its last good version is shown
    EpisodeLog* m_log = nullptr;
    QFrame* m_logOffer = nullptr;
    NoticeBanner* m_setAsideBanner = nullptr;
    NoticeBanner* m_logStatusBanner = nullptr;
    QPushButton* m_retryLog = nullptr;
    QStringList m_shownSetAside; // the set-aside logs the banner names, for "Dismiss for good"
    bool m_retryingLog = false;  // "Try again" is under way: its outcome goes to the banner, not a dialog
    QPushButton* m_checkIn = nullptr;
    LogExchangeRunner* m_exchange = nullptr;
    ImportOpener m_importOpener;
    QFrame* m_demoBanner = nullptr;
    bool m_presentation = false; // demo only: never saved
    ReadAloud* m_readAloud = nullptr;
    MovementReminderTicker* m_reminder = nullptr;
    AnswerSet m_elsewhere; // the latest answers from the pattern finder and check-ins, for the care screens
};

} // namespace spasmguide
