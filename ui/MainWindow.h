// MainWindow: the shell every CounterDesk screen lives in: menus, the home
// screen, the inline message banner, the status bar with the connection
// profile, and in training the customer's phone.
//
// It opens nothing heavy in its constructor. Starting the training sandbox,
// reading the keys (the keychain may ask to unlock), opening the journal and
// the first reconciliation pass are queued with a zero timer on the first
// show, so the window appears first.
#pragma once

#include "MessageWidget.h"
#include "profile/ConnectionProfile.h"
#include "services/AppServices.h"

#include <QMainWindow>
#include <memory>

class QLabel;
class QStackedWidget;

namespace counterdesk {
class Settings;
}
namespace counterdesk::profile {
class ProfileStore;
}
namespace counterdesk::sandbox {
class TrainingSandbox;
}
namespace counterdesk::security {
class PinGuard;
}

namespace counterdesk::ui {

class IdleLock;
struct SettingsContext;
class CustomerDisplayController;
class CustomerPhonePanel;
class HistoryView;
class PendingCountLabel;
class HomeWidget;
class LanguageManager;
class MainMenus;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `dataDirectory` holds the journal; empty = the user's data directory.
    MainWindow(Settings& settings, LanguageManager& languages, QWidget* parent = nullptr,
               const QString& dataDirectory = {});
    ~MainWindow() override;

    // The one way a message reaches the agent: inline, as plain text.
    void showMessage(const QString& text, MessageWidget::Type type);

    bool isTraining() const;
    // The first-run setup, when this installation has never chosen a
    // profile (Application calls it after the first show).
    void showFirstRunIfNeeded();
    // Null until the window has been shown.
    IdleLock* idleLock() const { return m_idleLock; }
    // Null until a Training profile is first used.
    CustomerPhonePanel* customerPhonePanel() const { return m_phonePanel; }
    // The client, journal and reconciler, ready after deferredStartFinished().
    services::AppServices* services() const { return m_services; }
    CustomerDisplayController* customerDisplay() const { return m_customerDisplay; }
    // Null until the agent first opens History.
    HistoryView* historyView() const { return m_historyView; }

Q_SIGNALS:
    // The work queued after the first show has run (tests and the startup
    // benchmark wait for it).
    void deferredStartFinished();

protected:
    void showEvent(QShowEvent* event) override;
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    enum class SandboxStatus {
        NotUsed,
        Starting,
        Running,
        Failed,
    };

    void createCentralWidget();
    void createStatusBar();
    void createTrainingPanel();
    void retranslateUi();
    void updateProfileStatus();

    void restoreWindow();
    void saveWindow();

    void startDeferredWork();
    void startTrainingSandbox();
    bool startServices();
    void servicesStarted(services::AppServices::StartProblem problem);
    void showPendingCount();
    QString configErrorText() const;
    // Live profile switching (MainWindowProfiles.cpp).
    void switchProfile();
    void servicesSwitched(services::AppServices::StartProblem problem);
    void applyWaitingSwitch();
    bool transferWindowOpen() const;
    void stopTrainingSandbox();
    void updateWindowTitle();
    void showHome();
    void showSettings();
    void lockNow();
    SettingsContext settingsContext() const;
    void noteProfileChanged(const QString& name);

    void showNewTransfer();
    void showHistory();
    void showAbout();

    // The profile chosen in Settings, and the one the services use (they
    // differ while a switch waits for a transfer window to close).
    QString chosenProfileName() const;
    QString profileInUseName() const;

    Settings& m_settings;
    LanguageManager& m_languages;

    QStackedWidget* m_pages = nullptr;
    HomeWidget* m_home = nullptr;
    MessageWidget* m_messages = nullptr;
    QLabel* m_trainingMarker = nullptr;
    QLabel* m_profileStatus = nullptr;
    CustomerPhonePanel* m_phonePanel = nullptr;
    sandbox::TrainingSandbox* m_sandbox = nullptr;
    services::AppServices* m_services = nullptr;
    HistoryView* m_historyView = nullptr;
    PendingCountLabel* m_pendingLabel = nullptr;
    IdleLock* m_idleLock = nullptr;
    std::unique_ptr<profile::ProfileStore> m_profiles;
    std::unique_ptr<security::PinGuard> m_pinGuard;

    MainMenus* m_menus = nullptr;
    CustomerDisplayController* m_customerDisplay = nullptr;

    SandboxStatus m_sandboxStatus = SandboxStatus::NotUsed;
    QString m_sandboxAddress;
    profile::ConnectionProfile m_servicesProfile; // the profile the services were started for
    bool m_deferredStarted = false;
    bool m_switchWaiting = false; // a profile switch waits for a transfer window to close
};

} // namespace counterdesk::ui
