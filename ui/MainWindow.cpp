#include "MainWindow.h"

#include "AboutDialog.h"
#include "AppIcon.h"
#include "CustomerPhonePanel.h"
#include "HomeWidget.h"
#include "LanguageManager.h"
#include "MainMenus.h"
#include "display/CustomerDisplayController.h"
#include "history/HistoryView.h"
#include "history/PendingCountLabel.h"
#include "lock/IdleLock.h"
#include "profile/ProfileStore.h"
#include "sandbox/TrainingSandbox.h"
#include "security/PinGuard.h"
#include "settings/ConnectionTestText.h"
#include "settings/FirstRunWizard.h"
#include "settings/Settings.h"
#include "settings/SettingsContext.h"
#include "settings/SettingsDialog.h"
#include "text/ProfileNameText.h"
#include "wizard/TransferWizard.h"
#include "wizard/WizardServices.h"

#include <QAction>
#include <QCloseEvent>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>

namespace counterdesk::ui {

MainWindow::MainWindow(Settings& settings, LanguageManager& languages, QWidget* parent,
                       const QString& dataDirectory)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_languages(languages)
    , m_services(new services::AppServices(dataDirectory, this))
    , m_profiles(std::make_unique<profile::ProfileStore>(settings.fileName()))
    , m_pinGuard(std::make_unique<security::PinGuard>(settings.fileName()))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());

    m_menus = new MainMenus(this, m_languages);
    connect(m_menus->newTransfer(), &QAction::triggered, this, &MainWindow::showNewTransfer);
    connect(m_menus->history(), &QAction::triggered, this, &MainWindow::showHistory);
    connect(m_menus->home(), &QAction::triggered, this, &MainWindow::showHome);
    connect(m_menus->settings(), &QAction::triggered, this, &MainWindow::showSettings);
    connect(m_menus->lock(), &QAction::triggered, this, &MainWindow::lockNow);
    connect(m_menus->quit(), &QAction::triggered, this, &QWidget::close);
    connect(m_menus->about(), &QAction::triggered, this, &MainWindow::showAbout);
    createCentralWidget();
    createStatusBar();
    m_customerDisplay = new CustomerDisplayController(m_settings, this, m_menus->viewMenu());
    if (isTraining()) {
        createTrainingPanel();
        m_sandboxStatus = SandboxStatus::Starting;
    }
    connect(m_services, &services::AppServices::started, this, &MainWindow::servicesStarted);
    connect(m_services, &services::AppServices::switched, this, &MainWindow::servicesSwitched);

    retranslateUi();
    restoreWindow();
}

MainWindow::~MainWindow() = default;

void MainWindow::showMessage(const QString& text, MessageWidget::Type type)
{
    m_messages->showMessage(text, type);
}

bool MainWindow::isTraining() const
{
    // By the profile's kind, never by its name: a custom profile may be
    // called anything, "Training" included. The profile in use, once there
    // is one; until then the one chosen in Settings.
    if (!m_servicesProfile.name.isEmpty())
        return m_servicesProfile.isTraining();
    const std::optional<profile::ConnectionProfile> chosen = m_profiles->profile(chosenProfileName());
    return chosen && chosen->isTraining();
}

QString MainWindow::chosenProfileName() const
{
    return m_settings.stringValue(SettingKey::ActiveProfile);
}

QString MainWindow::profileInUseName() const
{
    return m_servicesProfile.name.isEmpty() ? chosenProfileName() : m_servicesProfile.name;
}

void MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    central->setObjectName(QStringLiteral("centralWidget"));

    // Black on amber, bold, with words: TRAINING is seen at a glance and
    // does not depend on telling colours apart.
    m_trainingMarker = new QLabel(central);
    m_trainingMarker->setObjectName(QStringLiteral("trainingMarker"));
    m_trainingMarker->setTextFormat(Qt::PlainText);
    m_trainingMarker->setAlignment(Qt::AlignCenter);
    m_trainingMarker->setWordWrap(true);
    QFont markerFont = m_trainingMarker->font();
    markerFont.setBold(true);
    markerFont.setPointSizeF(markerFont.pointSizeF() * 1.2);
    m_trainingMarker->setFont(markerFont);
    m_trainingMarker->setStyleSheet(QStringLiteral("#trainingMarker { background: #ffc107; color: #000000; "
                                                   "padding: 6px; border-bottom: 2px solid #000000; }"));
    m_trainingMarker->setVisible(isTraining());

    m_messages = new MessageWidget(central);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_home = new HomeWidget(m_pages);
    m_pages->addWidget(m_home);
    connect(m_home, &HomeWidget::newTransferRequested, this, &MainWindow::showNewTransfer);
    connect(m_home, &HomeWidget::historyRequested, this, &MainWindow::showHistory);

    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_trainingMarker);
    auto* messageRow = new QVBoxLayout;
    messageRow->setContentsMargins(16, 12, 16, 0);
    messageRow->addWidget(m_messages);
    layout->addLayout(messageRow);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_home->setFocus();
}

