// SPDX-FileCopyrightText: 2026 SpasmGuide contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/shell/main_window.h"

#include "gui/aids/read_aloud.h"
#include "gui/app/enter_presses_button.h"
#include "gui/checkin/check_in_screen.h"
#include "gui/content/content_watcher.h"
#include "gui/guide/about_screen.h"
#include "gui/guide/content_problems_screen.h"
#include "gui/guide/step_screen.h"
#include "gui/guide/triage_screen.h"
#include "gui/history/episode_screen.h"
#include "gui/history/history_screen.h"
#include "gui/log/episode_log.h"
#include "gui/plan/plan_screen.h"
#include "gui/shell/navigation.h"
#include "gui/tools/heat_timer_screen.h"
#include "gui/widgets/notice_banner.h"
#include "gui/widgets/step_indicator.h"
#include "gui/widgets/text.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace spasmguide {
namespace {

// Step 2 warns against breath-holding and panic breathing: the breathing pacer belongs there.
constexpr const char* kBreathingStepId = "medicate";
constexpr const char* kIdentifyStepId = "identify"; // Step 3 offers the pattern finder

// The step with the heat products is where the heat timer belongs.
bool offersHeat(const Step& step) {
    return std::any_of(step.blocks.begin(), step.blocks.end(),
                       [](const Block& block) { return std::holds_alternative<ProductsBlock>(block); });
}

// Keyboard users land on the screen's first control, not on whatever had focus before.
void focusFirstControl(QWidget* page) {
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisibleTo(page) && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::TabFocusReason);
            return;
        }
    }
}

} // namespace

MainWindow::MainWindow(LoadedContent content, QString region, EpisodeLog* log, QWidget* parent)
    : QMainWindow(parent), m_content(std::move(content)), m_region(region), m_systemRegion(std::move(region)),
      m_log(log) {
    makeEnterPressFocusedButtons(*qApp);
    registerScreens();
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    buildHeader(layout);
    buildBanner(layout);
    buildLogBanners(layout);
    buildLogOffer(layout);
    m_stack = new QStackedWidget;
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    if (!m_content.requestedRoot.isEmpty()) {
        m_watcher = new ContentWatcher(m_content.requestedRoot, m_content.requestedLocale, this);
        connect(m_watcher, &ContentWatcher::reloaded, this, &MainWindow::onContentReloaded);
    }
    m_readAloud = new ReadAloud([this] { return m_stack->currentWidget(); }, this);
    connect(m_readAloud, &ReadAloud::unavailable, this,
            [this](const QString& reason) { statusBar()->showMessage(reason, 15000); });
    buildMenus();
    m_exchange = new LogExchangeRunner(this);
    connect(m_exchange, &LogExchangeRunner::finished, this, [this](const ExchangeOutcome& outcome) {
        statusBar()->showMessage(outcome.message, 15000);
        if (m_log) {
            Q_EMIT m_log->changed(); // an import may have added episodes
        }
        if (!outcome.ok && !outcome.cancelled) {
            showLogNotice(outcome.message);
        } else if (!outcome.details.isEmpty()) {
            showImportDetails(outcome);
        }
    });
    setWindowTitle(tr("SpasmGuide"));
    showScreen(screens::kTriage);
    updateLogBanners(); // a log opened before the window (tests, screenshots); otherwise after the first paint
}

void MainWindow::buildHeader(QVBoxLayout* layout) {
    auto* header = new QFrame;
    header->setObjectName(QStringLiteral("headerBar"));
    auto* row = new QHBoxLayout(header);
    row->setContentsMargins(24, 4, 16, 4);
    row->setSpacing(24);
    m_title = makeTextLabel(qstr(m_content.bundle->manifest.title));
    m_title->setTextInteractionFlags(Qt::NoTextInteraction);
    scaleFont(m_title, 1.1, true);
    row->addWidget(m_title, 1); // wraps before "Get help now" would ever be squeezed at large text sizes
    m_steps = new StepIndicator;
    m_steps->setSteps(m_content.bundle->steps);
    row->addWidget(m_steps);
    row->addStretch(1);
    if (m_log) {
        m_checkIn = new QPushButton(QStringLiteral("\u270E  ") + tr("Check in"));
        m_checkIn->setObjectName(QStringLiteral("checkInButton"));
        m_checkIn->setAccessibleName(tr("Check in"));
        m_checkIn->setToolTip(tr("Record how you are now (Ctrl+K)"));
        connect(m_checkIn, &QPushButton::clicked, this, [this] { showScreen(screens::kCheckIn); });
        row->addWidget(m_checkIn);
    }
    m_help = new QPushButton(QStringLiteral("\u26A0  ") + tr("Get help now"));
    m_help->setObjectName(QStringLiteral("getHelpNow"));
    m_help->setAccessibleName(tr("Get help now"));
    m_help->setToolTip(tr("Show what to do in an emergency (Ctrl+G)"));
    m_help->setProperty("urgent", true);
    scaleFont(m_help, 1.1, true); // the heading size: one font fewer to load at start-up
    m_help->setAutoDefault(false);
    QSizePolicy keepPlace = m_help->sizePolicy();
    keepPlace.setRetainSizeWhenHidden(true); // the header does not jump on the care screen
    m_help->setSizePolicy(keepPlace);
    connect(m_help, &QPushButton::clicked, this, [this] { showScreen(screens::kCare); });
    row->addWidget(m_help);
    layout->addWidget(header);
}

