// AppServices: the long-lived machinery behind every screen: the one
// QNetworkAccessManager, the one SecretStore, the Eko client of the active
// profile, the journal and the reconciler. No widgets: the main window owns
// one and words its problems.
//
// The main window calls start() only after the window is shown (reading the
// keys, opening SQLite and the first reconciliation pass must never delay
// the first paint). Wizards and the history view borrow these objects; they
// outlive every one of them, so closing a wizard never cuts off a transfer
// that is still being settled.
#pragma once

#include "journal/JournalError.h"
#include "profile/ClientFactory.h"
#include "profile/ConnectionProfile.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;

namespace counterdesk::eko {
class EkoClient;
}
namespace counterdesk::journal {
class Journal;
}
namespace counterdesk::secrets {
class SecretStore;
}
namespace counterdesk::transfer {
class Reconciler;
}

namespace counterdesk::services {

class AppServices : public QObject
{
    Q_OBJECT
public:
    // Why start() could not make the services ready; the window words it.
    enum class StartProblem {
        None,
        NoClient,           // the profile or its keys cannot make a client: configError() says why
        JournalUnavailable, // no journal, no transfers: money safety first
    };
    Q_ENUM(StartProblem)

    // An empty directory means defaultDataDirectory().
    explicit AppServices(QString dataDirectory, QObject* parent = nullptr);
    ~AppServices() override;

    // Builds the client of `profile` through the ClientFactory (keys from
    // secretStore(); asynchronous, since a keychain may ask to unlock), then
    // opens the journal and starts the reconciler. started() follows from
    // the event loop, once. In training, sandboxBaseUrl is where the
    // in-process sandbox listens.
    void start(const profile::ConnectionProfile& profile, const QUrl& sandboxBaseUrl = {});
    bool isReady() const { return m_ready; }
    // Moves the client and the reconciler to `profile`, at once. The journal
    // stays: every profile shares it, and transfer::ProfileScope keeps each
    // transfer with its own profile's client. The caller makes sure no
    // transfer or refund window is open (their sessions hold the old
    // client). switched() follows once; when the new profile makes no
    // client, the old one stays in use (switched(NoClient), configError()).
    // Before a successful start() it is start(), and started() follows.
    void switchTo(const profile::ConnectionProfile& profile, const QUrl& sandboxBaseUrl = {});
    bool isSwitching() const { return m_switching; }
    // The profile the client serves (given to start() or switchTo()).
    const profile::ConnectionProfile& profile() const { return m_profile; }

    // After started(NoClient): why the profile made no client.
    profile::ClientConfigError configError() const { return m_configError; }
    // The journal's own error, for the support details under a message.
    journal::JournalError journalError() const { return m_journalError; }
    QString journalErrorDetail() const { return m_journalErrorDetail; }
    QString dataDirectory() const { return m_dataDirectory; }

    // Null until started(None).
    eko::EkoClient* client() const { return m_client.get(); }
    journal::Journal* journal() const { return m_journal.get(); }
    transfer::Reconciler* reconciler() const { return m_reconciler.get(); }

    // The one secret store of this process: keys typed in the settings
    // dialog while no keychain is reachable live here for the session, so
    // the client must read them from this same object.
    secrets::SecretStore& secretStore() const { return *m_secrets; }
    // The one network manager (also used by the settings dialog's
    // connection test). Exists from construction; it opens nothing itself.
    QNetworkAccessManager* network() const { return m_network.get(); }
    // Builds clients from this store and network (the connection test's).
    profile::ClientFactory clientFactory() const { return {m_secrets.get(), m_network.get()}; }

    // The data directory the app uses when none is given on the command line.
    static QString defaultDataDirectory();

Q_SIGNALS:
    void started(counterdesk::services::AppServices::StartProblem problem);
    void switched(counterdesk::services::AppServices::StartProblem problem);

private:
    StartProblem startWith(profile::ClientBuild build);

    QString m_dataDirectory;
    std::unique_ptr<secrets::SecretStore> m_secrets;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<journal::Journal> m_journal;
    std::unique_ptr<eko::EkoClient> m_client;
    std::unique_ptr<transfer::Reconciler> m_reconciler;
    profile::ConnectionProfile m_profile;
    profile::ClientConfigError m_configError = profile::ClientConfigError::None;
    journal::JournalError m_journalError = journal::JournalError::None;
    QString m_journalErrorDetail;
    bool m_starting = false;
    bool m_switching = false;
    bool m_ready = false;
};

} // namespace counterdesk::services