void MainWindow::createStatusBar()
{
    m_profileStatus = new QLabel(this);
    m_profileStatus->setObjectName(QStringLiteral("profileStatusLabel"));
    m_profileStatus->setTextFormat(Qt::PlainText);
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->addPermanentWidget(m_profileStatus);
    // Follows the reconciler once the services run (startServices).
    m_pendingLabel = new PendingCountLabel(nullptr, this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingCountLabel"));
    statusBar()->addWidget(m_pendingLabel);
    connect(m_pendingLabel, &PendingCountLabel::activated, this, &MainWindow::showHistory);
}

void MainWindow::createTrainingPanel()
{
    m_phonePanel = new CustomerPhonePanel(this);
    addDockWidget(Qt::RightDockWidgetArea, m_phonePanel);
    QAction* toggle = m_phonePanel->toggleViewAction();
    toggle->setObjectName(QStringLiteral("customerPhoneAction"));
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_menus->viewMenu()->addAction(toggle);
}

void MainWindow::retranslateUi()
{
    updateWindowTitle();
    m_customerDisplay->retranslate();
    m_menus->retranslate();
    m_trainingMarker->setText(tr("TRAINING — practice only, no real money moves"));
    m_trainingMarker->setAccessibleName(tr("Training mode"));
    m_profileStatus->setAccessibleName(tr("Connection profile"));
    if (m_phonePanel) {
        m_phonePanel->toggleViewAction()->setText(tr("Customer &phone"));
    }
    updateProfileStatus();
}

// The profile in use, in the title too: a training window is never taken
// for a live one, even in the task bar.
void MainWindow::updateWindowTitle()
{
    if (m_servicesProfile.name.isEmpty())
        setWindowTitle(tr("CounterDesk"));
    else if (m_servicesProfile.isTraining())
        setWindowTitle(tr("CounterDesk — TRAINING"));
    else
        //: %1 the connection profile in use ("UAT", "Production", a shop's own name)
        setWindowTitle(tr("CounterDesk — %1").arg(shownProfileName(m_servicesProfile.name)));
}

void MainWindow::updateProfileStatus()
{
    if (!isTraining()) {
        m_profileStatus->setText(tr("Profile: %1").arg(shownProfileName(profileInUseName())));
        return;
    }
    switch (m_sandboxStatus) {
    case SandboxStatus::NotUsed:
    case SandboxStatus::Starting:
        m_profileStatus->setText(tr("Training — starting the sandbox…"));
        break;
    case SandboxStatus::Running:
        m_profileStatus->setText(tr("Training — sandbox on %1").arg(m_sandboxAddress));
        break;
    case SandboxStatus::Failed:
        m_profileStatus->setText(tr("Training — sandbox not running"));
        break;
    }
}

void MainWindow::restoreWindow()
{
    const QByteArray geometry = m_settings.value(SettingKey::MainWindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: most of the screen, but never more than fits a
        // 1366×768 counter PC once the taskbar is taken off.
        const QRect available = screen()->availableGeometry();
        const int width = qMin(1200, available.width() * 9 / 10);
        const int height = qMin(760, available.height() * 9 / 10);
        resize(width, height);
        move(available.center() - rect().center());
    }
    restoreState(m_settings.value(SettingKey::MainWindowState).toByteArray());
}

void MainWindow::saveWindow()
{
    m_settings.setValue(SettingKey::MainWindowGeometry, saveGeometry());
    m_settings.setValue(SettingKey::MainWindowState, saveState());
    m_settings.sync();
}

void MainWindow::showEvent(QShowEvent* event)
{
    QMainWindow::showEvent(event);
    if (!m_deferredStarted) {
        m_deferredStarted = true;
        // The zero timer fires only once control is back in the event loop,
        // after show() has mapped the window: the agent sees the window
        // first and the heavy work happens behind it.
        QTimer::singleShot(0, this, &MainWindow::startDeferredWork);
    }
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveWindow();
    QMainWindow::closeEvent(event);
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // A banner worded before the switch would now be in the wrong
        // language; it only ever holds what the last action said.
        m_messages->hideMessage();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::startDeferredWork()
{
    m_customerDisplay->restore();
    if (isTraining()) {
        startTrainingSandbox();
    }
    // After the first paint, like everything that is not needed to draw.
    m_idleLock = new IdleLock(this, m_settings, *m_pinGuard, this);
    // While the services start (keys, journal), servicesStarted() says it.
    if (!startServices()) {
        Q_EMIT deferredStartFinished();
    }
}

void MainWindow::startTrainingSandbox()
{
    m_sandbox = new sandbox::TrainingSandbox(this);
    connect(m_sandbox, &sandbox::TrainingSandbox::otpSent, this,
            [this](const QString& mobile, const QString& otp, const QString& purpose) {
                m_phonePanel->addOtp(mobile, otp, purpose, QDateTime::currentDateTime());
            });
    QString error;
    if (m_sandbox->start(&error)) {
        m_sandboxStatus = SandboxStatus::Running;
        m_sandboxAddress = m_sandbox->address();
    } else {
        m_sandboxStatus = SandboxStatus::Failed;
        showMessage(tr("The training sandbox could not start, so training transfers will not work. "
                       "Details for support: %1")
                        .arg(error),
                    MessageWidget::Type::Error);
    }
    updateProfileStatus();
}

bool MainWindow::startServices()
{
    if (isTraining() && (!m_sandbox || !m_sandbox->isRunning())) {
        return false; // startTrainingSandbox() has already said why
    }
    const std::optional<profile::ConnectionProfile> active = m_profiles->profile(chosenProfileName());
    if (!active) {
        showMessage(tr("The connection profile \"%1\" does not exist. Choose a profile in Settings.")
                        .arg(chosenProfileName()),
                    MessageWidget::Type::Error);
        return false;
    }
    m_services->start(*active, active->isTraining() ? m_sandbox->baseUrl() : QUrl());
    return true;
}

void MainWindow::servicesStarted(services::AppServices::StartProblem problem)
{
    using Problem = services::AppServices::StartProblem;
    if (problem == Problem::None) {
        m_servicesProfile = m_services->profile();
        updateWindowTitle();
        showPendingCount();
    } else if (problem == Problem::JournalUnavailable) {
        // No journal, no transfer: the write-ahead rule cannot be kept.
        showMessage(
            tr("The transfer journal could not be opened in %1, so no transfer can be made. "
               "Check that the disk is not full and the folder can be written. Details for "
               "support: %2")
                .arg(QDir::toNativeSeparators(m_services->dataDirectory()), m_services->journalErrorDetail()),
            MessageWidget::Type::Error);
    } else {
        showMessage(configErrorText(), MessageWidget::Type::Error);
    }
    // The work queued after the first show ends here, whatever the outcome.
    Q_EMIT deferredStartFinished();
}

// The status bar's count follows the reconciler in use.
void MainWindow::showPendingCount()
{
    auto* replacement = new PendingCountLabel(m_services->reconciler(), this);
    replacement->setObjectName(QStringLiteral("pendingCountLabel"));
    statusBar()->removeWidget(m_pendingLabel);
    m_pendingLabel->deleteLater();
    m_pendingLabel = replacement;
    statusBar()->addWidget(m_pendingLabel);
    connect(m_pendingLabel, &PendingCountLabel::activated, this, &MainWindow::showHistory);
}

QString MainWindow::configErrorText() const
{
    switch (m_services->configError()) {
    case profile::ClientConfigError::None:
    case profile::ClientConfigError::NoBaseUrl:
        return tr("The connection profile has no server address, so no transfer can be made. "
                  "Set it in Settings.");
    case profile::ClientConfigError::InsecureUrl:
        return tr("The connection profile uses http:// for a server on the network. Keys and "
                  "OTPs would travel unprotected, so CounterDesk refuses it: use https://.");
    case profile::ClientConfigError::BadEndpointsFile:
        return tr("The connection profile's endpoint table file cannot be read. Fix or remove it "
                  "in Settings.");
    case profile::ClientConfigError::NoCredentials:
        return tr("The developer key or access key of this profile is missing. Enter them in "
                  "Settings.");
    case profile::ClientConfigError::NoCounterId:
    case profile::ClientConfigError::NoCounterSecret:
    case profile::ClientConfigError::BadCaFile:
        // The connection test's words: they say which gateway detail to fix.
        return ConnectionTestText::configError(m_services->configError()) + u' ' + tr("Set it in Settings.");
    }
    return {};
}

void MainWindow::showNewTransfer()
{
    if (!m_services->isReady()) {
        showMessage(tr("CounterDesk is not connected yet, so no transfer can start. See the message above "
                       "or the status bar."),
                    MessageWidget::Type::Warning);
        return;
    }
    m_messages->hideMessage();
    WizardServices services;
    services.client = m_services->client();
    services.journal = m_services->journal();
    services.reconciler = m_services->reconciler();
    services.readSettings(m_settings);
    services.pinGuard = m_pinGuard.get();
    services.settings = &m_settings;
    // The profile the client talks to, not the one chosen since: a switch
    // takes effect at the next start, and a training transfer must never be
    // journalled (and printed) as a real one. The kind is stored on each
    // row: receipts know a training transfer by it.
    services.training = m_servicesProfile.isTraining();
    services.sessionOptions.profileName = m_servicesProfile.name;
    services.sessionOptions.profileKind = m_servicesProfile.kind;
    TransferWizard* wizard = TransferWizard::create(services, this);
    // The customer display follows the transfer; the wizard does not know it.
    m_customerDisplay->follow(&wizard->context());
    // A transfer changes history: what is on screen there follows it; a
    // profile switch that waited for this window happens now.
    connect(wizard, &QDialog::finished, this, [this] {
        m_customerDisplay->follow(nullptr);
        if (m_historyView) {
            m_historyView->refresh();
        }
        applyWaitingSwitch();
    });
    // Window-modal: one transfer at a time per window; the session and the
    // journal's sender guard refuse a second one for the same customer anyway.
    wizard->open();
}

void MainWindow::showHistory()
{
    if (!m_services->isReady()) {
        showMessage(tr("The transfer journal is not open yet, so history cannot be shown. See the message "
                       "above or the status bar."),
                    MessageWidget::Type::Warning);
        return;
    }
    m_messages->hideMessage();
    if (!m_historyView) {
        m_historyView = new HistoryView(*m_services->journal(), m_services->client(), m_settings, m_pages);
        m_historyView->setObjectName(QStringLiteral("historyView"));
        m_historyView->setReconciler(m_services->reconciler());
        connect(m_historyView, &HistoryView::refundWindowClosed, this, &MainWindow::applyWaitingSwitch);
        m_pages->addWidget(m_historyView);
    } else {
        m_historyView->refresh();
    }
    m_pages->setCurrentWidget(m_historyView);
    m_historyView->setFocus();
}

SettingsContext MainWindow::settingsContext() const
{
    SettingsContext context;
    context.settings = &m_settings;
    context.profiles = m_profiles.get();
    context.secrets = &m_services->secretStore();
    context.pinGuard = m_pinGuard.get();
    context.network = m_services->network();
    context.languages = &m_languages;
    if (m_sandbox && m_sandbox->isRunning()) {
        context.sandboxBaseUrl = m_sandbox->baseUrl();
    }
    return context;
}

void MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(settingsContext(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::activeProfileChanged, this, &MainWindow::noteProfileChanged);
    connect(dialog, &SettingsDialog::settingsSaved, this, [this] {
        if (m_idleLock) {
            m_idleLock->reloadSettings();
        }
    });
    dialog->open();
}

void MainWindow::showFirstRunIfNeeded()
{
    if (!FirstRunWizard::isNeeded(m_settings)) {
        return;
    }
    auto* wizard = new FirstRunWizard(settingsContext(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &FirstRunWizard::finishedWithProfile, this, &MainWindow::noteProfileChanged);
    wizard->open();
}

void MainWindow::noteProfileChanged(const QString& name)
{
    updateProfileStatus();
    if (name == m_servicesProfile.name && m_services->isReady()) {
        m_switchWaiting = false; // chosen back before a waiting switch happened
        return;
    }
    // A transfer or refund in progress stays with the client it began on:
    // its session holds that client, and its result belongs to that profile.
    if (transferWindowOpen()) {
        m_switchWaiting = true;
        showMessage(tr("CounterDesk will use the connection profile \"%1\" as soon as the open transfer or "
                       "refund window is closed; what is in progress there stays with \"%2\".")
                        .arg(shownProfileName(name), shownProfileName(m_servicesProfile.name)),
                    MessageWidget::Type::Information);
        return;
    }
    switchProfile();
}

void MainWindow::lockNow()
{
    if (!m_idleLock || !m_idleLock->lockNow()) {
        showMessage(tr("Set an agent PIN in Settings first; without one the screen cannot be locked."),
                    MessageWidget::Type::Information);
    }
}

void MainWindow::showHome()
{
    m_pages->setCurrentWidget(m_home);
    m_home->setFocus();
}

void MainWindow::showAbout()
{
    // Non-modal (open, not exec): no nested event loop, and the sandbox
    // keeps serving while the box is up.
    auto* about = new AboutDialog(this);
    about->open();
}

} // namespace counterdesk::ui