QFrame* MainWindow::problemsBanner() const {
    return m_banner;
}

void MainWindow::buildBanner(QVBoxLayout* layout) {
    m_banner = new NoticeBanner(QStringLiteral("problemsBanner"), tr("Content problems notice"));
    auto* details = m_banner->addButton(QStringLiteral("showProblems"), tr("Show problems"), tr("Show problems"));
    auto* dismiss = m_banner->addButton(QStringLiteral("dismissProblems"), tr("Dismiss"),
                                        tr("Dismiss the content problems notice"));
    connect(details, &QPushButton::clicked, this, [this] { showScreen(screens::kContentProblems); });
    connect(dismiss, &QPushButton::clicked, m_banner, &QFrame::hide);
    updateBanner();
    layout->addWidget(m_banner);
}

void MainWindow::buildMenus() {
    for (auto* menu : menuBar()->findChildren<QMenu*>(Qt::FindDirectChildrenOnly)) {
        menu->deleteLater(); // rebuilt when new content renames the steps
    }
    menuBar()->clear();
    auto* guide = menuBar()->addMenu(tr("&Guide"));
    auto addAction = [this](QMenu* menu, const QString& text, const QKeySequence& keys, auto slot) {
        auto* action = menu->addAction(text);
        action->setShortcut(keys);
        action->setShortcutContext(Qt::ApplicationShortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    addAction(guide, tr("Warning-sign &check"), QKeySequence(Qt::ALT | Qt::Key_Home),
              [this] { showScreen(screens::kTriage); });
    int number = 0;
    for (const auto& step : m_content.bundle->steps) {
        ++number;
        const auto id = screens::stepScreenId(step.id);
        const QKeySequence keys = number <= 9 ? QKeySequence(Qt::ALT | (Qt::Key_0 + number)) : QKeySequence();
        addAction(guide, tr("Step %1: %2").arg(number).arg(qstr(step.shortTitle)), keys,
                  [this, id] { showScreen(id); });
    }
    guide->addSeparator();
    addAction(guide, tr("&Back"), QKeySequence(Qt::ALT | Qt::Key_Left), [this] { stepBy(-1); });
    addAction(guide, tr("&Next"), QKeySequence(Qt::ALT | Qt::Key_Right), [this] { stepBy(+1); });
    addAction(guide, tr("&Get help now"), QKeySequence(Qt::CTRL | Qt::Key_G), [this] { showScreen(screens::kCare); });
    guide->addAction(m_readAloud->action());
    if (m_log) {
        auto* log = menuBar()->addMenu(tr("&Log"));
        addAction(log, tr("&Check in"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { showScreen(screens::kCheckIn); });
        addAction(log, tr("&History"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showScreen(screens::kHistory); });
        addAction(guide, tr("Day-by-day &plan"), QKeySequence(Qt::CTRL | Qt::Key_D),
                  [this] { showScreen(screens::kPlan); });
        log->addSeparator();
        addAction(log, tr("&Report for my clinician\u2026"), QKeySequence(), [this] { askForReportFile(); });
        addAction(log, tr("&Print the report\u2026"), QKeySequence(), [this] { printReport(); });
        log->addSeparator();
        addAction(log, tr("&Delete all my data\u2026"), QKeySequence(), [this] { confirmDeleteAll(); });
    }
    if (m_demoBanner) {
        addDemoMenu();
    }
    guide->addSeparator();
    if (m_watcher) {
        addAction(guide, tr("&Reload content"), QKeySequence::Refresh, [this] { reloadContent(); });
    }
    if (m_settings) {
        addAction(guide, tr("&Settings\u2026"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                  [this] { showScreen(screens::kSettings); });
    }
    addAction(guide, tr("&Quit"), QKeySequence::Quit, [this] { close(); });

    auto* help = menuBar()->addMenu(tr("&Help"));
    addAction(help, tr("&About SpasmGuide"), QKeySequence(), [this] { showScreen(screens::kAbout); });
    addAction(help, tr("Content &problems"), QKeySequence(), [this] { showScreen(screens::kContentProblems); });
}

QStringList MainWindow::screenIds() const {
    QStringList ids;
    for (const ScreenSpec& spec : m_registry.specs()) {
        if (!isAvailable(spec)) {
            continue;
        }
        if (!spec.family) {
            ids << spec.id;
            continue;
        }
        for (const auto& step : m_content.bundle->steps) {
            ids << spec.id + QString::fromStdString(step.id);
        }
    }
    return ids;
}

bool MainWindow::isAvailable(const ScreenSpec& spec) const {
    switch (spec.needs) {
    case ScreenNeeds::Nothing:
        return true;
    case ScreenNeeds::Log:
        return m_log != nullptr;
    case ScreenNeeds::Settings:
        return m_settings != nullptr;
    case ScreenNeeds::Finder:
        return m_content.bundle->finder.has_value();
    }
    return false;
}

QString MainWindow::currentScreenId() const {
    auto* page = qobject_cast<ScreenPage*>(m_stack->currentWidget());
    return page ? page->screenId() : QString();
}

ScreenPage* MainWindow::screen(const QString& screenId) {
    if (auto* existing = m_screens.value(screenId)) {
        return existing;
    }
    const ScreenSpec* spec = m_registry.find(screenId);
    ScreenPage* page = spec && isAvailable(*spec) ? spec->create(screenId) : nullptr;
    if (page) {
        if (spec->readAloudButton) {
            page->addFooterButton(m_readAloud->makeButton());
        }
        m_screens.insert(screenId, page);
        m_stack->addWidget(page);
    }
    return page;
}

// In the order a person meets them: --screenshot-all and the tests walk screenIds() in this order.
void MainWindow::registerScreens() {
    registerGuideScreens();
    registerLogScreens();
    registerSettingsScreens();
    registerToolScreens(); // the heat timer, slow breathing and the medication log
    registerPlanScreens();
    registerPatternScreens();
}

// The screens of the guide itself; the care screens come right after the triage, as a person meets them.
void MainWindow::registerGuideScreens() {
    m_registry.add(m_slots.triage,
                   [this](const QString&) {
                       auto* page = new TriageScreen(clock());
                       page->setContent(*m_content.bundle);
                       connect(page, &TriageScreen::outcomeChosen, this, &MainWindow::onTriageOutcome);
                       return page;
                   },
                   {.onReload = OnContentReload::TakesContent, .takeContent = [this](const ContentBundle& content) {
                        m_slots.triage.made()->setContent(content);
                    }});
    registerCareScreens();
    m_registry.add({.id = screens::kStepPrefix,
                    .family = true,
                    .create = [this](const QString& screenId) { return createStepScreen(screenId); },
                    .readAloudButton = true});
    m_registry.add({.id = screens::kAbout, .create = [this](const QString&) -> ScreenPage* {
                        auto* page = new AboutScreen;
                        page->setContent(*m_content.bundle, m_content.usingBuiltIn);
                        connect(page, &AboutScreen::backRequested, this, &MainWindow::goBack);
                        return page;
                    }});
    m_registry.add({.id = screens::kContentProblems, .create = [this](const QString&) -> ScreenPage* {
                        auto* page = new ContentProblemsScreen;
                        using Shown = ContentProblemsScreen::Shown;
                        page->setProblems(m_content.problems, m_content.requestedRoot,
                                          m_showingLastGood        ? Shown::LastGoodVersion
                                          : m_content.usingBuiltIn ? Shown::BuiltInGuide
                                                                   : Shown::TheFolder);
                        connect(page, &ContentProblemsScreen::backRequested, this, &MainWindow::goBack);
                        return page;
                    }});
}

ScreenPage* MainWindow::createStepScreen(const QString& screenId) {
    const auto& content = *m_content.bundle;
    const QString stepId = screenId.mid(screens::kStepPrefix.size());
    if (!content.step(stepId.toStdString())) {
        return nullptr;
    }
    auto* page = new StepScreen(stepId);
    const QString next = screens::nextStep(content, screenId);
    const Step* nextStep = next.isEmpty() ? nullptr : content.step(next.mid(screens::kStepPrefix.size()).toStdString());
    page->setContent(content, nextStep ? qstr(nextStep->shortTitle) : QString());
    if (offersHeat(*content.step(stepId.toStdString()))) {
        connect(page->addToolButton(tr("\u25F7  Heat timer"), QStringLiteral("openHeatTimer")), &QPushButton::clicked,
                this, [this] { showScreen(screens::kHeatTimer); });
    }
    if (stepId == QLatin1String(kBreathingStepId)) {
        connect(page->addToolButton(tr("Slow breathing"), QStringLiteral("openBreathing")), &QPushButton::clicked, this,
                [this] { showScreen(screens::kBreathing); });
        if (m_log) {
            connect(page->addToolButton(tr("Medication log"), QStringLiteral("openMedication")), &QPushButton::clicked,
                    this, [this] { showScreen(screens::kMedication); });
        }
    }
    addPlanButton(page);
    if (stepId == QLatin1String(kIdentifyStepId) && content.finder) {
        connect(page->addToolButton(tr("Find your pattern"), QStringLiteral("openPatternFinder")),
                &QPushButton::clicked, this, [this] { showScreen(screens::kPatternFinder); });
    }
    connect(page, &StepScreen::timeProductRequested, this, [this](const QString& product) {
        screenIn(m_slots.heatTimer)->chooseProduct(product);
        showScreen(screens::kHeatTimer);
    });
    connect(page, &StepScreen::backRequested, this, [this] { stepBy(-1); });
    connect(page, &StepScreen::nextRequested, this, [this] { stepBy(+1); });
    return page;
}

// Screens that show the current answers or the log are refreshed each time they are shown.
void MainWindow::refreshScreen(const QString& screenId) {
    const ScreenSpec* spec = m_registry.find(screenId);
    if (spec && spec->refresh && isAvailable(*spec)) {
        spec->refresh(screenId);
    }
}

void MainWindow::showScreen(const QString& screenId) {
    display(screenId, true);
}

void MainWindow::display(const QString& screenId, bool recordHistory) {
    ScreenPage* page = screen(screenId);
    if (!page) {
        return;
    }
    const QString current = currentScreenId();
    if (recordHistory && !current.isEmpty() && current != screenId) {
        m_history.append(current);
    }
    refreshScreen(screenId);
    m_stack->setCurrentWidget(page);
    const bool isStep = screenId.startsWith(screens::kStepPrefix);
    m_steps->setCurrent(isStep ? screenId.mid(screens::kStepPrefix.size()) : QString());
    m_help->setVisible(screenId != screens::kCare);
    if (m_checkIn) {
        m_checkIn->setVisible(screenId != screens::kCheckIn);
    }
    updateLogOffer();
    focusFirstControl(page);
    Q_EMIT screenChanged(screenId);
}

void MainWindow::goBack() {
    if (m_history.isEmpty()) {
        showScreen(screens::kTriage);
        return;
    }
    display(m_history.takeLast(), false);
}

void MainWindow::stepBy(int direction) {
    const QString current = currentScreenId();
    const auto& content = *m_content.bundle;
    if (!current.startsWith(screens::kStepPrefix)) {
        if (direction < 0) {
            goBack();
        }
        return;
    }
    const QString target =
        direction < 0 ? screens::previousStep(content, current) : screens::nextStep(content, current);
    if (!target.isEmpty()) {
        showScreen(target);
    } else if (direction < 0) {
        showScreen(screens::kTriage);
    }
}

void MainWindow::onTriageOutcome(TriageOutcome outcome) {
    switch (outcome) {
    case TriageOutcome::Emergency:
        showScreen(screens::kCare);
        break;
    case TriageOutcome::SameDay:
    case TriageOutcome::Soon: // the calmer advice, then the steps go on
        showScreen(screens::kSameDay);
        break;
    case TriageOutcome::SelfCare:
        showScreen(screens::stepScreenId(m_content.bundle->steps.front().id));
        break;
    }
}

// The one clock and zone of every screen and tool: the log's clock (tests inject a fake one through it), else the
// system's; the computer's zone, as set at each reading.
const Clock& MainWindow::clock() const {
    static const SystemClock systemClock; // without an episode log there is no injected clock to share
    return m_log ? m_log->clock() : systemClock;
}

const TimeZone& MainWindow::timeZone() const {
    static const SystemTimeZone zone;
    return zone;
}

TriageAnswers MainWindow::triageAnswers() const {
    auto* triage = m_slots.triage.made(); // not made yet: nothing answered
    return triage ? triage->answers() : TriageAnswers{};
}

} // namespace spasmguide
